import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../domain/outbox-entry.js';
import { canWriteTo } from '../people.js';
import { withDemoInbox } from './demo-inbox.js';
import { demoData } from './demo-round.js';

const entry = (userId: string) => ({ key: 'k', kind: 'company-result', recipient: { platform: 'teams', userId } }) as unknown as OutboxEntry;

describe('the demo inbox', () => {
  it('makes every made-up student and contact reachable, so status and release agree', () => {
    const data = demoData({ now: new Date('2026-11-22T08:00:00Z'), playgroundUserId: 'playground-user' });
    const withIdentity = Object.values(data.students).filter((s) => s.identities.length > 0 && s.identities[0].userId !== 'playground-user');
    expect(withIdentity.length).toBeGreaterThan(20);
    expect(withIdentity.every((s) => canWriteTo(data, s.identities))).toBe(true);
    expect(Object.values(data.companies).every((c) => canWriteTo(data, c.contacts))).toBe(false); // the playground user has not talked yet
    expect(Object.values(data.companies).filter((c) => c.contacts.every((p) => p.userId !== 'playground-user')).every((c) => canWriteTo(data, c.contacts))).toBe(true);
  });

  it('delivers a made-up person’s message to the log, and anyone else’s to the platform', async () => {
    const logged: string[] = [];
    const sent: string[] = [];
    const transport = withDemoInbox({ send: async (e) => (sent.push(e.recipient.userId), { ok: false, retryable: false, error: 'no-conversation' }) }, (event, fields) => logged.push(`${event}:${fields.recipient}`));
    expect(await transport.send(entry('29:demo-contact-1'))).toEqual({ ok: true });
    expect(await transport.send(entry('playground-user'))).toMatchObject({ ok: false });
    expect(logged).toEqual(['demo.delivered:29:demo-contact-1']);
    expect(sent).toEqual(['playground-user']);
  });
});
