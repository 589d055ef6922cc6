import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startReminderSchedule } from './reminder-runner.js';
import { beforeDeadline, deferred, fakeNotifier, makeData, makeRound, makeStudent, memoryStore } from './reminder-test-support.js';
import { EVERYTHING, type KoppelStore } from '../store/index.js';

const INTERVAL = 60_000;
const twoStudents = () => memoryStore(makeData([makeRound()], [makeStudent('s1'), makeStudent('s2')]));

// Fake timers drive the interval; the reminder clock is injected separately and moved by hand.
describe('startReminderSchedule', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once at start and then every interval, each moment once', async () => {
    let now = beforeDeadline(72);
    const { notifier, calls } = fakeNotifier();
    const schedule = startReminderSchedule({ store: twoStudents(), notifier, now: () => now, intervalMs: INTERVAL });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3 * INTERVAL);
    expect(calls).toHaveLength(2);
    now = beforeDeadline(24);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(calls.map((c) => c.notification.studentId)).toEqual(['s1', 's2', 's1', 's2']);
    await schedule.stop();
  });

  it('skips ticks while a pass runs, so passes never overlap', async () => {
    const release = deferred();
    let active = 0;
    let maxActive = 0;
    const { notifier, calls } = fakeNotifier(async () => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      await release.promise;
      active -= 1;
      return 'sent';
    });
    const events: string[] = [];
    const schedule = startReminderSchedule({
      store: twoStudents(), notifier, now: () => beforeDeadline(24), intervalMs: INTERVAL, log: (event) => events.push(event),
    });
    await vi.advanceTimersByTimeAsync(3 * INTERVAL);
    expect(calls).toHaveLength(1);
    expect(events.filter((e) => e === 'reminders.tick-skipped')).toHaveLength(3);
    release.resolve();
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(calls).toHaveLength(2);
    expect(maxActive).toBe(1);
    await schedule.stop();
  });

  it('stop() waits for the reminder in hand, ends the pass there, and no tick runs afterwards', async () => {
    const release = deferred();
    const { notifier, calls } = fakeNotifier(async () => {
      await release.promise;
      return 'sent';
    });
    const store = twoStudents();
    const schedule = startReminderSchedule({ store, notifier, now: () => beforeDeadline(24), intervalMs: INTERVAL });
    await vi.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = schedule.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    release.resolve();
    await stopping;
    expect(calls).toHaveLength(1);
    expect(Object.keys((await store.read(EVERYTHING)).sentNotifications)).toEqual(['wish-reminder:r1:s1:24h']);
    await vi.advanceTimersByTimeAsync(5 * INTERVAL);
    expect(calls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('logs a failed pass by error name and tries again on the next tick', async () => {
    const store = twoStudents();
    let reads = 0;
    const flaky: KoppelStore = {
      close: () => store.close(),
      read: (scope) => (++reads === 1 ? Promise.reject(new Error('disk gone for Fatima')) : store.read(scope)),
      update: (scope, change) => store.update(scope, change),
    };
    const lines: string[] = [];
    const { notifier, calls } = fakeNotifier();
    const schedule = startReminderSchedule({
      store: flaky, notifier, now: () => beforeDeadline(24), intervalMs: INTERVAL, log: (event, fields) => lines.push(JSON.stringify({ event, ...fields })),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(lines).toEqual([JSON.stringify({ event: 'reminders.pass-failed', error: 'Error' })]);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(calls).toHaveLength(2);
    await schedule.stop();
  });

  it('does not keep the process alive and defaults to a five-minute interval', async () => {
    const spy = vi.spyOn(globalThis, 'setInterval');
    const schedule = startReminderSchedule({ store: twoStudents(), notifier: fakeNotifier().notifier, now: () => beforeDeadline(100) });
    expect(spy).toHaveBeenCalledWith(expect.any(Function), 5 * 60_000);
    const timer = spy.mock.results[0].value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    spy.mockRestore();
    await schedule.stop();
  });

  it('refuses an interval that is not a positive number of ms', () => {
    const deps = { store: twoStudents(), notifier: fakeNotifier().notifier, now: () => beforeDeadline(24) };
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
      const schedule = startReminderSchedule({ store, notifier: { notify: async () => 'sent' }, now: () => new Date('2027-01-01T10:00:00Z'), intervalMs: 1000, alsoRun: [async () => { runs.push(Date.now()); }] });
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
