import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startReminderSchedule } from './reminder-runner.js';
import { conversationFor } from '../outbox/testing/outbox-test-support.js';
import { beforeDeadline, deferred, makeData, makeRound, makeStudent, memoryStore, type Deferred } from './testing/reminder-test-support.js';
import { EVERYTHING, type KoppelStore } from '../store/index.js';

const INTERVAL = 60_000;
const twoStudents = () => {
  const data = makeData([makeRound()], [makeStudent('s1'), makeStudent('s2')]);
  for (const id of ['s1', 's2']) conversationFor(data, `teams-${id}`);
  return memoryStore(data);
};
const queued = async (store: KoppelStore) => Object.keys((await store.read(EVERYTHING)).outbox).sort();

/** A store whose reads wait for `gate` while it is closed, counting how many wait at once. */
function gatedStore(store: KoppelStore) {
  let gate: Deferred | undefined;
  let active = 0;
  let maxActive = 0;
  const gated: KoppelStore = {
    pruneAudit: (before, summary) => store.pruneAudit(before, summary),
    insertNew: (collection, id, record, options) => store.insertNew(collection, id, record, options),
    close: () => store.close(),
    read: async (scope) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      await gate?.promise;
      active -= 1;
      return store.read(scope);
    },
    update: (scope, change) => store.update(scope, change),
  };
  return { gated, close: () => { gate = deferred(); return gate; }, maxActive: () => maxActive };
}

// Fake timers drive the interval; the reminder clock is injected separately and moved by hand.
describe('startReminderSchedule', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once at start and then every interval, each moment once, and wakes the sender when it queued', async () => {
    let now = beforeDeadline(72);
    let woken = 0;
    const store = twoStudents();
    const schedule = startReminderSchedule({ store, notifier: { queued: () => { woken += 1; } }, now: () => now, intervalMs: INTERVAL });
    await vi.advanceTimersByTimeAsync(0);
    expect(await queued(store)).toEqual(['wish-reminder:r1:s1:72h', 'wish-reminder:r1:s2:72h']);
    await vi.advanceTimersByTimeAsync(3 * INTERVAL);
    expect(woken).toBe(1);
    now = beforeDeadline(24);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(await queued(store)).toEqual(['wish-reminder:r1:s1:24h', 'wish-reminder:r1:s1:72h', 'wish-reminder:r1:s2:24h', 'wish-reminder:r1:s2:72h']);
    expect(woken).toBe(2);
    await schedule.stop();
  });

  it('skips ticks while a pass runs, so passes never overlap', async () => {
    const store = gatedStore(twoStudents());
    const gate = store.close();
    const events: string[] = [];
    const schedule = startReminderSchedule({ store: store.gated, now: () => beforeDeadline(24), intervalMs: INTERVAL, log: (event) => events.push(event) });
    await vi.advanceTimersByTimeAsync(3 * INTERVAL);
    expect(events.filter((e) => e === 'reminders.tick-skipped')).toHaveLength(3);
    gate.resolve();
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(await queued(store.gated)).toHaveLength(2);
    expect(store.maxActive()).toBe(1);
    await schedule.stop();
  });

  it('stop() waits for the pass in hand, and no tick runs afterwards', async () => {
    const store = gatedStore(twoStudents());
    const gate = store.close();
    const schedule = startReminderSchedule({ store: store.gated, now: () => beforeDeadline(24), intervalMs: INTERVAL });
    await vi.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = schedule.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    gate.resolve();
    await stopping;
    // The pass read its rounds before the stop; it ends before the first round.
    expect(await queued(store.gated)).toEqual([]);
    await vi.advanceTimersByTimeAsync(5 * INTERVAL);
    expect(await queued(store.gated)).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('logs a failed pass by error name and tries again on the next tick', async () => {
    const store = twoStudents();
    let reads = 0;
    const flaky: KoppelStore = {
      pruneAudit: (before, summary) => store.pruneAudit(before, summary),
      insertNew: (collection, id, record, options) => store.insertNew(collection, id, record, options),
      close: () => store.close(),
      read: (scope) => (++reads === 1 ? Promise.reject(new Error('disk gone for Fatima')) : store.read(scope)),
      update: (scope, change) => store.update(scope, change),
    };
    const lines: string[] = [];
    const schedule = startReminderSchedule({
      store: flaky, now: () => beforeDeadline(24), intervalMs: INTERVAL, log: (event, fields) => lines.push(JSON.stringify({ event, ...fields })),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(lines).toEqual([JSON.stringify({ event: 'reminders.pass-failed', error: 'Error' })]);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(await queued(store)).toHaveLength(2);
    await schedule.stop();
  });

  it('does not keep the process alive and defaults to a five-minute interval', async () => {
    const spy = vi.spyOn(globalThis, 'setInterval');
    const schedule = startReminderSchedule({ store: twoStudents(), now: () => beforeDeadline(100) });
    expect(spy).toHaveBeenCalledWith(expect.any(Function), 5 * 60_000);
    const timer = spy.mock.results[0].value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    spy.mockRestore();
    await schedule.stop();
  });

  it('refuses an interval that is not a positive number of ms', () => {
    const deps = { store: twoStudents(), now: () => beforeDeadline(24) };
    expect(() => startReminderSchedule({ ...deps, intervalMs: 0 })).toThrow(RangeError);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('other reminder passes on the same schedule', () => {
  it('runs them in the same tick after the students\' pass, and not after stop()', async () => {
    vi.useFakeTimers();
    try {
      const store = memoryStore(makeData([], []));
      const runs: number[] = [];
      const schedule = startReminderSchedule({ store, now: () => new Date('2027-01-01T10:00:00Z'), intervalMs: 1000, alsoRun: [async () => { runs.push(Date.now()); }] });
      await vi.advanceTimersByTimeAsync(2500);
      await schedule.stop();
      const afterStop = runs.length;
      await vi.advanceTimersByTimeAsync(5000);
      expect(afterStop).toBe(3);
      expect(runs).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
