// What a school weighs in the fit of its round, within bounds. Each part counts 0 to 5 in whole
// steps: 0 leaves it out, and 5 : 1 is as far as one part may outweigh another, so no single part
// silences the rest by accident. The work processes count at least 1: the place is there to learn
// the work of the qualification, so a round can never be matched on travel time or allowance alone.
// The defaults are the core's own (DEFAULT_WEIGHTS), so a round nobody changed matches as before.
import { z } from 'zod/v4';
import { DEFAULT_WEIGHTS } from '../../matching/matching-input.js';

export const FIT_PARTS = ['workProcesses', 'learningWish', 'organisationType', 'travel', 'electives', 'allowance'] as const;
export type FitPart = (typeof FIT_PARTS)[number];

export const WEIGHT_MAX = 5;
export const WEIGHT_MIN: Readonly<Record<FitPart, number>> = {
  workProcesses: 1, learningWish: 0, organisationType: 0, travel: 0, electives: 0, allowance: 0,
};

const weight = (part: FitPart) => z.number().int().min(WEIGHT_MIN[part]).max(WEIGHT_MAX);

export const RoundWeights = z.object({
  workProcesses: weight('workProcesses'),
  learningWish: weight('learningWish'),
  organisationType: weight('organisationType'),
  travel: weight('travel'),
  electives: weight('electives'),
  allowance: weight('allowance'),
});
export type RoundWeights = z.infer<typeof RoundWeights>;

export function defaultWeights(): RoundWeights {
  return { ...DEFAULT_WEIGHTS };
}

export function sameWeights(a: RoundWeights, b: RoundWeights): boolean {
  return FIT_PARTS.every((part) => a[part] === b[part]);
}
