import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COST_BUDGET, costScale, fitCost, fitScore, pairCost } from './fit.js';
import { textProfile } from './text-similarity.js';
import { estimateTravel, TravelTable } from './travel.js';
import { candidate, offer, round } from './testing/round-builders.js';

describe('fit score', () => {
  it('combines the parts with the default weights 4/3/2/2/1', () => {
    // wp 1 of 2 = 0.5; no wish text = 0; no wanted types = 0.5 (neutral); 2 km by bike = 14 of 30 min;
    // no electives = 0.5 (neutral). (4·0.5 + 0 + 2·0.5 + 2·(1 − 14/30) + 0.5) / 12
    const r = round([candidate('c', { workProcesses: ['P1/W1', 'P1/W2'] })], [offer('o', 2, { workProcesses: ['P1/W1'] })]);
    const [c] = r.candidates;
    const [o] = r.offers;
    const travel = estimateTravel(c, o, new TravelTable([]));
    const fit = fitScore(c, o, travel, textProfile(c.learningWish), textProfile(o.learnText), r.policy.weights);
    expect(travel.minutes).toBe(14);
    expect(fit.fit).toBeCloseTo((2 + 1 + 2 * (1 - 14 / 30) + 0.5) / 12, 12);
    expect(fit.sharedWorkProcesses).toEqual(['P1/W1']);
  });

  it('follows the policy weights', () => {
    const r = round([candidate('c', { workProcesses: ['P1/W1'] })], [offer('o', 2, { workProcesses: ['P1/W1'] })], {
      weights: { workProcesses: 1, learningWish: 0, organisationType: 0, travel: 0, electives: 0 },
    });
    const [c] = r.candidates;
    const [o] = r.offers;
    expect(fitScore(c, o, estimateTravel(c, o, new TravelTable([])), textProfile(''), textProfile(''), r.policy.weights).fit).toBe(1);
  });
});

describe('cost scale', () => {
  const sizes = fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 3000 }), fc.constantFrom(1, 2, 4));

  it('keeps every level strictly below the one above it, and all totals exact', () => {
    fc.assert(
      fc.property(sizes, ([n, m, tiers]) => {
        const s = costScale(n, m, tiers);
        if (s === null) return;
        const students = Math.max(1, n);
        expect(students * (s.lotteryRange - 1)).toBeLessThan(s.fitUnit); // all lotteries < one fit step
        expect(students * (s.fitLevels * s.fitUnit + s.lotteryRange - 1)).toBeLessThan(s.tierUnit); // all fit < one tier step
        expect(pairCost(s, tiers - 1, 0, s.lotteryRange - 1)).toBe(s.maxPairCost);
        expect(Math.max(1, Math.min(students, m)) * s.maxPairCost).toBeLessThan(s.unmatchedCost); // one more match wins
        expect(s.unmatchedCost * students).toBeLessThanOrEqual(COST_BUDGET);
      }),
    );
  });

  it('uses the full lottery and fit resolution for a realistic school round', () => {
    expect(costScale(500, 300, 1)).toMatchObject({ fitLevels: 1000, lotteryRange: 1000 });
    const ranked = costScale(500, 300, 4);
    expect(ranked?.fitLevels).toBe(1000);
    expect(ranked?.lotteryRange).toBeGreaterThan(1);
  });

  it('maps higher fit to lower cost', () => {
    const s = costScale(10, 5, 1);
    if (s === null) throw new Error('no scale');
    expect(fitCost(0.9, s)).toBeLessThan(fitCost(0.2, s));
    expect(pairCost(s, 0, 0.9, s.lotteryRange - 1)).toBeLessThan(pairCost(s, 0, 0.899, 0));
  });
});
