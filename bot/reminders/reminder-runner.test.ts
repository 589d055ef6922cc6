import { describe, expect, it } from 'vitest';
import { runReminders } from './reminder-runner.js';
import { beforeDeadline, DEADLINE, deferred, fakeNotifier, makeData, makeRound, makeStudent, memoryStore } from './reminder-test-support.js';
import { EVERYTHING, type KoppelStore } from '../store/index.js';

const twoStudents = () => memoryStore(makeData([makeRound()], [makeStudent('s1'), makeStudent('s2')]));
const at = (date: Date) => () => date;

/** A store that "dies" right after the nth update commits: the write is kept, the caller never continues. */
function crashAfterUpdate(store: KoppelStore, n: number): KoppelStore {
  let updates = 0;
  return {
    close: () => store.close(),
    read: (scope) => store.read(scope),
    update: async (scope, change) => {
      const result = await store.update(scope, change);
      updates += 1;
      if (updates === n) throw new Error('process killed');
      return result;
    },
  };
}

describe('runReminders', () => {
  it('sends each due reminder with round, student and deadline, and records its key as sent', async () => {
    const store = twoStudents();
    const { notifier, calls } = fakeNotifier();
    expect(await runReminders({ store, notifier, now: at(beforeDeadline(72)) })).toEqual({ sent: 2, unreachable: 0, failed: 0 });
    expect(calls).toEqual([
      { recipient: { platform: 'teams', userId: 'teams-s1' }, notification: { kind: 'wish-reminder', roundId: 'r1', studentId: 's1', deadline: DEADLINE } },
      { recipient: { platform: 'teams', userId: 'teams-s2' }, notification: { kind: 'wish-reminder', roundId: 'r1', studentId: 's2', deadline: DEADLINE } },
    ]);
    expect((await store.read(EVERYTHING)).sentNotifications).toEqual({
      'wish-reminder:r1:s1:72h': { at: beforeDeadline(72).toISOString(), result: 'sent' },
      'wish-reminder:r1:s2:72h': { at: beforeDeadline(72).toISOString(), result: 'sent' },
    });
  });

  it('sends nothing before the first moment', async () => {
    const { notifier, calls } = fakeNotifier();
    await runReminders({ store: twoStudents(), notifier, now: at(beforeDeadline(73)) });
    expect(calls).toEqual([]);
  });

  it('sends once per moment across repeated runs: 72h, then 24h, then nothing more', async () => {
    const store = twoStudents();
    const { notifier, calls } = fakeNotifier();
    for (const hours of [72, 60, 48, 24, 12, 1]) await runReminders({ store, notifier, now: at(beforeDeadline(hours)) });
    expect(calls.map((c) => c.notification.studentId)).toEqual(['s1', 's2', 's1', 's2']);
    expect(Object.keys((await store.read(EVERYTHING)).sentNotifications).sort()).toEqual([
      'wish-reminder:r1:s1:24h', 'wish-reminder:r1:s1:72h', 'wish-reminder:r1:s2:24h', 'wish-reminder:r1:s2:72h',
    ]);
  });

  it('after a restart (a fresh runner and notifier on the same store) sends nothing twice', async () => {
    const store = twoStudents();
    const first = fakeNotifier();
    await runReminders({ store, notifier: first.notifier, now: at(beforeDeadline(30)) });
    const afterRestart = fakeNotifier();
    expect(await runReminders({ store, notifier: afterRestart.notifier, now: at(beforeDeadline(29)) })).toEqual({ sent: 0, unreachable: 0, failed: 0 });
    expect(first.calls).toHaveLength(2);
    expect(afterRestart.calls).toEqual([]);
  });

  it('catches up after downtime with only the latest moment', async () => {
    const store = twoStudents();
    const { notifier, calls } = fakeNotifier();
    await runReminders({ store, notifier, now: at(beforeDeadline(10)) });
    await runReminders({ store, notifier, now: at(beforeDeadline(9)) });
    expect(calls).toHaveLength(2);
    expect(Object.keys((await store.read(EVERYTHING)).sentNotifications)).toEqual(['wish-reminder:r1:s1:24h', 'wish-reminder:r1:s2:24h']);
  });

  it('sends nothing after the deadline, to a closed round, or to confirmed and own-placement students', async () => {
    const store = memoryStore(makeData([makeRound(), makeRound({ id: 'r2', status: 'closed' })], [
      makeStudent('s1', { intakeStatus: 'confirmed' }), makeStudent('s2', { intakeStatus: 'own-placement' }), makeStudent('s3', { roundId: 'r2' }),
    ]));
    const { notifier, calls } = fakeNotifier();
    await runReminders({ store, notifier, now: at(beforeDeadline(24)) });
    await runReminders({ store: twoStudents(), notifier, now: at(beforeDeadline(0)) });
    expect(calls).toEqual([]);
  });

  it('skips a student without an identity and still reminds the others', async () => {
    const store = memoryStore(makeData([makeRound()], [makeStudent('s1', { identities: [] }), makeStudent('s2')]));
    const { notifier, calls } = fakeNotifier();
    await runReminders({ store, notifier, now: at(beforeDeadline(24)) });
    expect(calls.map((c) => c.notification.studentId)).toEqual(['s2']);
  });

  it('records no-conversation and failed (also a throwing notifier) and does not retry that moment', async () => {
    const store = memoryStore(makeData([makeRound()], [makeStudent('s1'), makeStudent('s2'), makeStudent('s3')]));
    const answers = [async () => 'no-conversation' as const, async () => 'failed' as const, async () => { throw new Error('Teams said no to Fatima'); }];
    const first = fakeNotifier((_call, i) => answers[i]());
    const events: string[] = [];
    const log = (event: string, fields: object) => events.push(JSON.stringify({ event, ...fields }));
    expect(await runReminders({ store, notifier: first.notifier, now: at(beforeDeadline(24)), log })).toEqual({ sent: 0, unreachable: 1, failed: 2 });
    const results = Object.values((await store.read(EVERYTHING)).sentNotifications).map((e) => e.result);
    expect(results).toEqual(['no-conversation', 'failed', 'failed']);
    expect(events.join('\n')).not.toContain('Fatima');

    const later = fakeNotifier();
    for (const hours of [23, 12, 1]) await runReminders({ store, notifier: later.notifier, now: at(beforeDeadline(hours)) });
    expect(later.calls).toEqual([]);
  });

  it('a crash right after claiming loses that one reminder and never sends it twice', async () => {
    const store = twoStudents();
    const dying = fakeNotifier();
    await expect(runReminders({ store: crashAfterUpdate(store, 1), notifier: dying.notifier, now: at(beforeDeadline(24)) })).rejects.toThrow('process killed');
    expect(dying.calls).toEqual([]);

    const afterRestart = fakeNotifier();
    await runReminders({ store, notifier: afterRestart.notifier, now: at(beforeDeadline(23)) });
    expect(afterRestart.calls.map((c) => c.notification.studentId)).toEqual(['s2']);
    expect((await store.read(EVERYTHING)).sentNotifications['wish-reminder:r1:s1:24h'].result).toBe('sent');
  });

  it('a crash while the platform call is in flight never sends that reminder twice', async () => {
    const store = twoStudents();
    const inFlight = deferred();
    const hanging = fakeNotifier(() => {
      inFlight.resolve();
      return new Promise(() => {});
    });
    void runReminders({ store, notifier: hanging.notifier, now: at(beforeDeadline(24)) });
    await inFlight.promise;
    expect(hanging.calls).toHaveLength(1);

    const afterRestart = fakeNotifier();
    await runReminders({ store, notifier: afterRestart.notifier, now: at(beforeDeadline(23)) });
    expect(afterRestart.calls.map((c) => c.notification.studentId)).toEqual(['s2']);
  });

  it('a crash after a failed send, before its result is recorded, still never resends', async () => {
    const store = twoStudents();
    const failing = fakeNotifier(async () => 'failed');
    await expect(runReminders({ store: crashAfterUpdate(store, 2), notifier: failing.notifier, now: at(beforeDeadline(24)) })).rejects.toThrow('process killed');
    const afterRestart = fakeNotifier();
    await runReminders({ store, notifier: afterRestart.notifier, now: at(beforeDeadline(23)) });
    expect([...failing.calls, ...afterRestart.calls].map((c) => c.notification.studentId)).toEqual(['s1', 's2']);
  });

  it('two runners on the same store at once send each reminder once', async () => {
    const store = twoStudents();
    const a = fakeNotifier();
    const b = fakeNotifier();
    const now = at(beforeDeadline(24));
    const [ra, rb] = await Promise.all([runReminders({ store, notifier: a.notifier, now }), runReminders({ store, notifier: b.notifier, now })]);
    expect(ra.sent + rb.sent).toBe(2);
    expect([...a.calls, ...b.calls].map((c) => c.notification.studentId).sort()).toEqual(['s1', 's2']);
  });

  it('re-checks when claiming: a student who confirms during the pass is not reminded', async () => {
    const store = twoStudents();
    const { notifier, calls } = fakeNotifier(async () => {
      await store.update(EVERYTHING, (draft) => {
        draft.students.s2.intakeStatus = 'confirmed';
      });
      return 'sent';
    });
    expect(await runReminders({ store, notifier, now: at(beforeDeadline(24)) })).toEqual({ sent: 1, unreachable: 0, failed: 0 });
    expect(calls.map((c) => c.notification.studentId)).toEqual(['s1']);
  });

  it('re-checks the clock when claiming: a pass that runs into the deadline stops sending', async () => {
    const times = [beforeDeadline(0, 1), beforeDeadline(0, 1), beforeDeadline(0)];
    const { notifier, calls } = fakeNotifier();
    await runReminders({ store: twoStudents(), notifier, now: () => times.shift() ?? beforeDeadline(0) });
    expect(calls.map((c) => c.notification.studentId)).toEqual(['s1']);
  });

  it('logs ids, moments and counts, never names', async () => {
    const store = memoryStore(makeData([makeRound()], [makeStudent('s1', { displayName: 'Fatima de Vries' })]));
    const lines: Array<[string, object]> = [];
    await runReminders({ store, notifier: fakeNotifier().notifier, now: at(beforeDeadline(24)), log: (event, fields) => lines.push([event, fields]) });
    expect(lines).toEqual([
      ['reminder.delivered', { roundId: 'r1', studentId: 's1', moment: 24, result: 'sent' }],
      ['reminders.pass', { due: 1, sent: 1, unreachable: 0, failed: 0 }],
    ]);
  });

  it('stops after the reminder in hand when its signal aborts', async () => {
    const stop = new AbortController();
    const { notifier, calls } = fakeNotifier(async () => {
      stop.abort();
      return 'sent';
    });
    await runReminders({ store: twoStudents(), notifier, now: at(beforeDeadline(24)), signal: stop.signal });
    expect(calls).toHaveLength(1);
  });
});
