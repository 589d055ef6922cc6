import { describe, expect, it } from 'vitest';
import { Company } from '../../bot/domain/company.js';
import { Offer } from '../../bot/domain/offer.js';
import { Student } from '../../bot/domain/student.js';
import { AFTER_DEADLINE, companyRoundData, CONTACT_USER, formOf, intakeHarness, STUDENT_USER, textOf } from '../testing/intake-fixture.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { conversationFor } from '../../bot/outbox/testing/outbox-test-support.js';

// An open round: s1 (invited) and s4 (started) still owe a wish, s2 confirmed, s3 has an own place,
// s5 has no chat account yet. c1 has no offer, c2 answered, c3 is known by e-mail only.
function roundData(status: 'open' | 'closed' = 'open') {
  const data = companyRoundData();
  data.rounds.r1.status = status;
  const student = (id: string, extra: Record<string, unknown>) => Student.parse({ id, roundId: 'r1', studentNumber: `10023${id}`, programmeCode: '90001', identities: [{ platform: 'teams', userId: `teams-${id}` }], ...extra });
  data.students.s2 = student('s2', { intakeStatus: 'confirmed' });
  data.students.s3 = student('s3', { intakeStatus: 'own-placement', ownPlacement: { companyName: 'Eigen plek', place: 'Delft', reportedAt: '2027-01-02T10:00:00Z' } });
  data.students.s4 = student('s4', { intakeStatus: 'started' });
  data.students.s5 = student('s5', { identities: [] });
  const company = (id: string, extra: Record<string, unknown>) => Company.parse({ id, name: `Zorggroep ${id}`, sbbNumber: '1234567', locations: [{ id: `${id}-loc`, label: 'Hoofdlocatie', postcodeArea: '2611', municipality: 'Delft' }], ...extra });
  data.companies.c2 = company('c2', { contacts: [{ platform: 'teams', userId: 'teams-contact-2' }] });
  data.companies.c3 = company('c3', { pendingContactEmails: ['hr@c3.example'] });
  data.offers.o2 = Offer.parse({
    id: 'o2', roundId: 'r1', companyId: 'c2', places: 2, supervisionCapacity: 2, days: ['mon'], programmeCodes: ['90001'], workProcesses: ['B1-K1-W1'],
    organisationType: 'verpleeghuis', learnText: 'Je leert wonden verzorgen.', extraSupport: { available: false }, locationId: 'c2-loc', updatedAt: '2027-01-01T10:00:00Z',
    agreement: { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true },
  });
  // Everyone with a chat account has talked with Koppel, so Koppel can write to them.
  for (const userId of [STUDENT_USER, 'teams-s2', 'teams-s3', 'teams-s4', CONTACT_USER, 'teams-contact-2']) conversationFor(data, userId);
  return data;
}

const reminded = (h: Awaited<ReturnType<typeof intakeHarness>>) => h.sent.map((s) => `${s.notification.kind}:${s.recipient.userId}`);

describe('ronde herinner', () => {
  it('asks whom to remind (both by default) for the open round', async () => {
    const h = await intakeHarness(roundData());
    const form = formOf(await h.say('ronde herinner', 'nl', 'coord-1'));
    expect(form.title).toBe('Herinnering sturen: Zorg februari 2027');
    expect(form.fields).toEqual([expect.objectContaining({ kind: 'choice', id: 'who', value: 'both' })]);
    expect(form.fields[0].kind === 'choice' && form.fields[0].choices.map((c) => c.value)).toEqual(['both', 'students', 'companies']);
    expect(form.actions).toEqual([expect.objectContaining({ verb: 'round.remind', data: { roundId: 'r1' } })]);
    expect(formOf(await h.say('remind', 'en', 'coord-1')).title).toBe('Send a reminder: Zorg februari 2027');
    expect(h.sent).toEqual([]);
  });

  it('reminds who has not answered, counts them, and reminds nobody twice the same day', async () => {
    const h = await intakeHarness(roundData());
    const first = await h.submit('round.remind', { roundId: 'r1', who: 'both' }, 'nl', 'coord-1');
    expect(first).toEqual([{ kind: 'text', text: '2 studenten en 1 bedrijf krijgen nu een herinnering; 2 nog niet bereikbaar (nog nooit met Koppel gepraat).' }]);
    // The turn only queued them: the outbox's runner sends them right after.
    expect(h.sent).toEqual([]);
    await h.sendQueued();
    expect(reminded(h)).toEqual([`wish-reminder:${STUDENT_USER}`, 'wish-reminder:teams-s4', `offer-reminder:${CONTACT_USER}`]);
    const second = await h.submit('round.remind', { roundId: 'r1', who: 'both' }, 'nl', 'coord-2');
    expect(textOf(second)).toBe('0 studenten en 0 bedrijven krijgen nu een herinnering; 2 nog niet bereikbaar (nog nooit met Koppel gepraat); 3 vandaag al herinnerd.');
    await h.sendQueued();
    expect(h.sent).toHaveLength(3);
  });

  it('reminds only the students when asked, in English', async () => {
    const h = await intakeHarness(roundData());
    expect(textOf(await h.submit('round.remind', { roundId: 'r1', who: 'students' }, 'en', 'coord-1'))).toBe('2 students are getting a reminder now; 1 not reachable yet (never talked with Koppel).');
    await h.sendQueued();
    expect(reminded(h)).toEqual([`wish-reminder:${STUDENT_USER}`, 'wish-reminder:teams-s4']);
  });

  it('after the wish deadline reminds the companies only, and says so', async () => {
    const h = await intakeHarness(roundData(), { now: AFTER_DEADLINE });
    expect(textOf(await h.submit('round.remind', { roundId: 'r1', who: 'both' }, 'nl', 'coord-1')))
      .toBe('1 bedrijf krijgt nu een herinnering; 1 nog niet bereikbaar (nog nooit met Koppel gepraat). De deadline voor de leerwensen is al voorbij; studenten kregen niets.');
    await h.sendQueued();
    expect(reminded(h)).toEqual([`offer-reminder:${CONTACT_USER}`]);
  });

  it('is refused for a round that is not open', async () => {
    const h = await intakeHarness(roundData('closed'));
    expect(textOf(await h.submit('round.remind.form', { roundId: 'r1' }, 'nl', 'coord-1'))).toBe('Herinneren kan alleen in een open ronde, vóór de deadline.');
    expect(textOf(await h.submit('round.remind', { roundId: 'r1', who: 'both' }, 'en', 'coord-1'))).toBe('Reminders can only be sent in an open round, before the deadline.');
    expect(h.sent).toEqual([]);
  });

  it('is refused to students and company contacts, and nobody is reminded', async () => {
    const h = await intakeHarness(roundData());
    for (const userId of [STUDENT_USER, CONTACT_USER]) {
      expect(textOf(await h.say('ronde herinner', 'nl', userId))).toBe('Dit kan alleen een stagecoördinator doen. Er is niets veranderd.');
      expect(textOf(await h.submit('round.remind', { roundId: 'r1', who: 'both' }, 'nl', userId))).toBe('Dit kan alleen een stagecoördinator doen. Er is niets veranderd.');
    }
    expect(h.sent).toEqual([]);
    expect((await h.store.read(EVERYTHING)).audit).toEqual([]);
  });
});
