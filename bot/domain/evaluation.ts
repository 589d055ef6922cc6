import { z } from 'zod/v4';
import { Id, IsoDateTime } from './common.js';
import { ReportPhase } from './report.js';

// The look back after the internship, asked of the student and of the company. Answers feed the
// school's figures; like check-ins they are shown only as counts.

export const EvaluationSide = z.enum(['student', 'company']);
export type EvaluationSide = z.infer<typeof EvaluationSide>;

export const YesNo = z.enum(['yes', 'no']);

export const EvaluationAnswers = z.strictObject({
  /** Satisfaction with the match, 1 (not at all) to 5 (very). */
  satisfaction: z.number().int().min(1).max(5),
  /** Whether the introduction meeting still turned out to be a selection conversation. */
  selectionConversation: YesNo,
  /** Whether discrimination was experienced, and in which phase. */
  discrimination: z.union([z.literal('no'), ReportPhase]),
  agreementsKept: z.enum(['yes', 'partly', 'no']),
  /** The company only: would it take part in matching again. */
  matchAgain: YesNo.optional(),
});
export type EvaluationAnswers = z.infer<typeof EvaluationAnswers>;

export const Evaluation = z.strictObject({
  /** `<placementId>.<side>`: one per placement and side. */
  id: Id,
  placementId: Id,
  roundId: Id,
  side: EvaluationSide,
  askedAt: IsoDateTime,
  answers: EvaluationAnswers.optional(),
  answeredAt: IsoDateTime.optional(),
});
export type Evaluation = z.infer<typeof Evaluation>;
