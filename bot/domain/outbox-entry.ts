import { z } from 'zod/v4';
import { Id, IsoDateTime, PlatformIdentity } from './common.js';
import { Notification, NotificationKind } from './notification.js';

/** The messages of a release, in the order they are sent: students' cards, their notices, companies, coordinators. */
export const ReleaseKind = z.enum(['student-result-card', 'student-result-notice', 'company-result', 'coordinator-summary']);
export type ReleaseKind = z.infer<typeof ReleaseKind>;

/**
 * One proactive message, written before it is sent, under an idempotency key that is never stored
 * twice: a release message (one per round, recipient and kind) or a notification (a welcome, a
 * reminder, …) under the key its service gives it. A restart resumes from here and never sends a
 * key twice.
 */
export const OutboxEntry = z.object({
  key: z.string().min(1).max(300),
  roundId: Id,
  kind: z.enum([...ReleaseKind.options, ...NotificationKind.options]),
  recipient: PlatformIdentity,
  /** Ids the message is rendered from at send time (never names or free text). */
  subjectIds: z.array(Id).default([]),
  /** For a notification kind: what it says, as ids (the adapter renders the words when sending). */
  notification: Notification.optional(),
  status: z.enum(['pending', 'sending', 'sent', 'failed']),
  attempts: z.number().int().min(0),
  /** When the next attempt may be made (backoff, or a platform's Retry-After). */
  notBefore: IsoDateTime.optional(),
  lastError: z.string().max(200).optional(),
  /** The platform's id of the sent message, so it can be updated in place later. */
  activityId: z.string().max(300).optional(),
  createdAt: IsoDateTime,
  sentAt: IsoDateTime.optional(),
}).superRefine((entry, ctx) => {
  // A notification entry without its notification could never be rendered; a release entry has none.
  const expected = (NotificationKind.options as readonly string[]).includes(entry.kind);
  if (expected && entry.notification?.kind !== entry.kind) ctx.addIssue({ code: 'custom', path: ['notification'], message: `a ${entry.kind} entry needs its notification` });
  if (!expected && entry.notification !== undefined) ctx.addIssue({ code: 'custom', path: ['notification'], message: 'only notification kinds carry a notification' });
  if (entry.notification && entry.notification.roundId !== entry.roundId) ctx.addIssue({ code: 'custom', path: ['roundId'], message: 'the notification is about another round' });
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;
