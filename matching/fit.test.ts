import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowancePart, COST_BUDGET, costScale, fitCost, fitScore, maxAllowanceOf, pairCost } from './fit.js';
import { matchRound } from './match-round.js';
import type { Weights } from './matching-input.js';
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

describe('what a school weighs', () => {
  // One student (work processes W1 and W2, no wish text, types or electives; 30 min by bike) and two
  // offers 2 km away (14 min: travel part 1 − 14/30): A has both work processes and no allowance,
  // B only W1 and pays € 400 a month, the round's highest.
  const build = (weights?: Partial<Weights>) =>
    round(
      [candidate('c', { workProcesses: ['P1/W1', 'P1/W2'] })],
      [offer('A', 2, { workProcesses: ['P1/W1', 'P1/W2'] }), offer('B', 2, { workProcesses: ['P1/W1'], allowancePerMonth: 400 })],
      weights ? { weights } : {},
    );
  const travel = 2 * (1 - 14 / 30);

  it('with the default weights (allowance 0) the work processes decide: A', () => {
    const outcome = matchRound(build());
    if (outcome.status !== 'ok' || outcome.results[0].status !== 'matched') throw new Error('not matched');
    // A: (4·1 + 3·0 + 2·0.5 + 2·(1 − 14/30) + 1·0.5 + 0·0) / 12 = 0.547…; B: (4·0.5 + …) / 12 = 0.381…
    expect(outcome.results[0].offerId).toBe('A');
    expect(outcome.results[0].fit).toBeCloseTo((4 + 1 + travel + 0.5) / 12, 12);
    expect(outcome.results[0].reasons.map((r) => r.code)).not.toContain('allowance');
  });

  it('work processes 1 and allowance 5 turn it around: B, and the allowance is named', () => {
    const outcome = matchRound(build({ workProcesses: 1, allowance: 5 }));
    if (outcome.status !== 'ok' || outcome.results[0].status !== 'matched') throw new Error('not matched');
    // weights 1+3+2+2+1+5 = 14. A: (1·1 + 0 + 2·0.5 + travel + 0.5 + 5·0) / 14 = 0.255…; B: (1·0.5 + 0 + 2·0.5 + travel + 0.5 + 5·400/400) / 14 = 0.576…
    expect(outcome.results[0].offerId).toBe('B');
    expect(outcome.results[0].fit).toBeCloseTo((0.5 + 1 + travel + 0.5 + 5) / 14, 12);
    expect(outcome.results[0].reasons).toContainEqual({ code: 'allowance', perMonth: 400 });
  });

  it('scales the allowance by the round\'s highest, and counts 0 when nobody pays', () => {
    const r = round([], [offer('a', 1, { allowancePerMonth: 150 }), offer('b', 1, { allowancePerMonth: 300 }), offer('c', 1)]);
    const max = maxAllowanceOf(r.offers);
    expect(max).toBe(300);
    expect(r.offers.map((o) => allowancePart(o, max))).toEqual([0.5, 1, 0]);
    expect(allowancePart(r.offers[0], 0)).toBe(0);
  });
});

describe('organisation size', () => {
  const orgPart = (c: Parameters<typeof candidate>[1], o: Parameters<typeof offer>[2]) => {
    const r = round([candidate('c', c)], [offer('o', 1, o)]);
    const [cc] = r.candidates;
    const [oo] = r.offers;
    return fitScore(cc, oo, estimateTravel(cc, oo, new TravelTable([])), textProfile(''), textProfile(''), r.policy.weights).parts.organisationType;
  };

  it('is part of the organisation the student prefers: match 1, other size 0, size not given 0.5', () => {
    expect(orgPart({ organisationSizes: ['10-49'] }, { organisationSize: '10-49' })).toBe(1);
    expect(orgPart({ organisationSizes: ['10-49'] }, { organisationSize: '250+' })).toBe(0);
    expect(orgPart({ organisationSizes: ['10-49'] }, {})).toBe(0.5);
  });

  it('averages with the type when the student chose both, and changes nothing when they chose no size', () => {
    expect(orgPart({ organisationTypes: ['retail'], organisationSizes: ['1-9'] }, { organisationSize: '250+' })).toBe(0.5);
    expect(orgPart({ organisationTypes: ['retail'] }, { organisationSize: '250+' })).toBe(1);
    expect(orgPart({}, { organisationSize: '250+' })).toBe(0.5);
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
