import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../bot/catalogue/index.js';
import { Company } from '../../bot/domain/company.js';
import { Offer } from '../../bot/domain/offer.js';
import { Student } from '../../bot/domain/student.js';
import { KoppelView } from '../../bot/koppel-data.js';
import { createKoppelServices } from '../../bot/koppel-services.js';
import { openMemoryKoppelStore } from '../../bot/store/index.js';
import type { Form } from '../../dialogs/form.js';
import { handleTurn } from '../../dialogs/koppel-dialogs.js';
import { BEFORE_DEADLINE, roundData } from '../../dialogs/testing/intake-fixture.js';
import type { Language, Reply } from '../../dialogs/turn.js';
import { formModal } from './render-modal.js';
import { replyMessages } from './render-message.js';
import { blockKitProblems } from './testing/block-kit-check.js';

// The largest forms Koppel really shows, built by the real dialogs with the full example
// catalogue and the full municipality list, must fit Slack's limits as modals and as messages.

async function realServices(data: KoppelView) {
  const catalogue = await loadCatalogue();
  const store = openMemoryKoppelStore(data);
  const services = createKoppelServices({ store, catalogue, coordinators: ['U0COORD1'], now: () => BEFORE_DEADLINE });
  const person = (userId: string) => ({ platform: 'slack' as const, userId });
  return {
    catalogue, services, store,
    say: (userId: string, text: string, language: Language) => handleTurn({ person: person(userId), language, input: { kind: 'text', text } }, services),
    submit: (userId: string, verb: string, values: Record<string, unknown>, language: Language) =>
      handleTurn({ person: person(userId), language, input: { kind: 'submit', verb, values: { verb, ...values } } }, services),
  };
}

/** A ranked round over every programme in the catalogue, with 40 offers and a company with 12 locations. */
async function bigRound() {
  const catalogue = await loadCatalogue();
  const data = roundData('ranked');
  data.rounds.r1.programmeCodes = catalogue.programmes.map((p) => p.code);
  data.students.s1 = Student.parse({ id: 's1', roundId: 'r1', studentNumber: '100234', programmeCode: '90001', identities: [{ platform: 'slack', userId: 'U0STUDENT' }] });
  data.companies.c1 = Company.parse({
    id: 'c1', name: 'Zorggroep Met Een Heel Lange Naam Voor Alle Locaties In De Regio', sbbNumber: '1234567', contacts: [{ platform: 'slack', userId: 'U0CONTACT' }],
    locations: Array.from({ length: 12 }, (_, i) => ({ id: `loc${i}`, label: `Locatie ${i} aan de Lange Voorhout`, postcodeArea: '2611', municipality: 'Delft' })),
  });
  for (let i = 0; i < 40; i += 1) {
    data.offers[`o${i}`] = Offer.parse({
      id: `o${i}`, roundId: 'r1', companyId: 'c1', places: 2, supervisionCapacity: 2, days: ['mon', 'tue'], programmeCodes: ['90001'],
      workProcesses: ['B1-K1-W1', 'B1-K1-W2'], organisationType: 'verpleeghuis', learnText: `Je leert wonden verzorgen en ${'veel '.repeat(100)}meer (plek ${i}).`,
      extraSupport: { available: false }, locationId: `loc${i % 12}`, updatedAt: '2027-01-01T10:00:00Z',
      agreement: { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true },
    });
  }
  return data;
}

async function everyForm(language: Language): Promise<Form[]> {
  const r = await realServices(await bigRound());
  const forms: Form[] = [];
  const keep = (replies: Reply[]) => forms.push(...replies.flatMap((x) => (x.kind === 'form' || x.kind === 'live' ? [x.form] : [])));
  const wish = 'Ik wil leren hoe ik wonden verzorg en cliënten help bij het wassen, en hoe ik een zorgplan bijhoud.';
  keep(await r.say('U0STUDENT', 'start', language));
  keep(await r.submit('U0STUDENT', 'intake.start', {}, language));
  keep(await r.submit('U0STUDENT', 'intake.save.wish', { text: 'Ik wil veel leren.' }, language));
  keep(await r.submit('U0STUDENT', 'intake.save.wish', { text: wish }, language));
  keep(await r.submit('U0STUDENT', 'intake.save.work-processes', { codes: 'B1-K1-W1,B1-K1-W2' }, language));
  keep(await r.submit('U0STUDENT', 'intake.save.organisation', { organisationTypes: 'verpleeghuis' }, language));
  keep(await r.submit('U0STUDENT', 'intake.save.travel', { municipality: 'Delft', modes: '', maxMinutes: '30' }, language));
  keep(await r.submit('U0STUDENT', 'intake.save.travel', { municipality: 'Delft', modes: 'bike', maxMinutes: '90', reachableMunicipalities: 'Rotterdam,Schiedam' }, language));
  keep(await r.submit('U0STUDENT', 'intake.save.days', { days: 'mon,tue' }, language));
  keep(await r.submit('U0STUDENT', 'intake.save.support', { wanted: 'false' }, language));
  keep(await r.submit('U0STUDENT', 'intake.edit', { step: 'ranking' }, language));
  keep(await r.submit('U0STUDENT', 'intake.confirm', {}, language));
  keep(await r.say('U0CONTACT', 'aanbod', language));
  keep(await r.submit('U0CONTACT', 'offer.save', { roundId: 'r1', places: 'x' }, language));
  keep(await r.say('U0COORD1', 'ronde nieuw', language));
  keep(await r.say('U0COORD1', 'ronde status', language));
  keep(await r.say('U0COORD1', 'bedrijf toevoegen', language));
  keep(await r.say('U0COORD1', 'studenten importeren', language));
  return forms;
}

describe.each(['nl', 'en'] as const)('the largest real forms in Slack (%s)', (language) => {
  it('fit Block Kit\'s limits as modals and as messages, with every municipality choosable', async () => {
    const forms = await everyForm(language);
    const ids = forms.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['intake.privacy', 'intake.wish', 'intake.work-processes', 'intake.organisation', 'intake.travel', 'intake.days', 'intake.support', 'intake.ranking', 'intake.summary', 'offer.edit', 'round.new', 'round.status', 'companies.add', 'round.import']));
    const ctx = { language, parkForm: () => 'key', parkMetadata: () => 'key' };
    for (const form of forms) {
      expect({ form: form.id, problems: blockKitProblems('modal', formModal(form, ctx) as never) }).toEqual({ form: form.id, problems: [] });
      for (const message of replyMessages({ kind: 'form', form }, ctx)) {
        expect({ form: form.id, problems: blockKitProblems('message', message as never) }).toEqual({ form: form.id, problems: [] });
      }
    }
    const { services } = await realServices(await bigRound());
    const municipalities = services.municipalities();
    expect(municipalities.length).toBeGreaterThan(50);
    // Every municipality is searched on Koppel's options endpoint (slack-options.test.ts) while the person types.
    const travel = formModal(forms.find((f) => f.id === 'intake.travel')!, ctx) as unknown as { blocks: Array<{ block_id?: string; element?: { type?: string; action_id?: string } }> };
    for (const id of ['municipality', 'reachableMunicipalities']) {
      const element = travel.blocks.find((b) => b.block_id === id)!.element!;
      expect(element.action_id).toBe(`list:municipalities:${id}`);
      expect(element.type).toMatch(/external_select$/);
    }
    const ranking = forms.find((f) => f.id === 'intake.ranking')!;
    expect(ranking.sections?.length).toBeGreaterThanOrEqual(20);
  });
});
