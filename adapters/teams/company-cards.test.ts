import { describe, expect, it } from 'vitest';
import type { Form } from '../../dialogs/form.js';
import { notificationReplies } from '../../dialogs/notification-replies.js';
import { companyRoundData, CONTACT_USER, intakeHarness } from '../../dialogs/testing/intake-fixture.js';
import type { Language, Reply } from '../../dialogs/turn.js';
import { adaptiveCardProblems } from '../../test/support/adaptive-card-check.js';
import { formCard } from './form-card.js';

const forms = (replies: Reply[]): Form[] => replies.flatMap((r) => (r.kind === 'form' || r.kind === 'live' ? [r.form] : []));

describe.each(['nl', 'en'] as const)('company cards in %s', (language: Language) => {
  it('every card a company contact or coordinator meets renders in Teams without problems', async () => {
    const h = await intakeHarness(companyRoundData());
    const contact = (verb: string, values: Record<string, unknown> = {}) => h.submit(verb, values, language, CONTACT_USER);
    const coordinator = (verb: string, values: Record<string, unknown> = {}) => h.submit(verb, values, language, 'coord-1');
    const collected: Form[] = [];
    collected.push(...forms(await h.say('aanbod', language, CONTACT_USER)));
    collected.push(...forms(await contact('offer.save', { roundId: 'r1', places: 'x' })));
    collected.push(...forms(await contact('offer.save', {
      roundId: 'r1', places: '2', supervisionCapacity: '1', days: 'mon', programmeCodes: '90001', workProcesses: '90001/B1-K1-W3', organisationType: 'verpleeghuis',
      learnText: 'Je leert wonden verzorgen.', locationId: 'loc1', requirements: 'driving_licence', otherRequirement: 'Werkschoenen',
      placesStayFree: 'true', introductionIsNoSelection: 'true', noSubjectiveRefusal: 'true', actsOnDiscrimination: 'true',
    })));
    collected.push(...forms(await h.say('bedrijven importeren', language, 'coord-1')));
    collected.push(...forms(await coordinator('companies.import', { csv: 'nonsense' })));
    collected.push(...forms(await h.say('bedrijf uitnodigen', language, 'coord-1')));
    collected.push(...forms(await h.say('ronde status', language, 'coord-1')));
    collected.push(...forms(await notificationReplies({ kind: 'offer-requested', roundId: 'r1', companyId: 'c1' }, language, h.services())));
    expect(collected.map((f) => f.id)).toEqual(['offer.edit', 'offer.edit', 'offer.summary', 'companies.import', 'companies.import', 'companies.invite', 'round.status', 'offer.open']);
    for (const form of collected) expect({ form: form.id, problems: adaptiveCardProblems(formCard(form)) }).toEqual({ form: form.id, problems: [] });
  });
});
