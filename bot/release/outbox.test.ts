import { describe, expect, it } from 'vitest';
import { enqueue, releaseEntriesOf, releaseProgress, retryFailed } from './outbox.js';
import { releaseOverview } from './release-overview.js';
import { Round } from '../domain/round.js';
import { entryOf, memoryStore, planned, plannedRound, T0 } from './testing/release-test-support.js';
import { EVERYTHING } from '../store/index.js';

const now = new Date(T0);

describe('enqueue', () => {
  it('writes each planned message once, as pending, and never rewrites an existing key', async () => {
    const store = memoryStore();
    const plan = plannedRound(3, 2, 1);
    expect(await enqueue(store, plan, now)).toEqual({ added: 9, existing: 0, conflicts: [] });
    const key = plan[3].key;
    await store.update(EVERYTHING, (draft) => {
      Object.assign(draft.outbox[key], { status: 'sent', attempts: 1, activityId: 'act-9' });
    });

    expect(await enqueue(store, plan, new Date(T0 + 60_000))).toEqual({ added: 0, existing: 9, conflicts: [] });
    const data = await store.read(EVERYTHING);
    expect(Object.keys(data.outbox)).toHaveLength(9);
    expect(entryOf(data, key)).toMatchObject({ status: 'sent', attempts: 1, activityId: 'act-9' });
    expect(entryOf(data, plan[0].key)).toMatchObject({ status: 'pending', attempts: 0, createdAt: now.toISOString(), activityId: 'card-stu0' });
  });

  it('reports a key planned for another recipient or kind as a conflict and keeps the stored one', async () => {
    const store = memoryStore();
    const original = planned('company-result', 'cmp1');
    await enqueue(store, [original], now);
    const clash = { ...original, kind: 'coordinator-summary' as const };
    expect(await enqueue(store, [clash], now)).toEqual({ added: 0, existing: 0, conflicts: [original.key] });
    expect(entryOf(await store.read(EVERYTHING), original.key).kind).toBe('company-result');
  });
});

describe('releaseProgress and retryFailed', () => {
  async function storeWithOutcomes() {
    const store = memoryStore();
    const plan = [...plannedRound(2, 1), planned('student-result-notice', 'other', 'r2')];
    await enqueue(store, plan, now);
    await store.update(EVERYTHING, (draft) => {
      Object.assign(draft.outbox[plan[0].key], { status: 'sent', attempts: 1 });
      Object.assign(draft.outbox[plan[1].key], { status: 'sending', attempts: 1 });
      Object.assign(draft.outbox[plan[2].key], { status: 'failed', attempts: 8, lastError: 'http-403' });
      Object.assign(draft.outbox[plan[4].key], { status: 'failed', attempts: 1, lastError: 'unknown-after-restart' });
      Object.assign(draft.outbox[plan[5].key], { status: 'failed', attempts: 1, lastError: 'http-404' });
    });
    return { store, plan };
  }

  it('counts one round by status and kind, and lists its failures by key', async () => {
    const { store, plan } = await storeWithOutcomes();
    const progress = releaseProgress(await store.read(EVERYTHING), 'r1');
    expect(progress).toMatchObject({ pending: 1, sending: 1, sent: 1, failed: 2 });
    expect(progress.byKind['student-result-card']).toEqual({ pending: 0, sending: 1, sent: 1, failed: 0 });
    expect(progress.byKind['student-result-notice']).toEqual({ pending: 1, sending: 0, sent: 0, failed: 1 });
    expect(progress.byKind['company-result']).toEqual({ pending: 0, sending: 0, sent: 0, failed: 1 });
    expect(progress.failures).toEqual([
      { key: plan[2].key, lastError: 'http-403' },
      { key: plan[4].key, lastError: 'unknown-after-restart' },
    ]);
  });

  it('puts the failed entries of the round back to pending with fresh attempts, or only the keys given', async () => {
    const { store, plan } = await storeWithOutcomes();
    expect(await retryFailed(store, 'r1', now, [plan[4].key])).toBe(1);
    expect(entryOf(await store.read(EVERYTHING), plan[2].key).status).toBe('failed');
    expect(await retryFailed(store, 'r1', now)).toBe(1);
    const data = await store.read(EVERYTHING);
    expect(entryOf(data, plan[2].key)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(entryOf(data, plan[4].key)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(entryOf(data, plan[5].key).status).toBe('failed');
    expect(releaseProgress(data, 'r1').failed).toBe(0);
  });

  it('leaves notifications of the round out of the release card\'s figures, failures and retry', async () => {
    const { store } = await storeWithOutcomes();
    const before = await store.read(EVERYTHING);
    await store.update(EVERYTHING, (draft) => {
      draft.rounds.r1 = Round.parse({
        id: 'r1', name: 'Zorg', programmeCodes: ['90001'], mechanism: 'school', status: 'released', wishesDeadline: '2027-01-10T17:00:00+01:00',
        offersDeadline: '2027-01-12T17:00:00+01:00', releaseAt: '2027-01-15T09:00:00+01:00', internshipStart: '2027-02-15', seed: 's', createdBy: 'c', createdAt: '2026-11-22T10:00:00Z',
      });
      const notice = (kind: 'round-opened' | 'wish-reminder', person: string, status: 'sent' | 'failed' | 'pending') => {
        const notification = kind === 'round-opened'
          ? { kind, roundId: 'r1', studentId: person }
          : { kind, roundId: 'r1', studentId: person, deadline: '2027-01-10T17:00:00+01:00' };
        draft.outbox[`${kind}:r1:${person}`] = {
          key: `${kind}:r1:${person}`, roundId: 'r1', kind, recipient: { platform: 'teams', userId: `29:${person}` }, subjectIds: [person], notification,
          status, attempts: 1, createdAt: now.toISOString(), ...(status === 'failed' ? { lastError: 'no-conversation' } : {}),
        };
      };
      notice('round-opened', 'stu0', 'sent');
      notice('round-opened', 'stu1', 'failed');
      notice('wish-reminder', 'stu1', 'pending');
    });
    const after = await store.read(EVERYTHING);
    expect(releaseProgress(after, 'r1')).toEqual(releaseProgress(before, 'r1'));
    const overview = releaseOverview(after, 'r1');
    expect(overview?.byKind).toEqual(releaseProgress(before, 'r1').byKind);
    expect(Object.keys(overview?.byKind ?? {})).toEqual(['student-result-card', 'student-result-notice', 'company-result', 'coordinator-summary']);
    expect(overview?.failures.map((f) => f.kind)).toEqual(['company-result', 'student-result-notice']);
    expect(await retryFailed(store, 'r1', now)).toBe(2);
    expect(entryOf(await store.read(EVERYTHING), 'round-opened:r1:stu1').status).toBe('failed');
    // Planning and following a release reads the round's release entries only, never its welcomes and reminders.
    const released = Object.values((await store.read({ outbox: releaseEntriesOf('r1') })).outbox);
    expect(released.length).toBe(Object.values(before.outbox).filter((e) => e.roundId === 'r1').length);
    expect(released.every((e) => !e.key.startsWith('round-opened') && !e.key.startsWith('wish-reminder'))).toBe(true);
  });
});
