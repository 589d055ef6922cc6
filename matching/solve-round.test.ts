// The instances the round model builds are valid and solved to proven optimality by the solver's
// independent checker (no negative cycle in the residual network), at a realistic size.
import { describe, expect, it } from 'vitest';
import { costScale } from './fit.js';
import { UNRANKED_TIER } from './match-round.js';
import { buildRoundModel } from './round-model.js';
import { buildRoundInstance } from './solve-round.js';
import { checkAssignment } from './solver/check-assignment.js';
import { solveAssignment } from './solver/solve-assignment.js';
import { validateInstance } from './solver/validate-instance.js';
import { buildRound } from './testing/round-builders.js';
import { realisticRound } from './testing/realistic-round.js';

describe('round instances', () => {
  it.each([
    ['school', 1],
    ['ranked', 4],
  ] as const)('%s: valid, exact integer costs, optimal by the independent checker', (mechanism, tiers) => {
    const round = buildRound(realisticRound(150, 90, mechanism, 11));
    const model = buildRoundModel(round);
    const candidates = new Set(round.candidates.map((_, i) => i));
    const scale = costScale(candidates.size, round.offers.length, tiers);
    if (scale === null) throw new Error('no scale');
    const tierOf = (i: number, e: { offer: number }) => {
      const rank = (round.candidates[i].ranking ?? []).indexOf(round.offers[e.offer].id);
      return tiers === 1 ? 0 : rank >= 0 ? rank : UNRANKED_TIER;
    };
    const { instance } = buildRoundInstance(model, { tiers, tierOf, candidates, capacity: model.capacity }, scale);
    expect(validateInstance(instance)).toBeNull();
    expect(instance.pairCost.every((c) => Number.isSafeInteger(c) && c <= scale.maxPairCost)).toBe(true);
    expect(checkAssignment(instance, solveAssignment(instance))).toEqual({ ok: true });
  });
});
