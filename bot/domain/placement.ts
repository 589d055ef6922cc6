import { z } from 'zod/v4';
import { Id, IsoDateTime, Requirement } from './common.js';
import { Reason } from './match.js';

/**
 * Why a company may refuse a matched student: a fixed list, so a refusal is never "no click".
 * "other" carries a short text that a coordinator reviews and that is screened like an offer's text.
 */
export const REFUSAL_REASONS = ['no-place', 'no-supervisor', 'requirement-not-met', 'no-show', 'other'] as const;
export const RefusalReason = z.enum(REFUSAL_REASONS);
export type RefusalReason = z.infer<typeof RefusalReason>;

/** What a student can raise about their place, privately: the first two go to a coordinator's review, the last to the meldpunt's people. */
export const PROBLEM_KINDS = ['travel', 'hours', 'unfair'] as const;
export const ProblemKind = z.enum(PROBLEM_KINDS);
export type ProblemKind = z.infer<typeof ProblemKind>;

export const REFUSAL_TEXT_MAX = 300;

/** The introduction meeting (kennismakingsgesprek): planned by the company, chosen by the student, never a selection. */
export const IntroductionMeeting = z.object({
  /** The moments the company proposed, earliest first. */
  proposed: z.array(IsoDateTime).min(1).max(3),
  proposedAt: IsoDateTime,
  /** The moment the student chose, one of `proposed`. */
  chosen: IsoDateTime.optional(),
  /** The student asked for another moment; cleared when the company proposes again. */
  otherAskedAt: IsoDateTime.optional(),
  heldByStudentAt: IsoDateTime.optional(),
  heldByCompanyAt: IsoDateTime.optional(),
  /** The student's answer to "did it feel like a job interview rather than getting acquainted?". */
  feltLikeSelection: z.boolean().optional(),
});
export type IntroductionMeeting = z.infer<typeof IntroductionMeeting>;

export const Refusal = z.object({
  reason: RefusalReason,
  /** With `requirement-not-met`: which of the offer's own requirements. */
  requirement: Requirement.optional(),
  /** With `other` only; read by coordinators, shown to the student only if a coordinator shares it. */
  text: z.string().trim().min(3).max(REFUSAL_TEXT_MAX).optional(),
  by: Id,
  at: IsoDateTime,
  decision: z.enum(['upheld', 'overturned']).optional(),
  decidedBy: Id.optional(),
  decidedAt: IsoDateTime.optional(),
  /** Set when the coordinator upheld it: the date by which the student hears of a new place. */
  newPlaceBy: IsoDateTime.optional(),
});
export type Refusal = z.infer<typeof Refusal>;

/**
 * A student's place after a release: the match as it lives on. The match stays what the core
 * decided; the placement is what happened next (acknowledged, met, refused). A refusal the school
 * upholds ends it, and a rematch makes a new one.
 */
export const Placement = z.object({
  id: Id,
  roundId: Id,
  studentId: Id,
  offerId: Id,
  companyId: Id,
  origin: z.enum(['match', 'rematch', 'by-hand']),
  /** The match it came from: a run's match, a rematch's proposal, or a coordinator's placement. */
  matchId: Id,
  /** A coordinator's placement by hand after the release: who, and why (audited by id only). */
  byHand: z.object({ by: Id, reason: z.string().trim().min(3).max(300) }).optional(),
  placedAt: IsoDateTime,
  acknowledgedAt: IsoDateTime.optional(),
  meeting: IntroductionMeeting.optional(),
  refusal: Refusal.optional(),
  problems: z.array(z.object({ kind: ProblemKind, at: IsoDateTime })).max(30).default([]),
  /** The VOG, for an offer that asks one: arranged after the match, marked by the student (or a coordinator) as it goes. */
  certificateOfConduct: z.object({ state: z.enum(['requested', 'arranged']), at: IsoDateTime, by: Id }).optional(),
  /** When it stopped holding (a refusal upheld). */
  endedAt: IsoDateTime.optional(),
});
export type Placement = z.infer<typeof Placement>;

/**
 * A rematch (herkoppeling): the core run again for the students who lost or never had a place, on the
 * capacity that is left. Four eyes as for the first match: someone other than who ran it approves,
 * and the approval releases it.
 */
export const Rematch = z.object({
  id: Id,
  roundId: Id,
  seed: z.string().min(1).max(64),
  runBy: Id,
  runAt: IsoDateTime,
  proposals: z.array(z.object({ studentId: Id, offerId: Id.nullable(), reasons: z.array(Reason) })),
  approvedBy: Id.optional(),
  approvedAt: IsoDateTime.optional(),
  /** A newer rematch, or a change to who waits, made this one stale before approval. */
  discardedAt: IsoDateTime.optional(),
});
export type Rematch = z.infer<typeof Rematch>;
