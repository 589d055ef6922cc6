import { z } from 'zod/v4';
import { Id, IsoDateTime } from './common.js';

/**
 * A proactive message as a fact: ids and at most a deadline, never names or free text, so it may sit
 * in the outbox; the words are decided when it is sent (dialogs/notification-replies.ts). Strict, so
 * a field that could carry something personal cannot slip into a stored entry.
 */
export const Notification = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('round-opened'), roundId: Id, studentId: Id }),
  z.strictObject({ kind: z.literal('wish-reminder'), roundId: Id, studentId: Id, deadline: IsoDateTime }),
  z.strictObject({ kind: z.literal('own-placement-reported'), roundId: Id, studentId: Id }),
  z.strictObject({ kind: z.literal('own-placement-decided'), roundId: Id, studentId: Id }),
  z.strictObject({ kind: z.literal('offer-requested'), roundId: Id, companyId: Id }),
  z.strictObject({ kind: z.literal('offer-reminder'), roundId: Id, companyId: Id, deadline: IsoDateTime }),
  // The follow-up after a release (bot/follow-up/): what happened to a placement, told to whom it concerns.
  z.strictObject({ kind: z.literal('follow-up-coordinator'), event: z.enum(['problem-raised', 'refusal-reported', 'company-flagged']), roundId: Id, studentId: Id, placementId: Id }),
  z.strictObject({ kind: z.literal('follow-up-student'), event: z.enum(['acknowledge-reminder', 'meeting-proposed', 'meeting-tomorrow', 'refusal-upheld', 'placed-again']), roundId: Id, studentId: Id, placementId: Id }),
  z.strictObject({ kind: z.literal('follow-up-company'), event: z.enum(['meeting-chosen', 'meeting-other-asked', 'meeting-tomorrow', 'refusal-upheld', 'refusal-overturned', 'student-placed']), roundId: Id, companyId: Id, placementId: Id }),
]);
export type Notification = z.infer<typeof Notification>;
export type NotificationKind = Notification['kind'];

/**
 * The order the outbox sends them in, one kind after another: a single report to the coordinators
 * first, so it never waits behind a round's worth of welcomes.
 */
export const NotificationKind = z.enum(['own-placement-reported', 'own-placement-decided', 'follow-up-coordinator', 'follow-up-student', 'follow-up-company', 'round-opened', 'offer-requested', 'wish-reminder', 'offer-reminder'] as const satisfies ReadonlyArray<Notification['kind']>);
