import { z } from 'zod/v4';
import { Id, IsoDateTime } from './common.js';

/**
 * A proactive message as a fact: ids and at most a deadline, never names or free text, so it may sit
 * in the outbox; the words are decided when it is sent (dialogs/notification-replies.ts). Strict, so
 * a field that could carry something personal cannot slip into a stored entry.
 */
/**
 * The outbox files every message under a round. Reports belong to none, and must not carry the
 * reporter's round: this fixed id stands in for it.
 */
export const MELDPUNT_ROUND_ID = 'meldpunt';

/** Erasure requests belong to no round either. */
export const PRIVACY_ROUND_ID = 'privacy';

export const Notification = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('round-opened'), roundId: Id, studentId: Id }),
  z.strictObject({ kind: z.literal('wish-reminder'), roundId: Id, studentId: Id, deadline: IsoDateTime }),
  // A confirmed student asked a requirement question that an offer added later (bot/intake/requirement-questions.ts).
  z.strictObject({ kind: z.literal('requirement-question'), roundId: Id, studentId: Id }),
  z.strictObject({ kind: z.literal('own-placement-reported'), roundId: Id, studentId: Id }),
  z.strictObject({ kind: z.literal('own-placement-decided'), roundId: Id, studentId: Id }),
  z.strictObject({ kind: z.literal('offer-requested'), roundId: Id, companyId: Id }),
  z.strictObject({ kind: z.literal('offer-reminder'), roundId: Id, companyId: Id, deadline: IsoDateTime }),
  // A proposals round (bot/proposals/): the student's places to choose from, and one reminder to choose.
  z.strictObject({ kind: z.literal('proposals-released'), roundId: Id, studentId: Id }),
  z.strictObject({ kind: z.literal('choice-reminder'), roundId: Id, studentId: Id, deadline: IsoDateTime }),
  // The school's review of an offer's free-text requirement: the words (and the reason) are read when sending.
  z.strictObject({ kind: z.literal('offer-requirement-reviewed'), roundId: Id, companyId: Id, offerId: Id, reviewedAt: IsoDateTime }),
  // The follow-up after a release (bot/follow-up/): what happened to a placement, told to whom it concerns.
  z.strictObject({ kind: z.literal('follow-up-coordinator'), event: z.enum(['problem-raised', 'refusal-reported', 'company-flagged']), roundId: Id, studentId: Id, placementId: Id }),
  z.strictObject({ kind: z.literal('follow-up-student'), event: z.enum(['acknowledge-reminder', 'meeting-proposed', 'meeting-tomorrow', 'refusal-upheld', 'placed-again', 'vog-reminder']), roundId: Id, studentId: Id, placementId: Id }),
  z.strictObject({ kind: z.literal('follow-up-company'), event: z.enum(['meeting-chosen', 'meeting-other-asked', 'meeting-tomorrow', 'refusal-upheld', 'refusal-overturned', 'student-placed']), roundId: Id, companyId: Id, placementId: Id }),
  // The meldpunt (bot/meldpunt/): a new case to its staff, and the staff's steps to the reporter through
  // the case's sealed link. Neither names a round: that would narrow down who reported.
  z.strictObject({ kind: z.literal('meldpunt-staff'), event: z.enum(['report-received', 'consent-given', 'consent-withdrawn', 'follow-up-due']), roundId: z.literal(MELDPUNT_ROUND_ID), reportId: Id }),
  // Only when the reporter agreed: that there is a case (and, when named, whose), never its contents.
  z.strictObject({ kind: z.literal('meldpunt-coordinator'), event: z.literal('report-received'), roundId: z.literal(MELDPUNT_ROUND_ID), reportId: Id }),
  z.strictObject({ kind: z.literal('meldpunt-reporter'), event: z.enum(['in-conversation', 'closed', 'forwarded']), roundId: z.literal(MELDPUNT_ROUND_ID), reportId: Id }),
  // Erasure requests (bot/privacy/): a new one to the coordinators, a refusal to whoever asked.
  z.strictObject({ kind: z.literal('erasure'), event: z.enum(['requested', 'refused']), roundId: z.literal(PRIVACY_ROUND_ID), requestId: Id }),
  // Check-ins (bot/check-ins/): the questions to the student, and to school only that a conversation is wanted.
  z.strictObject({ kind: z.literal('check-in'), roundId: Id, studentId: Id, checkInId: Id }),
  z.strictObject({ kind: z.literal('check-in-conversation'), roundId: Id, studentId: Id, checkInId: Id }),
  // Contact moments (bot/contact-moments/): invitations and reminders to student, company and school.
  z.strictObject({ kind: z.literal('contact-moment'), event: z.enum(['invited', 'reminder']), roundId: Id, placementId: Id, contactMomentId: Id }),
  // The evaluation after the internship (bot/evaluations/).
  z.strictObject({ kind: z.literal('evaluation'), roundId: Id, placementId: Id, evaluationId: Id }),
]);
export type Notification = z.infer<typeof Notification>;
export type NotificationKind = Notification['kind'];

/**
 * The order the outbox sends them in, one kind after another: a single report to the coordinators
 * first, so it never waits behind a round's worth of welcomes.
 */
export const NotificationKind = z.enum(['meldpunt-staff', 'meldpunt-reporter', 'meldpunt-coordinator', 'erasure', 'own-placement-reported', 'own-placement-decided', 'check-in-conversation', 'follow-up-coordinator', 'contact-moment', 'check-in', 'evaluation', 'follow-up-student', 'follow-up-company', 'proposals-released', 'choice-reminder', 'round-opened', 'requirement-question', 'offer-requirement-reviewed', 'offer-requested', 'wish-reminder', 'offer-reminder'] as const satisfies ReadonlyArray<Notification['kind']>);
