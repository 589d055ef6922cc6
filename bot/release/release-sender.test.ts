import { describe, expect, it } from 'vitest';
import { enqueue, releaseProgress, type PlannedMessage } from './outbox.js';
import { runOutbox, type RunOutboxDeps } from './release-sender.js';
import { entryOf, memoryStore, planned, plannedRound, scriptedTransport, T0, virtualClock, type Script, type TransportCall } from './testing/release-test-support.js';
import { EVERYTHING, type KoppelStore } from '../store/index.js';

async function release(plan: PlannedMessage[], script?: Script, options: Partial<RunOutboxDeps> = {}) {
  const clock = virtualClock();
  const store = options.store ?? memoryStore();
  await enqueue(store, plan, clock.now());
  const fake = scriptedTransport(clock, script);
  const result = await runOutbox({ store, transport: fake.transport, now: clock.now, sleep: clock.sleep, random: () => 0.5, ...options });
  return { ...fake, clock, store, result, data: await store.read(EVERYTHING) };
}

/** The most calls in any window [t, t + 1 s) starting at a call. */
function busiestSecond(calls: TransportCall[]): number {
  const times = calls.map((c) => c.at).sort((a, b) => a - b);
  return Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length));
}

describe('runOutbox', () => {
  it('sends in strict phases: every student message settled before any company, companies before coordinators', async () => {
    const plan = plannedRound(6, 4, 2);
    const stubborn = plan[7].key;
    const { calls, result } = await release(plan, (entry, attempt) =>
      entry.key === stubborn && attempt < 3 ? { ok: false, retryable: true, error: 'http-502' } : { ok: true, activityId: `a-${entry.key}` },
    );
    const kinds = calls.map((c) => c.kind);
    const lastStudent = Math.max(kinds.lastIndexOf('student-result-card'), kinds.lastIndexOf('student-result-notice'));
    expect(lastStudent).toBeLessThan(kinds.indexOf('company-result'));
    expect(kinds.lastIndexOf('company-result')).toBeLessThan(kinds.indexOf('coordinator-summary'));
    expect(kinds.lastIndexOf('student-result-card')).toBeLessThan(kinds.indexOf('student-result-notice'));
    expect(result).toEqual({ sent: 18, failed: 0, retries: 2, duplicatesAvoided: 0 });
  });

  it('writes the claim (sending, attempts + 1) before the message is sent, and sent with its id after', async () => {
    const store = memoryStore();
    const seen: string[] = [];
    const { data } = await release([planned('company-result', 'cmp1')], async (entry) => {
      const stored = entryOf(await store.read(EVERYTHING), entry.key);
      seen.push(`${stored.status}:${stored.attempts}`);
      return { ok: true, activityId: 'act-77' };
    }, { store });
    expect(seen).toEqual(['sending:1']);
    expect(Object.values(data.outbox)[0]).toMatchObject({ status: 'sent', activityId: 'act-77', sentAt: new Date(T0).toISOString() });
  });

  it('stays under the global rate in every second of the release', async () => {
    const { calls, clock, result } = await release(plannedRound(60), undefined, { rateLimit: { perSecond: 10, concurrency: 8 } });
    expect(result.sent).toBe(120);
    expect(busiestSecond(calls)).toBe(10);
    expect(clock.ms() - T0).toBeGreaterThanOrEqual(11_000);
  });

  it('stays under the rate per conversation', async () => {
    const plan = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'].map((round) => planned('company-result', 'cmp1', round));
    const { calls, result } = await release(plan, undefined, { rateLimit: { perSecond: 40, perConversationPerSecond: 2 } });
    expect(result.sent).toBe(6);
    expect(busiestSecond(calls)).toBe(2);
  });

  it('waits at least the Retry-After of a 429 before trying again', async () => {
    const plan = [planned('student-result-notice', 'stu1')];
    const { callsFor, result, data } = await release(plan, (_entry, attempt) =>
      attempt === 1 ? { ok: false, retryable: true, retryAfterMs: 5000, error: 'http-429' } : { ok: true, activityId: 'n1' },
    { random: () => 0 });
    const [first, second] = callsFor(plan[0].key);
    expect(second.at - first.at).toBeGreaterThanOrEqual(5000);
    expect(result).toMatchObject({ sent: 1, retries: 1 });
    expect(entryOf(data, plan[0].key)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('retries a 5xx with growing backoff until it succeeds', async () => {
    const plan = [planned('company-result', 'cmp1')];
    const { callsFor, result } = await release(plan, (_entry, attempt) =>
      attempt <= 3 ? { ok: false, retryable: true, error: attempt === 2 ? 'http-504' : 'http-502' } : { ok: true },
    { random: () => 0.999 });
    const times = callsFor(plan[0].key).map((c) => c.at);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    // Full jitter under a ceiling of 500 ms, doubling per attempt.
    expect(gaps.map((g) => Math.round(g / 100) * 100)).toEqual([500, 1000, 2000]);
    expect(result).toMatchObject({ sent: 1, failed: 0, retries: 3 });
  });

  it('fails a non-retryable answer at once with its reason', async () => {
    const plan = [planned('company-result', 'cmp1'), planned('company-result', 'cmp2')];
    const { callsFor, result, data } = await release(plan, (entry) =>
      entry.key === plan[0].key ? { ok: false, retryable: false, error: 'http-403 Forbidden: Jan de Vries' } : { ok: true },
    );
    expect(callsFor(plan[0].key)).toHaveLength(1);
    expect(result).toMatchObject({ sent: 1, failed: 1, retries: 0 });
    expect(releaseProgress(data, 'r1').failures).toEqual([{ key: plan[0].key, lastError: 'http-403' }]);
  });

  it('gives up after maxAttempts', async () => {
    const plan = [planned('coordinator-summary', 'coord1')];
    const { callsFor, result, data } = await release(plan, () => ({ ok: false, retryable: true, error: 'http-502' }), { maxAttempts: 3 });
    expect(callsFor(plan[0].key)).toHaveLength(3);
    expect(result).toMatchObject({ sent: 0, failed: 1, retries: 2 });
    expect(entryOf(data, plan[0].key)).toMatchObject({ status: 'failed', attempts: 3, lastError: 'too-many-attempts:http-502' });
  });

  it('treats a throwing transport as an unknown outcome: a card is retried, a notice is not', async () => {
    const plan = [planned('student-result-card', 'stu1'), planned('student-result-notice', 'stu1')];
    const { callsFor, data } = await release(plan, (_entry, attempt) => {
      if (attempt === 1) throw new Error('socket hang up');
      return { ok: true };
    });
    expect(callsFor(plan[0].key)).toHaveLength(2);
    expect(callsFor(plan[1].key)).toHaveLength(1);
    expect(entryOf(data, plan[1].key)).toMatchObject({ status: 'failed', lastError: 'transport-threw' });
  });

  it('writes outcomes and claims in batches, not one store write per message', async () => {
    const store = memoryStore();
    let writes = 0;
    const counting: KoppelStore = { close: () => store.close(), pruneAudit: (before, summary) => store.pruneAudit(before, summary), insertNew: (collection, id, record, options) => store.insertNew(collection, id, record, options), read: (scope) => store.read(scope), update: (scope, change) => ((writes += 1), store.update(scope, change)) };
    const { result } = await release(plannedRound(100), undefined, { store: counting, rateLimit: { perSecond: 40 } });
    expect(result.sent).toBe(200);
    expect(writes).toBeLessThan(40);
  });

  it('refuses a second run on the same store while one is running', async () => {
    const clock = virtualClock();
    const store = memoryStore();
    await enqueue(store, [planned('company-result', 'cmp1')], clock.now());
    let release1: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release1 = resolve));
    const slow = scriptedTransport(clock, async () => (await gate, { ok: true }));
    const first = runOutbox({ store, transport: slow.transport, now: clock.now, sleep: clock.sleep });
    await expect(runOutbox({ store, transport: slow.transport, now: clock.now, sleep: clock.sleep })).rejects.toThrow(/already running/);
    release1();
    expect((await first).sent).toBe(1);
  });
});
