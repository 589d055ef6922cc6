import { z } from 'zod/v4';
import { Id, IsoDateTime, PlatformIdentity } from './common.js';

/**
 * One message of a release, written before it is sent, with one idempotency key per round,
 * recipient and kind; a restart resumes from here and never sends a key twice.
 */
export const OutboxEntry = z.object({
  key: z.string().min(1).max(300),
  roundId: Id,
  kind: z.enum(['student-result-card', 'student-result-notice', 'company-result', 'coordinator-summary']),
  recipient: PlatformIdentity,
  /** Ids the message is rendered from at send time (never names or free text). */
  subjectIds: z.array(Id).default([]),
  status: z.enum(['pending', 'sending', 'sent', 'failed']),
  attempts: z.number().int().min(0),
  /** When the next attempt may be made (backoff, or a platform's Retry-After). */
  notBefore: IsoDateTime.optional(),
  lastError: z.string().max(200).optional(),
  /** The platform's id of the sent message, so it can be updated in place later. */
  activityId: z.string().max(300).optional(),
  createdAt: IsoDateTime,
  sentAt: IsoDateTime.optional(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;
