import { afterEach, describe, expect, it } from 'vitest';
import { releasedRound } from '../testing/round-builders.js';
import { emptyKoppelData } from '../koppel-data.js';
import { EVERYTHING, openMemoryKoppelStore } from '../store/index.js';
import { startReleaseRunner, type ReleaseRunner } from './release-runner.js';
import { enqueue } from './outbox.js';
import { runOutbox } from './release-sender.js';
import { LeaseLostError, takeLease, takeLeaseNow } from './sender-lease.js';
import { plannedRound, scriptedTransport, T0, virtualClock } from './testing/release-test-support.js';

const LEASE_MS = 15_000;
const lease = (owner: string) => ({ name: 'outbox-sender', owner, leaseMs: LEASE_MS });

describe('the sender lease', () => {
  it('goes to the first taker, is renewed by its holder, and is free again once it runs out', () => {
    const draft = emptyKoppelData();
    const at = (ms: number) => new Date(T0 + ms);
    expect(takeLease(draft, 'outbox-sender', 'a', at(0), LEASE_MS)).toBe('acquired');
    expect(takeLease(draft, 'outbox-sender', 'b', at(1000), LEASE_MS)).toBe('held-by-other');
    expect(takeLease(draft, 'outbox-sender', 'a', at(10_000), LEASE_MS)).toBe('renewed');
    // Renewed at 10 s, so still held at 20 s; free at 25 s.
    expect(takeLease(draft, 'outbox-sender', 'b', at(20_000), LEASE_MS)).toBe('held-by-other');
    expect(takeLease(draft, 'outbox-sender', 'b', at(25_000), LEASE_MS)).toBe('acquired');
    expect(draft.leases['outbox-sender']).toEqual({ owner: 'b', until: at(40_000).toISOString() });
  });

  it('stops a sender that lost it before it claims anything more', async () => {
    const store = openMemoryKoppelStore();
    await enqueue(store, plannedRound(3), new Date(T0));
    const clock = virtualClock();
    await takeLeaseNow(store, 'outbox-sender', 'other', clock.now(), LEASE_MS);
    const { transport, calls } = scriptedTransport(clock);
    await expect(runOutbox({ store, transport, now: clock.now, sleep: clock.sleep, lease: lease('me') })).rejects.toBeInstanceOf(LeaseLostError);
    expect(calls).toEqual([]);
    const entries = Object.values((await store.read(EVERYTHING)).outbox);
    expect(entries.every((e) => e.status === 'pending' && e.attempts === 0)).toBe(true);
  });
});

describe('release runners in several processes on one store', () => {
  let runners: ReleaseRunner[] = [];
  afterEach(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    runners = [];
  });

  it('let only the lease holder release and send; the other sends nothing', async () => {
    const data = releasedRound('scheduled');
    data.rounds.r1.releaseAt = new Date(T0).toISOString();
    const store = openMemoryKoppelStore(data);
    const clock = virtualClock(T0 + 10);
    const first = scriptedTransport(clock);
    const second = scriptedTransport(clock);
    const common = { store, now: clock.now, sleep: clock.sleep, coordinators: ['coord-1'], intervalMs: 60_000 };
    runners = [
      startReleaseRunner({ ...common, transport: first.transport, lease: lease('instance-1') }),
      startReleaseRunner({ ...common, transport: second.transport, lease: lease('instance-2') }),
    ];
    const [a, b] = await Promise.all(runners.map((r) => r.runDue()));
    expect(a.sent + b.sent).toBeGreaterThan(0);
    expect(first.calls.length === 0 || second.calls.length === 0).toBe(true);
    const keys = [...first.calls, ...second.calls].map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('take over from a holder that died: its cards are sent again, its messages in doubt go to review', async () => {
    const store = openMemoryKoppelStore();
    await enqueue(store, plannedRound(2), new Date(T0));
    const clock = virtualClock();
    // The dead holder had claimed one card and one notice, then stopped renewing.
    await takeLeaseNow(store, 'outbox-sender', 'dead', clock.now(), LEASE_MS);
    await store.update(EVERYTHING, (d) => {
      for (const entry of Object.values(d.outbox).filter((e) => e.subjectIds[0] === 'stu0')) {
        entry.status = 'sending';
        entry.attempts = 1;
      }
    });
    const { transport, calls } = scriptedTransport(clock);
    const runner = startReleaseRunner({ store, transport, now: clock.now, sleep: clock.sleep, coordinators: [], intervalMs: 60_000, lease: lease('survivor') });
    runners = [runner];
    expect((await runner.runDue()).sent).toBe(0);
    await clock.sleep(LEASE_MS);
    const result = await runner.runDue();
    expect(result.duplicatesAvoided).toBe(1);
    const sentKinds = calls.map((c) => `${c.kind}:${c.key.split(':').at(-1)}`).sort();
    expect(sentKinds).toEqual(['student-result-card:stu0', 'student-result-card:stu1', 'student-result-notice:stu1']);
    const notice = Object.values((await store.read(EVERYTHING)).outbox).find((e) => e.kind === 'student-result-notice' && e.subjectIds[0] === 'stu0');
    expect(notice).toMatchObject({ status: 'failed', lastError: 'unknown-after-restart' });
  });
});
