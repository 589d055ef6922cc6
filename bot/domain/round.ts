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
  /** When each kind of the round's personal data was erased by the retention pass (bot/retention/). */
  erased: z.partialRecord(RetentionKind, IsoDateTime).optional(),
});
export type Round = z.infer<typeof Round>;
