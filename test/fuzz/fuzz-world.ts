import { Company } from '../../bot/domain/company.js';
import { Offer } from '../../bot/domain/offer.js';
import { Student } from '../../bot/domain/student.js';
import type { KoppelView } from '../../bot/koppel-data.js';
import { CONTACT_USER, companyRoundData, STUDENT_USER } from '../../dialogs/testing/intake-fixture.js';

// An open round with two students and two companies with an offer each, and who acts in it.
export const FUZZ_COORDINATORS = ['coord-1', 'coord-other'];
export const FUZZ_LIMITS = { 'coord-other': ['90002'] };

export const ACTORS = [
  { userId: 'coord-1', kind: 'coordinator' },
  // Limited to another programme than the round's (COORDINATOR_PROGRAMMES): the round is not theirs.
  { userId: 'coord-other', kind: 'limited-coordinator' },
  { userId: STUDENT_USER, kind: 'student', own: 's1' },
  { userId: 'teams-student-2', kind: 'student', own: 's2' },
  { userId: CONTACT_USER, kind: 'company-contact', own: 'c1' },
  { userId: 'teams-contact-2', kind: 'company-contact', own: 'c2' },
  { userId: 'stranger', kind: 'unknown' },
] as const;
export type Actor = (typeof ACTORS)[number];

export function fuzzWorld(): KoppelView {
  const data = companyRoundData();
  data.students.s2 = Student.parse({ id: 's2', roundId: 'r1', studentNumber: '100235', programmeCode: '90001', identities: [{ platform: 'teams', userId: 'teams-student-2' }], displayName: 'Sem Jansen' });
  data.companies.c2 = Company.parse({
    id: 'c2', name: 'Thuiszorg Oost', sbbNumber: '7654321', contacts: [{ platform: 'teams', userId: 'teams-contact-2' }],
    locations: [{ id: 'loc2', label: 'Kantoor', postcodeArea: '3011', municipality: 'Schiedam' }],
  });
  for (const [id, companyId, locationId] of [['o1', 'c1', 'loc1'], ['o2', 'c2', 'loc2']] as const) {
    data.offers[id] = Offer.parse({
      id, roundId: 'r1', companyId, places: 2, supervisionCapacity: 2, days: ['mon', 'tue'], programmeCodes: ['90001'], workProcesses: ['B1-K1-W3'],
      organisationType: 'verpleeghuis', learnText: 'Je leert wonden verzorgen.', extraSupport: { available: false }, locationId, updatedAt: '2027-01-01T10:00:00Z',
      agreement: { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true },
    });
  }
  return data;
}

/** What an actor may not change: everything that belongs to someone else (coordinators run the round, so: nothing to hold). */
export function othersOf(actor: Actor, data: Readonly<KoppelView>): string | undefined {
  const without = <T>(records: Readonly<Record<string, T>>, keep: (id: string, record: T) => boolean) =>
    Object.fromEntries(Object.entries(records).filter(([id, r]) => keep(id, r)));
  const shared = { rounds: data.rounds, matches: data.matches, matchRuns: data.matchRuns, inviteCodes: data.inviteCodes };
  switch (actor.kind) {
    case 'coordinator':
      return undefined;
    case 'limited-coordinator':
      // Companies serve every programme and stay theirs to manage; the round and everything in it do not.
      return JSON.stringify({ round: data.rounds.r1, students: data.students, offers: data.offers, matches: data.matches, matchRuns: data.matchRuns, placements: data.placements, outbox: data.outbox });
    case 'student':
      return JSON.stringify({ ...shared, companies: data.companies, offers: data.offers, students: without(data.students, (id) => id !== actor.own) });
    case 'company-contact':
      return JSON.stringify({ ...shared, companies: data.companies, students: data.students, offers: without(data.offers, (_id, o) => o.companyId !== actor.own) });
    case 'unknown':
      return JSON.stringify({ ...shared, companies: data.companies, students: data.students, offers: data.offers });
  }
}
