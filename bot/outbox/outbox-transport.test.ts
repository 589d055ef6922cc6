import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../domain/outbox-entry.js';
import type { ReleaseTransport } from '../release/outbox-port.js';
import { notificationOutcome, outboxTransport } from './outbox-transport.js';

const entry = (kind: OutboxEntry['kind'], extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
  key: `${kind}:r1:s1`, roundId: 'r1', kind, recipient: { platform: 'teams', userId: '29:s1' }, subjectIds: ['s1'],
  status: 'sending', attempts: 1, createdAt: '2027-01-01T09:00:00.000Z', ...extra,
});

describe('the outbox transport', () => {
  it('hands release kinds to the release transport and notifications to the notifier, with their notification', async () => {
    const released: string[] = [];
    const release: ReleaseTransport = { send: async (e) => (released.push(e.kind), { ok: true, activityId: 'act-1' }) };
    const notified: unknown[] = [];
    const transport = outboxTransport({ release, notifier: { notify: async (recipient, notification) => (notified.push([recipient, notification]), 'sent') } });
    expect(await transport.send(entry('student-result-card'))).toEqual({ ok: true, activityId: 'act-1' });
    const notification = { kind: 'round-opened' as const, roundId: 'r1', studentId: 's1' };
    expect(await transport.send(entry('round-opened', { notification }))).toEqual({ ok: true });
    expect(released).toEqual(['student-result-card']);
    expect(notified).toEqual([[{ platform: 'teams', userId: '29:s1' }, notification]]);
  });

  it('never retries a notification: no conversation is certain, a failure may have arrived', () => {
    expect(notificationOutcome('sent')).toEqual({ ok: true });
    expect(notificationOutcome('no-conversation')).toEqual({ ok: false, retryable: false, error: 'no-conversation' });
    expect(notificationOutcome('failed')).toEqual({ ok: false, retryable: false, error: 'unknown-outcome:notify-failed' });
  });

  it('lets a throwing notifier throw, so the outbox records an unknown outcome', async () => {
    const transport = outboxTransport({ release: { send: async () => ({ ok: true }) }, notifier: { notify: async () => { throw new Error('gone'); } } });
    await expect(transport.send(entry('wish-reminder', { notification: { kind: 'wish-reminder', roundId: 'r1', studentId: 's1', deadline: '2027-01-10T17:00:00+01:00' } }))).rejects.toThrow('gone');
  });
});
