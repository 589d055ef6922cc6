import { rankedRoundData } from '../../bot/testing/round-builders.js';

// A proposals round whose proposals are out, for the student's card: the ranked test round's three
// offers, of which s1 was proposed o1 (best) and o0 (with an allowance).

export const CHOOSING = new Date('2027-01-14T12:00:00+01:00');
export const DEADLINE = '2027-01-16T17:00:00+01:00';

/** The ranked test round's three offers, as a proposals round whose proposals are out: s1 got o1 and o0. */
export function choosingRound() {
  const data = rankedRoundData();
  Object.assign(data.rounds.r1, { mechanism: 'proposals', stage: 'final', status: 'closed', proposalsReleasedAt: '2027-01-13T09:00:00Z', choiceDeadline: DEADLINE });
  Object.assign(data.students.s1, { intakeStatus: 'confirmed', travel: { municipality: 'Delft', modes: ['bike'], maxMinutes: 45 }, proposals: { roundId: 'r1', offerIds: ['o1', 'o0'] } });
  data.offers.o0.allowancePerMonth = 250;
  return data;
}

