import { describe, expect, it } from 'vitest';
import { conversationFor, sendQueued } from '../outbox/testing/outbox-test-support.js';
import { runReminders } from './reminder-runner.js';
import { beforeDeadline, DEADLINE, fakeNotifier, makeData, makeRound, makeStudent, memoryStore } from './testing/reminder-test-support.js';
import { EVERYTHING, type KoppelStore } from '../store/index.js';
import type { KoppelView } from '../koppel-data.js';

const reachable = (data: KoppelView) => {
  for (const student of Object.values(data.students)) for (const identity of student.identities) conversationFor(data, identity.userId, identity.platform);
  return data;
};
const twoStudents = () => memoryStore(reachable(makeData([makeRound()], [makeStudent('s1'), makeStudent('s2')])));
const at = (date: Date) => () => date;
const keys = async (store: KoppelStore) => Object.keys((await store.read(EVERYTHING)).outbox).sort();

describe('runReminders', () => {
  it('queues each due reminder under its key and sends nothing itself; the outbox sends each once', async () => {
    const store = twoStudents();
    const { notifier, calls } = fakeNotifier();
    let woken = 0;
    expect(await runReminders({ store, notifier: { queued: () => { woken += 1; } }, now: at(beforeDeadline(72)) })).toEqual({ queued: 2, unreachable: 0 });
    expect(woken).toBe(1);
    expect(calls).toEqual([]);
    const entry = (await store.read(EVERYTHING)).outbox['wish-reminder:r1:s1:72h'];
    expect(entry).toMatchObject({
      kind: 'wish-reminder', roundId: 'r1', recipient: { platform: 'teams', userId: 'teams-s1' }, subjectIds: ['s1'], status: 'pending',
      notification: { kind: 'wish-reminder', roundId: 'r1', studentId: 's1', deadline: DEADLINE },
    });
    expect(await sendQueued(store, notifier)).toMatchObject({ sent: 2, failed: 0 });
    expect(calls).toEqual([
      { recipient: { platform: 'teams', userId: 'teams-s1' }, notification: { kind: 'wish-reminder', roundId: 'r1', studentId: 's1', deadline: DEADLINE } },
      { recipient: { platform: 'teams', userId: 'teams-s2' }, notification: { kind: 'wish-reminder', roundId: 'r1', studentId: 's2', deadline: DEADLINE } },
    ]);
    expect(await sendQueued(store, notifier)).toMatchObject({ sent: 0 });
    expect(calls).toHaveLength(2);
  });

  it('queues nothing before the first moment', async () => {
    const store = twoStudents();
    expect(await runReminders({ store, now: at(beforeDeadline(73)) })).toEqual({ queued: 0, unreachable: 0 });
    expect(await keys(store)).toEqual([]);
  });

  it('queues once per moment across repeated passes and restarts: 72h, then 24h, then nothing more', async () => {
    const store = twoStudents();
    for (const hours of [72, 60, 48, 24, 12, 1]) await runReminders({ store, now: at(beforeDeadline(hours)) });
    expect(await keys(store)).toEqual(['wish-reminder:r1:s1:24h', 'wish-reminder:r1:s1:72h', 'wish-reminder:r1:s2:24h', 'wish-reminder:r1:s2:72h']);
    expect(await runReminders({ store, now: at(beforeDeadline(2)) })).toEqual({ queued: 0, unreachable: 0 });
  });

  it('catches up after downtime with only the latest moment', async () => {
    const store = twoStudents();
    await runReminders({ store, now: at(beforeDeadline(10)) });
    await runReminders({ store, now: at(beforeDeadline(9)) });
    expect(await keys(store)).toEqual(['wish-reminder:r1:s1:24h', 'wish-reminder:r1:s2:24h']);
  });

  it('queues nothing after the deadline, for a closed round, or for confirmed and own-placement students', async () => {
    const store = memoryStore(reachable(makeData([makeRound(), makeRound({ id: 'r2', status: 'closed' })], [
      makeStudent('s1', { intakeStatus: 'confirmed' }), makeStudent('s2', { intakeStatus: 'own-placement' }), makeStudent('s3', { roundId: 'r2' }),
    ])));
    await runReminders({ store, now: at(beforeDeadline(24)) });
    const late = twoStudents();
    await runReminders({ store: late, now: at(beforeDeadline(0)) });
    expect([...await keys(store), ...await keys(late)]).toEqual([]);
  });

  it('skips a student without an identity; one Koppel cannot write to yet gets the current moment once they can be', async () => {
    const data = reachable(makeData([makeRound()], [makeStudent('s1', { identities: [] }), makeStudent('s2')]));
    data.students.s3 = makeStudent('s3');
    const store = memoryStore(data);
    expect(await runReminders({ store, now: at(beforeDeadline(24)) })).toEqual({ queued: 1, unreachable: 1 });
    expect(await runReminders({ store, now: at(beforeDeadline(23)) })).toEqual({ queued: 0, unreachable: 1 });
    await store.update(EVERYTHING, (draft) => conversationFor(draft, 'teams-s3'));
    expect(await runReminders({ store, now: at(beforeDeadline(22)) })).toEqual({ queued: 1, unreachable: 0 });
    expect(await keys(store)).toEqual(['wish-reminder:r1:s2:24h', 'wish-reminder:r1:s3:24h']);
  });

  it('does not retry a reminder that failed for that moment (no conversation, failed, a throw); the next moment tries again', async () => {
    const store = memoryStore(reachable(makeData([makeRound()], [makeStudent('s1'), makeStudent('s2'), makeStudent('s3')])));
    const answers = [async () => 'no-conversation' as const, async () => 'failed' as const, async () => { throw new Error('Teams said no to Fatima'); }];
    const first = fakeNotifier((_call, i) => answers[i]());
    await runReminders({ store, now: at(beforeDeadline(24)) });
    expect(await sendQueued(store, first.notifier)).toMatchObject({ sent: 0, failed: 3 });
    const errors = Object.values((await store.read(EVERYTHING)).outbox).map((e) => `${e.status}:${e.lastError}`);
    expect(errors).toEqual(['failed:no-conversation', 'failed:unknown-outcome:notify-failed', 'failed:transport-threw']);
    expect(JSON.stringify(await store.read(EVERYTHING))).not.toContain('Fatima');

    const later = fakeNotifier();
    for (const hours of [23, 12, 1]) {
      expect(await runReminders({ store, now: at(beforeDeadline(hours)) })).toEqual({ queued: 0, unreachable: 0 });
      await sendQueued(store, later.notifier);
    }
    expect(later.calls).toEqual([]);
    expect(await runReminders({ store, now: at(beforeDeadline(5)), moments: [72, 24, 6] })).toEqual({ queued: 3, unreachable: 0 });
  });

  it('does not queue a reminder a file from before the outbox recorded as sent', async () => {
    const data = reachable(makeData([makeRound()], [makeStudent('s1'), makeStudent('s2')]));
    data.sentNotifications['wish-reminder:r1:s1:24h'] = { at: beforeDeadline(24).toISOString(), result: 'sent' };
    data.sentNotifications['wish-reminder:r1:s2:24h'] = { at: beforeDeadline(24).toISOString(), result: 'no-conversation' };
    const store = memoryStore(data);
    expect(await runReminders({ store, now: at(beforeDeadline(20)) })).toEqual({ queued: 0, unreachable: 0 });
  });

  it('two passes on the same store at once queue each reminder once', async () => {
    const store = twoStudents();
    const now = at(beforeDeadline(24));
    const [a, b] = await Promise.all([runReminders({ store, now }), runReminders({ store, now })]);
    expect(a.queued + b.queued).toBe(2);
    expect(await keys(store)).toEqual(['wish-reminder:r1:s1:24h', 'wish-reminder:r1:s2:24h']);
  });

  it('plans again in the unit of work: a student who confirms after the read is not queued, one imported is', async () => {
    const inner = twoStudents();
    let reads = 0;
    const racing: KoppelStore = {
      pruneAudit: (before, summary) => inner.pruneAudit(before, summary),
      insertNew: (collection, id, record, options) => inner.insertNew(collection, id, record, options),
      close: () => inner.close(),
      read: async (scope) => {
        const view = await inner.read(scope);
        // Right after the pass has read the round's students.
        if (++reads === 2) {
          await inner.update(EVERYTHING, (draft) => {
            draft.students.s2.intakeStatus = 'confirmed';
            draft.students.s3 = makeStudent('s3');
            conversationFor(draft, 'teams-s3');
          });
        }
        return view;
      },
      update: (scope, change) => inner.update(scope, change),
    };
    expect(await runReminders({ store: racing, now: at(beforeDeadline(24)) })).toEqual({ queued: 2, unreachable: 0 });
    expect(await keys(inner)).toEqual(['wish-reminder:r1:s1:24h', 'wish-reminder:r1:s3:24h']);
  });

  it('logs ids, moments and counts, never names', async () => {
    const store = memoryStore(reachable(makeData([makeRound()], [makeStudent('s1', { displayName: 'Fatima de Vries' })])));
    const lines: Array<[string, object]> = [];
    await runReminders({ store, now: at(beforeDeadline(24)), log: (event, fields) => lines.push([event, fields]) });
    expect(lines).toEqual([['reminders.queued', { roundId: 'r1', moment: 24, queued: 1, unreachable: 0 }]]);
  });

  it('stops before the next round when its signal aborts', async () => {
    const store = memoryStore(reachable(makeData([makeRound(), makeRound({ id: 'r2' })], [makeStudent('s1'), makeStudent('s2', { roundId: 'r2' })])));
    const stop = new AbortController();
    await runReminders({ store, now: at(beforeDeadline(24)), signal: stop.signal, log: () => stop.abort() });
    expect(await keys(store)).toEqual(['wish-reminder:r1:s1:24h']);
  });
});
