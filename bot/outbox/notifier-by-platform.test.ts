import { describe, expect, it } from 'vitest';
import type { Notification } from '../notifications.js';
import type { PersonKey } from '../people.js';
import { notifierByPlatform, type PlatformDelivery } from './notifier-by-platform.js';

const reminder: Notification = { kind: 'wish-reminder', roundId: 'r1', studentId: 's1', deadline: '2027-02-01T12:00:00.000Z' };

function notifier(options: { deliveries: Record<string, PlatformDelivery<string>>; words?: string[] }) {
  const logs: string[] = [];
  const notify = notifierByPlatform<string>({
    deliveries: options.deliveries,
    languageFor: async (person) => (person.userId.startsWith('en-') ? 'en' : 'nl'),
    replies: async (_notification, language) => options.words ?? [`reminder in ${language}`],
    log: (event, fields) => logs.push(`${event} ${fields.result ?? ''}`.trim()),
  });
  return { notify: notify.notify, logs };
}

describe('notifications by platform', () => {
  it('delivers through the recipient\'s own platform, in their language, with the outbox key', async () => {
    const seen: string[] = [];
    const record = (platform: string): PlatformDelivery<string> => async ({ recipient, replies, key }) => (seen.push(`${platform} ${recipient.userId} ${replies.join()} ${key ?? '-'}`), 'sent');
    const { notify } = notifier({ deliveries: { teams: record('teams'), slack: record('slack'), email: record('email') } });
    const to = (platform: PersonKey['platform'], userId: string): PersonKey => ({ platform, userId });
    expect(await notify(to('slack', 'en-U1'), reminder, 'k1')).toBe('sent');
    expect(await notify(to('teams', 'u2'), reminder)).toBe('sent');
    expect(await notify(to('email', 'a@school.nl'), reminder, 'k3')).toBe('sent');
    expect(seen).toEqual(['slack en-U1 reminder in en k1', 'teams u2 reminder in nl -', 'email a@school.nl reminder in nl k3']);
  });

  it('has no conversation on a platform that is not configured', async () => {
    const { notify, logs } = notifier({ deliveries: {} });
    expect(await notify({ platform: 'slack', userId: 'U1' }, reminder)).toBe('no-conversation');
    expect(logs).toEqual(['notification.delivered no-conversation']);
  });

  it('sends nothing when nothing is left to say, and counts it as done', async () => {
    let delivered = 0;
    const { notify, logs } = notifier({ deliveries: { teams: async () => (delivered++, 'sent') }, words: [] });
    expect(await notify({ platform: 'teams', userId: 'u1' }, reminder)).toBe('sent');
    expect(delivered).toBe(0);
    expect(logs).toEqual(['notification.unneeded']);
  });
});
