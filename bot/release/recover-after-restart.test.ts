import { describe, expect, it } from 'vitest';
import { UNKNOWN_AFTER_RESTART } from './outbox-claims.js';
import { enqueue, releaseProgress } from './outbox.js';
import { recoverAfterRestart, runOutbox } from './release-sender.js';
import { entryOf, memoryStore, planned, scriptedTransport, T0, virtualClock } from './testing/release-test-support.js';
import { EVERYTHING } from '../store/index.js';

// What a crash leaves behind: entries claimed ('sending') whose outcome nobody knows.
async function storeAfterCrash() {
  const store = memoryStore();
  const plan = [
    planned('student-result-card', 'stu1'), planned('student-result-notice', 'stu1'), planned('company-result', 'cmp1'),
    planned('coordinator-summary', 'coord1'), planned('student-result-card', 'stu2'), planned('student-result-notice', 'stu2'),
  ];
  await enqueue(store, plan, new Date(T0));
  await store.update(EVERYTHING, (draft) => {
    for (const p of plan.slice(0, 4)) Object.assign(draft.outbox[p.key], { status: 'sending', attempts: 1 });
    Object.assign(draft.outbox[plan[4].key], { status: 'sent', attempts: 1, sentAt: new Date(T0).toISOString() });
  });
  return { store, plan };
}

describe('recoverAfterRestart', () => {
  it('sends an interrupted card update again but marks interrupted new messages for review', async () => {
    const { store, plan } = await storeAfterCrash();
    expect(await recoverAfterRestart(store, new Date(T0 + 1000))).toEqual({ requeued: 1, markedForReview: 3 });
    const data = await store.read(EVERYTHING);
    expect(entryOf(data, plan[0].key)).toMatchObject({ status: 'pending', attempts: 1 });
    for (const p of plan.slice(1, 4)) expect(entryOf(data, p.key)).toMatchObject({ status: 'failed', lastError: UNKNOWN_AFTER_RESTART });
    expect(entryOf(data, plan[4].key).status).toBe('sent');
    expect(entryOf(data, plan[5].key).status).toBe('pending');
    expect(await recoverAfterRestart(store, new Date(T0 + 2000))).toEqual({ requeued: 0, markedForReview: 0 });
  });

  it('runs at the start of runOutbox, which then sends only what cannot be a duplicate', async () => {
    const { store, plan } = await storeAfterCrash();
    const clock = virtualClock();
    const fake = scriptedTransport(clock);
    const result = await runOutbox({ store, transport: fake.transport, now: clock.now, sleep: clock.sleep });
    expect(fake.calls.map((c) => c.key).sort()).toEqual([plan[0].key, plan[5].key].sort());
    expect(result).toEqual({ sent: 2, failed: 0, retries: 0, duplicatesAvoided: 3 });
    const progress = releaseProgress(await store.read(EVERYTHING), 'r1');
    expect(progress).toMatchObject({ pending: 0, sending: 0, sent: 3, failed: 3 });
    expect(progress.failures.map((f) => f.lastError)).toEqual([UNKNOWN_AFTER_RESTART, UNKNOWN_AFTER_RESTART, UNKNOWN_AFTER_RESTART]);
  });

  it('fails a card interrupted on its last allowed attempt instead of trying forever', async () => {
    const store = memoryStore();
    const card = planned('student-result-card', 'stu1');
    await enqueue(store, [card], new Date(T0));
    await store.update(EVERYTHING, (draft) => void Object.assign(draft.outbox[card.key], { status: 'sending', attempts: 3 }));
    const clock = virtualClock();
    const fake = scriptedTransport(clock);
    const result = await runOutbox({ store, transport: fake.transport, now: clock.now, sleep: clock.sleep, maxAttempts: 3 });
    expect(fake.calls).toHaveLength(0);
    expect(result.failed).toBe(1);
    expect(entryOf(await store.read(EVERYTHING), card.key)).toMatchObject({ status: 'failed', lastError: 'too-many-attempts:interrupted' });
  });
});
