// A released round for the follow-up end to end: two students placed (one at De Linde, one at
// Maasstad) and a third company with a free place in reach of the second student, the placements
// made as the release runner makes them. The people are the Agents Playground's own users.
import { Company } from '../../bot/domain/company.js';
import { Match } from '../../bot/domain/match.js';
import { MatchRun } from '../../bot/domain/match-run.js';
import { Offer } from '../../bot/domain/offer.js';
import { Round } from '../../bot/domain/round.js';
import { Student } from '../../bot/domain/student.js';
import { placementsAtRelease } from '../../bot/follow-up/placements.js';
import { emptyKoppelData, type KoppelView } from '../../bot/koppel-data.js';

export const FOLLOW_UP_ROUND = 'Zorg voorjaar';
export const RIVIERZORG = 'Rivierzorg Schiedam';
export const PEOPLE = {
  placed: { userId: 'user-id-1', number: '200101', name: 'Bowen, Megan', first: 'Megan' },
  refused: { userId: 'user-id-2', number: '200102', name: 'Vance, Adele', first: 'Adele' },
  linde: 'user-id-3',
  maasstad: 'user-id-4',
  rivierzorg: 'user-id-5',
} as const;

export function releasedFollowUpData(now: Date): KoppelView {
  const at = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
  const data = emptyKoppelData();
  data.rounds.r1 = Round.parse({
    id: 'r1', name: FOLLOW_UP_ROUND, programmeCodes: ['90001'], mechanism: 'school', status: 'released',
    wishesDeadline: at(-20), offersDeadline: at(-20), releaseAt: at(-1), internshipStart: at(40).slice(0, 10),
    seed: 'e2e-follow-up', createdBy: 'user-id-0', createdAt: at(-40),
  });
  const student = (id: string, person: { userId: string; number: string; name: string }, municipality: string) => Student.parse({
    id, roundId: 'r1', studentNumber: person.number, programmeCode: '90001', displayName: person.name,
    identities: [{ platform: 'teams', userId: person.userId }], intakeStatus: 'confirmed', confirmedAt: at(-25),
    learningWish: { text: 'Ik wil leren hoe ik cliënten help bij het wassen en wonden verzorg.', workProcesses: ['B1-K1-W3'], organisationTypes: [] },
    travel: { municipality, modes: ['bike', 'public_transport'], maxMinutes: 45 }, availability: { days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
  });
  data.students.s1 = student('s1', PEOPLE.placed, 'Delft');
  data.students.s2 = student('s2', PEOPLE.refused, 'Rotterdam');
  const companies = [
    { id: 'c1', name: 'Zorggroep De Linde', contact: PEOPLE.linde, town: 'Delft', postcode: '2611' },
    { id: 'c2', name: 'Thuiszorg Maasstad', contact: PEOPLE.maasstad, town: 'Rotterdam', postcode: '3011' },
    { id: 'c3', name: RIVIERZORG, contact: PEOPLE.rivierzorg, town: 'Schiedam', postcode: '3111' },
  ];
  for (const c of companies) {
    data.companies[c.id] = Company.parse({
      id: c.id, name: c.name, sbbNumber: `12345${c.id.slice(1)}00`, contacts: [{ platform: 'teams', userId: c.contact }],
      locations: [{ id: `l${c.id}`, label: 'Hoofdlocatie', postcodeArea: c.postcode, municipality: c.town }],
    });
    data.offers[`o${c.id}`] = Offer.parse({
      id: `o${c.id}`, roundId: 'r1', companyId: c.id, places: 1, supervisionCapacity: 1, days: ['mon', 'tue', 'wed'], programmeCodes: ['90001'],
      workProcesses: ['B1-K1-W3'], organisationType: 'verpleeghuis', learnText: 'Je helpt cliënten bij de persoonlijke verzorging.',
      extraSupport: { available: false }, locationId: `l${c.id}`, updatedAt: at(-30),
      agreement: { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true },
    });
  }
  data.matchRuns.run_1 = MatchRun.parse({ id: 'run_1', roundId: 'r1', seed: 'e2e-follow-up', runBy: 'user-id-0', runAt: at(-10), pins: [], summary: { matched: 2, unmatched: 0, ownPlacement: 0, notConfirmed: 0 }, approvedBy: '29:second-coordinator', approvedAt: at(-9) });
  data.matches.m1 = Match.parse({ id: 'm1', roundId: 'r1', runId: 'run_1', studentId: 's1', offerId: 'oc1', status: 'proposed', reasons: [], createdAt: at(-10) });
  data.matches.m2 = Match.parse({ id: 'm2', roundId: 'r1', runId: 'run_1', studentId: 's2', offerId: 'oc2', status: 'proposed', reasons: [], createdAt: at(-10) });
  placementsAtRelease(data, 'r1', new Date(at(-1)));
  return data;
}
