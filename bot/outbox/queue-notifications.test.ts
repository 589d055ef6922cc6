import { describe, expect, it } from 'vitest';
import { OutboxEntry } from '../domain/outbox-entry.js';
import { emptyKoppelData } from '../koppel-data.js';
import { EVERYTHING, openMemoryKoppelStore } from '../store/index.js';
import { conversationFor, sendQueued } from './testing/outbox-test-support.js';
import { queueDraft, queueForCoordinators, queueNotifications, type QueuedNotification } from './queue-notifications.js';

const NOW = new Date('2027-01-04T10:00:00Z');
const welcome = (userId: string, platform: 'teams' | 'slack' = 'teams'): QueuedNotification => ({
  key: `round-opened:r1:${userId}`, recipient: { platform, userId, aadObjectId: 'aad-1' }, notification: { kind: 'round-opened', roundId: 'r1', studentId: 's1' },
});

describe('queueDraft', () => {
  it('queues a message for someone Koppel can write to, ids only, and never rewrites its key', () => {
    const draft = emptyKoppelData();
    conversationFor(draft, 'u1');
    expect(queueDraft(draft, welcome('u1'), NOW, { retryUnreached: true })).toBe('queued');
    expect(OutboxEntry.parse(draft.outbox['round-opened:r1:u1'])).toMatchObject({
      kind: 'round-opened', roundId: 'r1', recipient: { platform: 'teams', userId: 'u1' }, subjectIds: ['s1'], status: 'pending', attempts: 0,
    });
    draft.outbox['round-opened:r1:u1'].status = 'failed';
    draft.outbox['round-opened:r1:u1'].lastError = 'unknown-outcome:notify-failed';
    expect(queueDraft(draft, welcome('u1'), NOW, { retryUnreached: true })).toBe('already-queued');
    expect(draft.outbox['round-opened:r1:u1'].status).toBe('failed');
  });

  it('writes nothing for a Teams user without a conversation; Slack opens a direct message by user id', () => {
    const draft = emptyKoppelData();
    expect(queueDraft(draft, welcome('u1'), NOW, { retryUnreached: true })).toBe('unreachable');
    expect(queueDraft(draft, welcome('U2', 'slack'), NOW, { retryUnreached: true })).toBe('queued');
    expect(Object.keys(draft.outbox)).toEqual(['round-opened:r1:U2']);
  });

  it('queues again only what found no conversation, and only when asked to', () => {
    const draft = emptyKoppelData();
    conversationFor(draft, 'u1');
    queueDraft(draft, welcome('u1'), NOW, { retryUnreached: true });
    Object.assign(draft.outbox['round-opened:r1:u1'], { status: 'failed', attempts: 1, lastError: 'no-conversation' });
    expect(queueDraft(draft, welcome('u1'), NOW, { retryUnreached: false })).toBe('already-queued');
    expect(queueDraft(draft, welcome('u1'), NOW, { retryUnreached: true })).toBe('requeued');
    expect(draft.outbox['round-opened:r1:u1']).toMatchObject({ status: 'pending', attempts: 0, notBefore: NOW.toISOString() });
    expect(draft.outbox['round-opened:r1:u1'].lastError).toBeUndefined();
  });

  it('respects what a file from before the outbox recorded under the key', () => {
    const draft = emptyKoppelData();
    conversationFor(draft, 'u1');
    draft.sentNotifications['round-opened:r1:u1'] = { at: NOW.toISOString(), result: 'sent' };
    expect(queueDraft(draft, welcome('u1'), NOW, { retryUnreached: true })).toBe('already-queued');
    draft.sentNotifications['round-opened:r1:u1'].result = 'no-conversation';
    expect(queueDraft(draft, welcome('u1'), NOW, { retryUnreached: false })).toBe('already-queued');
    expect(queueDraft(draft, welcome('u1'), NOW, { retryUnreached: true })).toBe('queued');
  });
});

describe('queueing in a store', () => {
  it('queues known messages once in one unit of work', async () => {
    const data = emptyKoppelData();
    conversationFor(data, 'u1');
    const store = openMemoryKoppelStore(data);
    expect(await queueNotifications(store, [welcome('u1'), welcome('u2')], NOW)).toEqual({ queued: 1, alreadyQueued: 0, unreachable: 1 });
    expect(await queueNotifications(store, [welcome('u1')], NOW)).toEqual({ queued: 0, alreadyQueued: 1, unreachable: 0 });
  });

  it('queues a report for every coordinator on each platform they use, once per occasion', async () => {
    const data = emptyKoppelData();
    conversationFor(data, 'coord-1');
    conversationFor(data, 'coord-1', 'slack');
    conversationFor(data, 'coord-2');
    const store = openMemoryKoppelStore(data);
    const notification = { kind: 'own-placement-reported' as const, roundId: 'r1', studentId: 's1' };
    expect(await queueForCoordinators(store, ['coord-1', 'coord-2', 'coord-3'], notification, '2027-01-04T10:00:00Z', NOW)).toEqual({ queued: 3, alreadyQueued: 0, unreachable: 1 });
    expect(await queueForCoordinators(store, ['coord-1', 'coord-2', 'coord-3'], notification, '2027-01-04T10:00:00Z', NOW)).toEqual({ queued: 0, alreadyQueued: 3, unreachable: 1 });
    const sent: string[] = [];
    await sendQueued(store, { notify: async (recipient) => (sent.push(`${recipient.platform}:${recipient.userId}`), 'sent') }, NOW);
    expect(sent.sort()).toEqual(['slack:coord-1', 'teams:coord-1', 'teams:coord-2']);
    expect(Object.values((await store.read(EVERYTHING)).outbox).every((e) => e.kind === 'own-placement-reported' && e.status === 'sent')).toBe(true);
  });
});

describe('the stored entry', () => {
  const base = { key: 'k', roundId: 'r1', recipient: { platform: 'teams', userId: 'u1' }, status: 'pending', attempts: 0, createdAt: NOW.toISOString() };

  it('holds a notification for a notification kind only, with ids and a deadline only', () => {
    expect(OutboxEntry.safeParse({ ...base, kind: 'round-opened', notification: { kind: 'round-opened', roundId: 'r1', studentId: 's1' } }).success).toBe(true);
    expect(OutboxEntry.safeParse({ ...base, kind: 'round-opened' }).success).toBe(false);
    expect(OutboxEntry.safeParse({ ...base, kind: 'round-opened', notification: { kind: 'round-opened', roundId: 'r1', studentId: 's1', name: 'Fatima' } }).success).toBe(false);
    expect(OutboxEntry.safeParse({ ...base, kind: 'wish-reminder', notification: { kind: 'round-opened', roundId: 'r1', studentId: 's1' } }).success).toBe(false);
    expect(OutboxEntry.safeParse({ ...base, kind: 'round-opened', notification: { kind: 'round-opened', roundId: 'r2', studentId: 's1' } }).success).toBe(false);
    expect(OutboxEntry.safeParse({ ...base, kind: 'company-result', notification: { kind: 'round-opened', roundId: 'r1', studentId: 's1' } }).success).toBe(false);
    expect(OutboxEntry.safeParse({ ...base, kind: 'company-result' }).success).toBe(true);
  });
});
