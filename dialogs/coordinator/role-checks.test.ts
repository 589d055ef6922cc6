import { describe, expect, it } from 'vitest';
import { CONTACT_USER, intakeHarness, releasedRound, STUDENT_USER, textOf } from '../testing/intake-fixture.js';
import { nl } from '../texts/nl.js';
import { EVERYTHING } from '../../bot/store/index.js';

// Every coordinator command, typed or pressed on a card, by a student and by a company contact on
// the real services: the polite refusal, and the store exactly as it was. Listed by hand on purpose:
// a handler that loses its role check fails here.
const TYPED = [
  'ronde nieuw', 'studenten importeren', 'bedrijven importeren', 'bedrijf toevoegen', 'bedrijf uitnodigen', 'ronde status',
  'ronde herinner', 'ronde sluit', 'ronde match', 'ronde plaats', 'ronde goedkeuren', 'ronde vrijgave', 'ronde export', 'student verwijderen',
  'ronde opvolging', 'ronde herkoppel', 'ronde herkoppel goedkeuren', 'ronde archiveren', 'ronde check-ins', 'ronde evaluaties', 'links intrekken', 'ronde plekken', 'dashboard', 'ronde cijfers',
  'verwijderingen', 'verwijderverzoeken',
];
const PRESSED: Array<[string, Record<string, unknown>]> = [
  ['round.create', { name: 'Nieuwe ronde', programmeCodes: '90001', mechanism: 'school' }],
  ['round.import', { roundId: 'r1', csv: 'studentnummer;opleiding;teams_id\n200001;90001;29:x' }],
  ['round.open', { roundId: 'r1' }],
  ['round.import.file', { roundId: 'r1', fileId: 'any' }],
  ['companies.import', { csv: 'bedrijfsnaam;sbb_nummer;postcode;plaats\nBakkerij;1234567;3111 AB;Schiedam' }],
  ['companies.add', { name: 'Bakkerij', sbbNumber: '1234567', postcode: '3111 AB', municipality: 'Schiedam' }],
  ['companies.invite', { companyId: 'c1' }],
  ['round.status', { roundId: 'r1' }],
  ['round.remind', { roundId: 'r1', who: 'both' }],
  ['round.close', { roundId: 'r1', confirmed: 'true' }],
  ['round.match', { roundId: 'r1' }],
  ['round.place', { roundId: 'r1', studentNumber: '100234', offerId: 'o2', reason: 'Dichterbij huis' }],
  ['round.approve', { roundId: 'r1' }],
  ['round.release.schedule', { roundId: 'r1', date: '2027-01-21', time: '09:00' }],
  ['round.release.cancel', { roundId: 'r1' }],
  ['round.release.retry', { roundId: 'r1' }],
  ['round.explain', { roundId: 'r1', studentNumber: '100234' }],
  ['round.follow-up', { roundId: 'r1' }],
  ['round.check-ins', { roundId: 'r1' }],
  ['round.evaluations', { roundId: 'r1' }],
  ['round.refusal.decide', { placementId: 'pl_any', decision: 'upheld' }],
  ['round.rematch', { roundId: 'r1' }],
  ['round.rematch.approve', { roundId: 'r1' }],
  ['round.archive', { roundId: 'r1' }],
  ['companies.links.revoke', { companyId: 'c1' }],
  ['round.places', { roundId: 'r1' }],
  ['round.figures', { roundId: 'r1' }],
  ['round.export', { roundId: 'r1' }],
  ['student.remove', { studentNumber: '100234' }],
  ['erasure.decide.form', { requestId: 'er-1' }],
  ['erasure.carry-out', { requestId: 'er-1' }],
  ['erasure.refuse', { requestId: 'er-1', reason: 'Stage loopt nog' }],
];
const OTHERS = [['a student', STUDENT_USER], ['a company contact', CONTACT_USER]] as const;

async function harness() {
  const data = releasedRound('scheduled');
  data.companies.c1.contacts = [{ platform: 'teams', userId: CONTACT_USER }];
  return intakeHarness(data, { now: new Date('2027-01-15T12:00:00+01:00') });
}

describe('only coordinators run a round', () => {
  for (const [who, userId] of OTHERS) {
    it(`refuses every typed coordinator command to ${who}, and nothing changes`, async () => {
      const h = await harness();
      const before = JSON.stringify(await h.store.read(EVERYTHING));
      for (const command of TYPED) {
        expect(textOf(await h.say(command, 'nl', userId)), command).toBe(nl.coordinator.onlyCoordinators);
      }
      expect(JSON.stringify(await h.store.read(EVERYTHING))).toBe(before);
      expect(h.sent).toEqual([]);
    });

    it(`refuses every coordinator card action to ${who}, and nothing changes`, async () => {
      const h = await harness();
      const before = JSON.stringify(await h.store.read(EVERYTHING));
      for (const [verb, values] of PRESSED) {
        expect(textOf(await h.submit(verb, values, 'nl', userId)), verb).toBe(nl.coordinator.onlyCoordinators);
      }
      expect(JSON.stringify(await h.store.read(EVERYTHING))).toBe(before);
      expect(h.sent).toEqual([]);
    });
  }

  it('lets a coordinator through (the same commands are not refused to them)', async () => {
    const h = await harness();
    expect(textOf(await h.say('ronde status', 'nl', 'coord-1'))).not.toContain(nl.coordinator.onlyCoordinators);
    expect(textOf(await h.say('ronde vrijgave', 'nl', 'coord-1'))).not.toContain(nl.coordinator.onlyCoordinators);
  });
});
