import { z } from 'zod/v4';
import { Id, IsoDateTime } from './common.js';
import { defaultWeights, RoundWeights } from './round-weights.js';

/** A coordinator's manual placement: kept by every run, counted against capacity, always with a reason. */
export const MatchPin = z.object({
  studentId: Id,
  offerId: Id,
  reason: z.string().trim().min(3).max(300),
  by: Id,
  at: IsoDateTime,
});
export type MatchPin = z.infer<typeof MatchPin>;

/** One run of the matching core on a round; the seed is recorded so the run can be reproduced exactly. */
export const MatchRun = z.object({
  id: Id,
  roundId: Id,
  seed: z.string().min(1),
  /** The weights the fit used: with the seed and pins they reproduce the run. Runs stored before had the defaults. */
  weights: RoundWeights.default(defaultWeights),
  runBy: Id,
  runAt: IsoDateTime,
  pins: z.array(MatchPin),
  summary: z.object({
    matched: z.number().int().min(0),
    unmatched: z.number().int().min(0),
    ownPlacement: z.number().int().min(0),
    notConfirmed: z.number().int().min(0),
  }),
  approvedBy: Id.optional(),
  approvedAt: IsoDateTime.optional(),
  /**
   * Where each student stood when this run was approved (offer id, null for unplaced), so the next
   * approval can show what changed. Optional: runs approved before it was kept have none.
   */
  approvedPlacements: z.record(Id, Id.nullable()).optional(),
});
export type MatchRun = z.infer<typeof MatchRun>;
