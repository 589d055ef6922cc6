import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../store/deep-freeze.js';
import { currentMoment, dueReminders, reminderFor, reminderKey } from './reminder-plan.js';
import { beforeDeadline, DEADLINE, makeData, makeRound, makeStudent } from './testing/reminder-test-support.js';

const oneStudent = () => makeData([makeRound()], [makeStudent('s1')]);
const moments = (data = oneStudent(), now: Date) => dueReminders(data, now).map((r) => r.moment);

describe('dueReminders', () => {
  it('plans nothing before the first moment', () => {
    expect(dueReminders(oneStudent(), beforeDeadline(100))).toEqual([]);
    expect(dueReminders(oneStudent(), beforeDeadline(72, 1))).toEqual([]);
  });

  it('plans the 72-hour reminder from the 72-hour moment on, with key, recipient and deadline', () => {
    expect(dueReminders(oneStudent(), beforeDeadline(72))).toEqual([{
      key: 'wish-reminder:r1:s1:72h', roundId: 'r1', studentId: 's1',
      recipient: { platform: 'teams', userId: 'teams-s1' }, deadline: DEADLINE, moment: 72,
    }]);
    expect(moments(oneStudent(), beforeDeadline(25))).toEqual([72]);
  });

  it('plans the 24-hour reminder from the 24-hour moment until the deadline', () => {
    const data = oneStudent();
    expect(moments(data, beforeDeadline(24))).toEqual([24]);
    expect(moments(data, beforeDeadline(0, 1))).toEqual([24]);
  });

  it('after downtime plans only the latest passed moment, never the missed earlier one', () => {
    expect(moments(oneStudent(), beforeDeadline(10))).toEqual([24]);
  });

  it('plans nothing at or after the deadline', () => {
    expect(dueReminders(oneStudent(), beforeDeadline(0))).toEqual([]);
    expect(dueReminders(oneStudent(), beforeDeadline(-5))).toEqual([]);
  });

  it('reminds invited and started students, never confirmed or own-placement ones', () => {
    const data = makeData([makeRound()], [
      makeStudent('a'), makeStudent('b', { intakeStatus: 'started' }),
      makeStudent('c', { intakeStatus: 'confirmed' }), makeStudent('d', { intakeStatus: 'own-placement' }),
    ]);
    expect(dueReminders(data, beforeDeadline(24)).map((r) => r.studentId)).toEqual(['a', 'b']);
  });

  it.each(['draft', 'closed', 'matched', 'released'] as const)('plans nothing for a %s round', (status) => {
    const data = makeData([makeRound({ status })], [makeStudent('s1')]);
    expect(dueReminders(data, beforeDeadline(24))).toEqual([]);
  });

  it('keys each reminder by round, student and moment', () => {
    expect(reminderKey('r1', 's1', 24)).toBe('wish-reminder:r1:s1:24h');
  });

  it('skips students without a chat identity and writes to the first identity', () => {
    const data = makeData([makeRound()], [
      makeStudent('s1', { identities: [] }),
      makeStudent('s2', { identities: [{ platform: 'slack', userId: 'U2' }, { platform: 'teams', userId: 't2' }] }),
    ]);
    expect(dueReminders(data, beforeDeadline(24)).map((r) => [r.studentId, r.recipient])).toEqual([
      ['s2', { platform: 'slack', userId: 'U2' }],
    ]);
  });

  it('orders by round id, then student id, and ignores students of other or unknown rounds', () => {
    const data = makeData([makeRound({ id: 'r2' }), makeRound({ id: 'r1' }), makeRound({ id: 'r3', status: 'closed' })], [
      makeStudent('s9', { roundId: 'r2' }), makeStudent('s3', { roundId: 'r1' }), makeStudent('s1', { roundId: 'r2' }),
      makeStudent('s2', { roundId: 'r1' }), makeStudent('s4', { roundId: 'r3' }), makeStudent('s5', { roundId: 'gone' }),
    ]);
    expect(dueReminders(data, beforeDeadline(24)).map((r) => `${r.roundId}/${r.studentId}`)).toEqual(['r1/s2', 'r1/s3', 'r2/s1', 'r2/s9']);
  });

  it('uses the configured moments', () => {
    expect(dueReminders(oneStudent(), beforeDeadline(50), [48, 6])).toEqual([]);
    expect(dueReminders(oneStudent(), beforeDeadline(40), [48, 6]).map((r) => r.key)).toEqual(['wish-reminder:r1:s1:48h']);
    expect(dueReminders(oneStudent(), beforeDeadline(40), [])).toEqual([]);
  });

  it('works on the frozen document a store hands out', () => {
    expect(moments(deepFreeze(oneStudent()), beforeDeadline(24))).toEqual([24]);
  });
});

describe('reminderFor', () => {
  it('re-plans one student, and refuses a student who belongs to another round', () => {
    const data = makeData([makeRound(), makeRound({ id: 'r2' })], [makeStudent('s1')]);
    expect(reminderFor(data, 'r1', 's1', beforeDeadline(24))?.key).toBe('wish-reminder:r1:s1:24h');
    expect(reminderFor(data, 'r2', 's1', beforeDeadline(24))).toBeUndefined();
    expect(reminderFor(data, 'r1', 'constructor', beforeDeadline(24))).toBeUndefined();
  });
});

describe('currentMoment', () => {
  it('is the smallest passed moment, whatever order the moments come in', () => {
    expect(currentMoment(DEADLINE, beforeDeadline(73), [24, 72])).toBeUndefined();
    expect(currentMoment(DEADLINE, beforeDeadline(30), [24, 72])).toBe(72);
    expect(currentMoment(DEADLINE, beforeDeadline(2), [24, 72, 168])).toBe(24);
  });
});
