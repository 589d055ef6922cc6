import { z } from 'zod/v4';
import { Id, IsoDate, IsoDateTime } from './common.js';
import { RetentionKind } from './retention-kind.js';
import { defaultWeights, RoundWeights } from './round-weights.js';

export const RoundStatus = z.enum([
  'draft', 'open', 'closed', 'matched', 'approved', 'scheduled', 'released', 'follow-up', 'archived',
]);
export type RoundStatus = z.infer<typeof RoundStatus>;

export const Mechanism = z.enum(['school', 'proposals', 'ranked']);
export type Mechanism = z.infer<typeof Mechanism>;

/**
 * A proposals round is matched and released twice: first the proposals (each student's best
 * places to choose from), then, after the students chose, the final match. Other rounds have one
 * stage, the final one.
 */
export const RoundStage = z.enum(['proposals', 'final']);
export type RoundStage = z.infer<typeof RoundStage>;
export const SCHOOL_CONTACT_LIMITS = { name: 80, email: 254, phone: 30 } as const;

/** Whom students and companies of a round can ask: a named person, reachable by e-mail and/or phone. */
export const SchoolContact = z.object({
  name: z.string().trim().min(1).max(SCHOOL_CONTACT_LIMITS.name),
  email: z.string().trim().max(SCHOOL_CONTACT_LIMITS.email).regex(/^[^\s@"<>,;]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/).optional(),
  phone: z.string().trim().max(SCHOOL_CONTACT_LIMITS.phone).regex(/^\+?[0-9][0-9 ()-]{5,}$/).optional(),
}).refine((c) => c.email !== undefined || c.phone !== undefined, { message: 'give an e-mail address or a phone number' });
export type SchoolContact = z.infer<typeof SchoolContact>;

export const Round = z.object({
  id: Id,
  name: z.string().min(1).max(120),
  programmeCodes: z.array(z.string().regex(/^\d{5}$/)).min(1),
  mechanism: Mechanism,
  status: RoundStatus,
  wishesDeadline: IsoDateTime,
  offersDeadline: IsoDateTime,
  releaseAt: IsoDateTime,
  internshipStart: IsoDate,
  /** Recorded so a match can be reproduced exactly (tie-break lottery). */
  seed: z.string().min(1).max(64),
  /** What the fit weighs in this round (round-weights.ts); rounds stored before it was chosen match on the defaults. */
  weights: RoundWeights.default(defaultWeights),
  createdBy: Id,
  createdAt: IsoDateTime,
  /** Proposals rounds only: which of the two stages the round is in (absent: 'proposals' for such a round, see bot/proposals/). */
  stage: RoundStage.optional(),
  /** Proposals rounds: the moment every student gets their proposals (planned with `ronde vrijgave` in the proposals stage). */
  proposalsAt: IsoDateTime.optional(),
  /** When the proposals were released; from then on students choose until the choice deadline. */
  proposalsReleasedAt: IsoDateTime.optional(),
  /** Until when students choose between their proposals; absent: a default after the proposals' release (bot/proposals/proposal-stage.ts). */
  choiceDeadline: IsoDateTime.optional(),
  /** The school's contact person for this round; absent: the school-wide SCHOOL_CONTACT, if set. */
  contact: SchoolContact.optional(),
  /** When each kind of the round's personal data was erased by the retention pass (bot/retention/). */
  erased: z.partialRecord(RetentionKind, IsoDateTime).optional(),
});
export type Round = z.infer<typeof Round>;
