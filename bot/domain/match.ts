import { z } from 'zod/v4';
import { Id, IsoDateTime } from './common.js';

/** A structured reason (code + parameters), rendered per language where it is shown. */
export const Reason = z.object({
  code: z.string().min(1),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])).default({}),
});

export const MatchStatus = z.enum(['proposed', 'released', 'acknowledged', 'rejected', 'replaced']);

export const Match = z.object({
  id: Id,
  roundId: Id,
  /** The matching run that produced it; each run stores its seed. */
  runId: Id,
  studentId: Id,
  offerId: Id.nullable(),
  status: MatchStatus,
  reasons: z.array(Reason),
  /** Set when a coordinator placed the student by hand. */
  pin: z.object({ by: Id, reason: z.string().min(3).max(300) }).optional(),
  createdAt: IsoDateTime,
});
export type Match = z.infer<typeof Match>;
