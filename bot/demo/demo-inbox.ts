// In the demo the made-up students and company contacts have no Teams client. They get a marked
// conversation in the demo file, so status, release overview and delivery agree that they can be
// reached, and in demo mode their messages are delivered to the log instead of a platform. A newcomer
// then sees the release reach all three sides, as it would in a real school.
import type { OutboxEntry } from '../domain/outbox-entry.js';
import type { ConversationRecord } from '../koppel-data.js';
import type { ReleaseTransport } from '../release/outbox-port.js';
import type { z } from 'zod/v4';

/** Every made-up demo identity starts so; real platform ids never do. */
export const DEMO_IDENTITY_PREFIX = '29:demo-';

export function isDemoIdentity(userId: string): boolean {
  return userId.startsWith(DEMO_IDENTITY_PREFIX);
}

export function demoConversation(userId: string, at: string): z.infer<typeof ConversationRecord> {
  return { platform: 'teams', userId, reference: { demoInbox: true }, updatedAt: at };
}

/** Wraps the real transport: a demo identity's message is logged as delivered, any other goes on. */
export function withDemoInbox(transport: ReleaseTransport, log: (event: string, fields: Record<string, string | number>) => void): ReleaseTransport {
  return {
    send: async (entry: OutboxEntry) => {
      if (!isDemoIdentity(entry.recipient.userId)) return transport.send(entry);
      log('demo.delivered', { kind: entry.kind, recipient: entry.recipient.userId });
      return { ok: true };
    },
  };
}
