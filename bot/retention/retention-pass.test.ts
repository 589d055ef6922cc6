import { describe, expect, it } from 'vitest';
import { CheckIn } from '../domain/check-in.js';
import { Evaluation } from '../domain/evaluation.js';
import { Placement } from '../domain/placement.js';
import { Student } from '../domain/student.js';
import { checkInFigures } from '../check-ins/check-in-figures.js';
import { evaluationFigures } from '../evaluations/evaluation-figures.js';
import type { KoppelView } from '../koppel-data.js';
import { EVERYTHING, openMemoryKoppelStore } from '../store/index.js';
import { releasedRound, STUDENT_USER } from '../testing/round-builders.js';
import { DEFAULT_RETENTION, erasureMoment, parseRetention } from './retention-policy.js';
import { runRetentionPass } from './retention-pass.js';

// The round's internships start 2027-02-15 and last 20 weeks: they end 2027-07-05. By default the
// support details go at the end of that school year, everything else a school year later.
const SUPPORT_ERASED = new Date('2027-07-31T22:00:00Z');
const REST_ERASED = new Date('2028-07-31T22:00:00Z');
const WISH = 'Ik wil leren wonden verzorgen';
const DETAILS = 'Ik heb dyslexie';

function world(): KoppelView {
  const data = releasedRound('released');
  data.rounds.r1.status = 'follow-up';
  Object.assign(data.students.s1, {
    displayName: 'Fatima Bakker', intakeStatus: 'confirmed',
    learningWish: { text: WISH, workProcesses: ['B1-K1-W1'], organisationTypes: [], electives: [] },
    travel: { municipality: 'Delft', modes: ['bike'], maxMinutes: 30, reachableMunicipalities: [] },
    supportNeed: { wanted: true, details: DETAILS, shareWithCompany: true },
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

const figures = (data: Readonly<KoppelView>) => ({
  checkIns: checkInFigures(data, 'r1'),
  evaluations: evaluationFigures(data, 'r1'),
  students: Object.values(data.students).map((s) => `${s.roundId}/${s.programmeCode}/${s.intakeStatus}/${s.supportNeed?.wanted ?? false}`).sort(),
  placements: Object.keys(data.placements).length,
});

describe('the retention pass', () => {
  it('takes its moments from one rule: the end of a school year, on or after the period', () => {
    expect(erasureMoment(new Date('2027-07-05T00:00:00Z'), 0)).toEqual(SUPPORT_ERASED);
    expect(erasureMoment(new Date('2027-07-05T00:00:00Z'), 12)).toEqual(REST_ERASED);
    expect(parseRetention('support=0,reports=36')).toEqual({ ok: true, policy: { ...DEFAULT_RETENTION, reports: 36 } });
    expect(parseRetention('wishes=3')).toMatchObject({ ok: false });
    expect(parseRetention('intake=400')).toMatchObject({ ok: false });
  });

  it('erases nothing early, the support details on schedule, and the rest a school year later, once, with figures unchanged', async () => {
    const clock = { now: new Date(SUPPORT_ERASED.getTime() - 1) };
    const store = openMemoryKoppelStore(world());
    const pass = () => runRetentionPass({ store, policy: DEFAULT_RETENTION, internshipWeeks: 20, now: () => clock.now });
    const before = await store.read(EVERYTHING);
    const figuresBefore = figures(before);

    expect(await pass()).toEqual({ rounds: [], reports: 0 });
    expect(JSON.stringify(await store.read(EVERYTHING))).toBe(JSON.stringify(before));

    clock.now = SUPPORT_ERASED;
    expect((await pass()).rounds).toEqual([{ roundId: 'r1', kinds: ['support'], records: 1 }]);
    const afterSupport = await store.read(EVERYTHING);
    expect(afterSupport.students.s1.supportNeed).toEqual({ wanted: true });
    expect(afterSupport.students.s1.learningWish?.text).toBe(WISH);
    // Again, as after a restart or on another process: nothing more, no second audit line.
    expect(await pass()).toEqual({ rounds: [], reports: 0 });
    expect(JSON.stringify(await store.read(EVERYTHING))).toBe(JSON.stringify(afterSupport));

    clock.now = new Date(REST_ERASED.getTime() - 1);
    expect(await pass()).toEqual({ rounds: [], reports: 0 });
    clock.now = REST_ERASED;
    expect((await pass()).rounds[0].kinds).toEqual(['intake', 'chat', 'contact', 'explanations', 'check-ins']);
    expect(await pass()).toEqual({ rounds: [], reports: 0 });

    const after = await store.read(EVERYTHING);
    const text = JSON.stringify({ ...after, audit: [] });
    for (const personal of [WISH, DETAILS, 'Fatima', '100234', STUDENT_USER, 'conv-1', 'Dichter bij huis']) expect(text).not.toContain(personal);
    expect(figures(after)).toEqual(figuresBefore);
    const audit = after.audit.filter((e) => e.action === 'retention.erased');
    expect(audit.map((e) => [e.subjectId, e.detail])).toEqual([
      ['r1', { support: 1 }],
      ['r1', { intake: 1, chat: 1, contact: 6, explanations: 7, 'check-ins': 6 }],
    ]);
  });
});
