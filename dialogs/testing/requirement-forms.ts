import { EVERYTHING } from '../../bot/store/index.js';
import type { Form } from '../form.js';
import type { Language, Reply } from '../turn.js';
import { companyRoundData, CONTACT_USER, intakeHarness } from './intake-fixture.js';

const forms = (replies: Reply[]): Form[] => replies.flatMap((r) => (r.kind === 'form' || r.kind === 'live' ? [r.form] : []));

/**
 * The cards of the requirements, for the renderers' checks: the offer with its requirements, the
 * intake's yes/no questions (also with an error), the summary with the answers, the coordinator's
 * review of an other requirement (also with an error), the round card with its contact person.
 */
export async function requirementForms(language: Language): Promise<Form[]> {
  const data = companyRoundData();
  data.rounds.r1.contact = { name: 'Sanne Bakker', email: 'stage@school.nl', phone: '010 123 45 67' };
  const h = await intakeHarness(data);
  const saved = await h.submit('offer.save', {
    roundId: 'r1', places: '2', supervisionCapacity: '2', days: 'mon', programmeCodes: '90001', workProcesses: '90001/B1-K1-W3',
    organisationType: 'verpleeghuis', learnText: 'Je helpt bij de verzorging van bewoners en leert wonden verzorgen.', extraSupport: 'false', locationId: 'loc1',
    requirements: 'driving_licence,minimum_age_18,certificate_of_conduct', otherRequirement: 'Nederlands op niveau 2F',
    placesStayFree: 'true', introductionIsNoSelection: 'true', noSubjectiveRefusal: 'true', actsOnDiscrimination: 'true',
  }, language, CONTACT_USER);
  const collected: Form[] = [...forms(saved), ...forms(await h.say('aanbod', language, CONTACT_USER))];
  await h.submit('intake.start', {}, language);
  await h.submit('intake.save.wish', { text: 'Ik wil leren hoe ik wonden verzorg en bewoners help bij het wassen.' }, language);
  await h.submit('intake.save.work-processes', { codes: 'B1-K1-W3' }, language);
  await h.submit('intake.save.travel', { municipality: 'Delft', modes: 'bike', maxMinutes: '30' }, language);
  collected.push(...forms(await h.submit('intake.save.days', { days: 'mon' }, language)));
  collected.push(...forms(await h.submit('intake.save.requirements', { driving_licence: 'yes' }, language)));
  await h.submit('intake.save.requirements', { driving_licence: 'yes', minimum_age_18: 'no' }, language);
  collected.push(...forms(await h.submit('intake.save.support', { wanted: 'false' }, language)));
  collected.push(...forms(await h.say('ronde eisen', language, 'coord-1')));
  const offerId = Object.keys((await h.store.read(EVERYTHING)).offers)[0];
  collected.push(...forms(await h.submit('requirement.refuse', { offerId, reason: '' }, language, 'coord-1')));
  collected.push(...forms(await h.say('ronde wijzigen', language, 'coord-1')));
  return collected;
}

export const REQUIREMENT_FORM_IDS = ['offer.summary', 'offer.edit', 'intake.requirements', 'intake.requirements', 'intake.summary', 'requirement.review', 'requirement.review', 'round.edit'];
