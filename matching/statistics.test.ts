import { describe, expect, it } from 'vitest';
import { checkOutcome } from './check-outcome.js';
import { matchRound } from './match-round.js';
import { distribution } from './statistics.js';
import { buildRound, candidate, offer, round } from './testing/round-builders.js';
import { realisticRound } from './testing/realistic-round.js';

describe('round statistics', () => {
  it('counts matched, unmatched by cause, travel, modes and capacity used', () => {
    // a: 2 km by bike = 14 min; b: other programme; c: loses the only place to a (better fit).
    const r = round(
      [candidate('a', { workProcesses: ['P1/W1'] }), candidate('b', { programme: { code: 'P2', level: 2 } }), candidate('c', { workProcesses: ['P1/W9'] })],
      [offer('A', 2, { workProcesses: ['P1/W1'], places: 3 }), offer('Z', 1, { places: 0 })],
    );
    const o = matchRound(r);
    if (o.status !== 'ok') throw new Error(o.reason);
    expect(o.statistics).toMatchObject({
      candidates: 3,
      matched: 1,
      unmatched: 2,
      unmatchedByCause: { no_offer_for_programme: 1, places_taken: 1 },
      travelMinutes: { count: 1, median: 14, buckets: { upTo15: 1, upTo30: 0, unknown: 0 } },
      modes: { bike: 1 },
      capacity: [{ offerId: 'A', capacity: 1, used: 1, pinned: 0 }, { offerId: 'Z', capacity: 0, used: 0, pinned: 0 }],
    });
  });

  it('summarises a distribution', () => {
    expect(distribution([3, 1, 2, 10])).toEqual({ count: 4, min: 1, median: 2.5, mean: 4, p90: 10, max: 10 });
    expect(distribution([]).median).toBeNull();
  });

  it('places most students of a realistic round without breaking a rule', () => {
    for (const mechanism of ['school', 'ranked', 'proposals'] as const) {
      const r = buildRound(realisticRound(120, 70, mechanism, 7));
      const o = matchRound(r);
      expect(checkOutcome(r, o)).toEqual([]);
      if (o.status !== 'ok') throw new Error(o.reason);
      expect(o.statistics.matched + o.statistics.proposed).toBeGreaterThan(60);
    }
  });
});
