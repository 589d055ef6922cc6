import { CheckIn } from '../../domain/check-in.js';
import { Evaluation } from '../../domain/evaluation.js';
import { Placement } from '../../domain/placement.js';
import { Student } from '../../domain/student.js';
import type { KoppelView } from '../../koppel-data.js';
import { releasedRound, STUDENT_USER } from '../../testing/round-builders.js';

// A round in follow-up with six placed students, check-ins and evaluations: enough for real figures.
export const WISH = 'Ik wil leren wonden verzorgen';
export const DETAILS = 'Ik heb dyslexie';

/** Student s1 has a wish, support details, a name and a chat; all six answered a check-in and the evaluation. */
export function world(): KoppelView {
  const data = releasedRound('released');
  data.rounds.r1.status = 'follow-up';
  Object.assign(data.students.s1, {
    displayName: 'Fatima Bakker', intakeStatus: 'confirmed',
    learningWish: { text: WISH, workProcesses: ['B1-K1-W1'], organisationTypes: [], electives: [] },
    travel: { municipality: 'Delft', modes: ['bike'], maxMinutes: 30, reachableMunicipalities: [] },
    supportNeed: { wanted: true, details: DETAILS, shareWithCompany: true },
    proposals: { roundId: 'r1', offerIds: ['o1'], chosen: 'o1', chosenAt: '2027-01-12T10:00:00Z' },
  });
  // Five more students, so the figures show real counts rather than "< 5".
  for (let i = 2; i <= 6; i += 1) {
    data.students[`s${i}`] = Student.parse({ id: `s${i}`, roundId: 'r1', studentNumber: `10023${i}`, programmeCode: '90001', displayName: `Student ${i}`, intakeStatus: 'confirmed', identities: [{ platform: 'teams', userId: `teams-s${i}` }] });
  }
  data.conversations[`teams:${STUDENT_USER}`] = { platform: 'teams', userId: STUDENT_USER, reference: { conversationId: 'conv-1' }, updatedAt: '2027-01-10T10:00:00Z' };
  for (let i = 1; i <= 6; i += 1) {
    data.placements[`pl${i}`] = Placement.parse({ id: `pl${i}`, roundId: 'r1', studentId: `s${i}`, offerId: 'o1', companyId: 'c1', origin: 'match', matchId: 'm1', placedAt: '2027-01-20T09:00:00Z', byHand: { by: 'coord-1', reason: 'Dichter bij huis voor Fatima' } });
    data.checkIns[`pl${i}.halfway`] = CheckIn.parse({ id: `pl${i}.halfway`, placementId: `pl${i}`, roundId: 'r1', studentId: `s${i}`, programmeCode: '90001', moment: 'halfway', dueOn: '2027-04-26', askedAt: '2027-04-26T09:00:00Z', answers: { 'be-yourself': i % 2 ? 'yes' : 'partly', 'treated-fairly': 'yes', learning: 'yes', supervision: 'no' }, answeredAt: '2027-04-26T10:00:00Z' });
    data.evaluations[`pl${i}.student`] = Evaluation.parse({ id: `pl${i}.student`, placementId: `pl${i}`, roundId: 'r1', side: 'student', askedAt: '2027-07-06T09:00:00Z', answers: { satisfaction: 4, selectionConversation: 'no', discrimination: 'no', agreementsKept: 'yes' }, answeredAt: '2027-07-07T09:00:00Z' });
  }
  return data;
}

