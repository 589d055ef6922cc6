// Small rounds as data, for tests at every level: an open round with one student, a ranked round
// with three companies, a round with one registered company, and a released round with a placement.
import { Company } from '../domain/company.js';
import { Match } from '../domain/match.js';
import { MatchRun } from '../domain/match-run.js';
import { Offer } from '../domain/offer.js';
import { Round } from '../domain/round.js';
import { Student } from '../domain/student.js';
import { emptyKoppelData, type KoppelView } from '../koppel-data.js';

export const STUDENT_USER = 'teams-student-1';
export const BEFORE_DEADLINE = new Date('2027-01-05T12:00:00+01:00');
export const AFTER_DEADLINE = new Date('2027-01-11T12:00:00+01:00');

export function roundData(mechanism: 'school' | 'ranked' = 'school'): KoppelView {
  const data = emptyKoppelData();
  data.rounds.r1 = Round.parse({
    id: 'r1', name: 'Zorg februari 2027', programmeCodes: ['90001'], mechanism, status: 'open',
    wishesDeadline: '2027-01-10T17:00:00+01:00', offersDeadline: '2027-01-12T17:00:00+01:00',
    releaseAt: '2027-01-20T09:00:00+01:00', internshipStart: '2027-02-15', seed: 'seed-1', createdBy: 'coord-1', createdAt: '2026-11-22T10:00:00Z',
  });
  data.students.s1 = Student.parse({ id: 's1', roundId: 'r1', studentNumber: '100234', programmeCode: '90001', identities: [{ platform: 'teams', userId: STUDENT_USER }] });
  return data;
}

/** A ranked round with three offers of named companies in nearby towns. */
export function rankedRoundData(): KoppelView {
  const data = roundData('ranked');
  const towns = ['Delft', 'Schiedam', 'Rotterdam'];
  towns.forEach((town, i) => {
    data.companies[`c${i}`] = Company.parse({ id: `c${i}`, name: `Zorggroep De Naam ${i}`, sbbNumber: `1000000${i}`, locations: [{ id: `l${i}`, label: 'Hoofdlocatie', postcodeArea: ['2611', '3111', '3011'][i], municipality: town }] });
    data.offers[`o${i}`] = Offer.parse({
      id: `o${i}`, roundId: 'r1', companyId: `c${i}`, places: 2, supervisionCapacity: 2, days: ['mon', 'tue'], programmeCodes: ['90001'],
      workProcesses: i === 1 ? ['B1-K1-W3'] : ['B1-K1-W1'], organisationType: 'verpleeghuis', learnText: `Je leert wonden verzorgen (plek ${i}).`,
      extraSupport: { available: false }, locationId: `l${i}`, updatedAt: '2027-01-01T10:00:00Z',
      agreement: { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true },
    });
  });
  return data;
}

export const CONTACT_USER = 'teams-contact-1';

/** An open round with one registered host company whose contact is CONTACT_USER. */
export function companyRoundData(): KoppelView {
  const data = roundData();
  data.companies.c1 = Company.parse({
    id: 'c1', name: 'Zorggroep De Linde', sbbNumber: '1234567', contacts: [{ platform: 'teams', userId: CONTACT_USER }],
    locations: [{ id: 'loc1', label: 'Verpleeghuis De Linde', postcodeArea: '2611', municipality: 'Delft' }],
  });
  return data;
}

/** A released round in which student s1 was placed at offer o1 (Schiedam). */
export function releasedRound(status: 'released' | 'scheduled' = 'released') {
  const data = rankedRoundData();
  data.rounds.r1.status = status;
  data.matchRuns.run_1 = MatchRun.parse({ id: 'run_1', roundId: 'r1', seed: 'seed-1', runBy: 'coord-1', runAt: '2027-01-13T10:00:00Z', pins: [], summary: { matched: 1, unmatched: 0, ownPlacement: 0, notConfirmed: 0 }, approvedBy: 'coord-2' });
  data.matches.m1 = Match.parse({ id: 'm1', roundId: 'r1', runId: 'run_1', studentId: 's1', offerId: 'o1', status: 'proposed', reasons: [{ code: 'travel', params: { minutes: 12, mode: 'bike' } }], createdAt: '2027-01-13T10:00:00Z' });
  return data;
}
