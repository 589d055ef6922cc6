// Worked examples with answers checked by hand (the comments show the arithmetic).
import { describe, expect, it } from 'vitest';
import { checkOutcome } from './check-outcome.js';
import type { CandidateResult, MatchOutcome } from './match-outcome.js';
import { matchRound, resolveChoices } from './match-round.js';
import type { RoundInput } from './round-input.js';
import { at, candidate, offer, round } from './testing/round-builders.js';

function solve(r: RoundInput, run = matchRound): Extract<MatchOutcome, { status: 'ok' }> {
  const outcome = run(r);
  expect(checkOutcome(r, outcome)).toEqual([]);
  if (outcome.status !== 'ok') throw new Error(outcome.reason);
  return outcome;
}

const byId = (o: MatchOutcome & { status: 'ok' }, id: string): CandidateResult => {
  const r = o.results.find((x) => x.candidateId === id);
  if (r === undefined) throw new Error(`no result for ${id}`);
  return r;
};
const placedAt = (o: MatchOutcome & { status: 'ok' }, id: string): string | null => {
  const r = byId(o, id);
  return r.status === 'matched' ? r.offerId : null;
};

describe('school mechanism', () => {
  it('places everyone where best-fit-first greedy would leave a student out (lexicographic)', () => {
    // A (2 km, 14 min by bike) fits s1 best of all pairs; greedy gives A to s1 and s2 has nothing.
    // s2 (max 20 min) reaches only A; B is 4 km = 24 min away. The optimum places both.
    const r = round(
      [candidate('s1', { workProcesses: ['P1/W1', 'P1/W2'] }), candidate('s2', { workProcesses: ['P1/W3'] }, { maxMinutes: 20 })],
      [offer('A', 2, { workProcesses: ['P1/W1', 'P1/W2'] }), offer('B', -4, { workProcesses: ['P1/W1'] })],
    );
    const o = solve(r);
    expect(placedAt(o, 's1')).toBe('B');
    expect(placedAt(o, 's2')).toBe('A');
    expect(o.statistics.matched).toBe(2);
  });

  it('gives the better-fitting student the contested place when both have an alternative', () => {
    const r = round(
      [candidate('s1', { workProcesses: ['P1/W1'] }), candidate('s2', { workProcesses: ['P1/W2'] })],
      [offer('A', 2, { workProcesses: ['P1/W1'] }), offer('B', -2, { workProcesses: ['P1/W2'] })],
    );
    const o = solve(r);
    expect([placedAt(o, 's1'), placedAt(o, 's2')]).toEqual(['A', 'B']);
  });

  it('sends a student who asked for support only to an offer with extra support', () => {
    const r = round(
      [candidate('s1', { needsSupport: true })],
      [offer('close', 1, { workProcesses: ['P1/W1', 'P1/W2'] }), offer('support', -5, { extraSupport: true, workProcesses: ['P1/W9'] })],
    );
    const o = solve(r);
    expect(placedAt(o, 's1')).toBe('support');
    expect(byId(o, 's1')).toMatchObject({ reasons: expect.arrayContaining([{ code: 'extra_support' }]) });
  });

  it('leaves a support-needing student unplaced when no offer has extra support, and says so', () => {
    const o = solve(round([candidate('s1', { needsSupport: true })], [offer('A', 1), offer('B', 2)]));
    expect(byId(o, 's1')).toMatchObject({
      status: 'unmatched',
      causes: [{ code: 'refused', rule: 'support', offers: 2 }],
      help: [{ code: 'support_capacity', offers: 2 }, { code: 'manual_placement' }],
    });
  });

  it('never places a student without a bike on a bike-only route', () => {
    // 6 km: 35 min by bike (within 36) but 38 min by public transport.
    const noBike = candidate('s1', {}, { modes: ['walking', 'public_transport'], maxMinutes: 36 });
    const withBike = candidate('s1', {}, { modes: ['bike', 'public_transport'], maxMinutes: 36 });
    expect(placedAt(solve(round([noBike], [offer('A', 6)])), 's1')).toBeNull();
    const o = solve(round([withBike], [offer('A', 6)]));
    expect(byId(o, 's1')).toMatchObject({ status: 'matched', offerId: 'A', mode: 'bike', minutes: 35 });
  });

  it('keeps a pin that breaks a rule, reports it, and counts it against capacity', () => {
    const r = round([candidate('s1'), candidate('s2')], [offer('far', 30)], {
      pins: [{ candidateId: 's1', offerId: 'far', reason: 'hoge ondersteuningsbehoefte' }],
    });
    const o = solve(r);
    expect(byId(o, 's1')).toMatchObject({ status: 'matched', offerId: 'far', pinned: true });
    expect(o.pins).toEqual([{ candidateId: 's1', offerId: 'far', reason: 'hoge ondersteuningsbehoefte', brokenRules: ['travel'] }]);
    expect(o.warnings).toEqual([{ code: 'pin_breaks_rules', candidateId: 's1', rules: ['travel'] }]);
    const r2 = round([candidate('s1'), candidate('s2')], [offer('near', 1)], { pins: [{ candidateId: 's1', offerId: 'near', reason: 'eigen netwerk school' }] });
    const o2 = solve(r2);
    expect(placedAt(o2, 's2')).toBeNull();
    expect(o2.statistics.capacity).toEqual([{ offerId: 'near', capacity: 1, used: 1, pinned: 1 }]);
  });

  it('uses min(places, supervision capacity)', () => {
    const o = solve(round([candidate('s1'), candidate('s2')], [offer('A', 1, { places: 5, supervisionCapacity: 1 })]));
    expect(o.statistics.matched).toBe(1);
  });
});

// Three offers, no wish text or types: fit differs by work processes and travel only.
// fit = (4·wp + 3·0 + 2·0.5 + 2·(1 − min/max) + 1·0.5) / 12; A and B are 14 min away, C 19 min.
function proposalsRound(policy: object = {}) {
  return round(
    [candidate('s1', { workProcesses: ['P1/W1'] }, { maxMinutes: 30 }), candidate('s2', { workProcesses: ['P1/W2'] }, { maxMinutes: 60 })],
    [offer('A', 2, { workProcesses: ['P1/W1'] }), offer('B', -2, { workProcesses: ['P1/W2'] }), offer('C', 0, { workProcesses: ['P1/W1', 'P1/W2'], locations: [{ ...at(0, 3), municipality: 'C' }] })],
    { mechanism: 'proposals', ...policy },
  );
}

describe('proposals mechanism', () => {
  it('proposes the k best feasible offers from successive optimal matchings', () => {
    // Pass 1: s1→A, s2→B (each wp 1). Pass 2 without those pairs: s1→B + s2→C (2.57 + 6.87 = 9.43)
    // beats s1→C + s2→A (6.23 + 3.03 = 9.27), because s2's longer max makes C worth more to s2.
    const o = solve(proposalsRound());
    expect(o.stage).toBe('proposals');
    const s1 = byId(o, 's1');
    const s2 = byId(o, 's2');
    expect(s1.status === 'proposed' && s1.proposals.map((p) => p.offerId)).toEqual(['A', 'B']);
    expect(s2.status === 'proposed' && s2.proposals.map((p) => p.offerId)).toEqual(['B', 'C']);
    expect(s2.status === 'proposed' && s2.proposals[0].fit).toBeCloseTo((4 + 1 + 2 * (1 - 14 / 60) + 0.5) / 12, 9);
  });

  it('honours choices first, then fit, and tells the student whose choice was full', () => {
    // Both choose B (one place). Honour one: s2→B + s1→A (7.03 + 6.57) beats s1→B + s2→C (2.57 + 6.87).
    const r = proposalsRound();
    const o = solve(r, (x) => resolveChoices(x, [{ candidateId: 's1', offerId: 'B' }, { candidateId: 's2', offerId: 'B' }]));
    expect(o.stage).toBe('final');
    expect(byId(o, 's2')).toMatchObject({ status: 'matched', offerId: 'B', reasons: expect.arrayContaining([{ code: 'own_choice' }]) });
    expect(byId(o, 's1')).toMatchObject({ status: 'matched', offerId: 'A', reasons: expect.arrayContaining([{ code: 'choice_taken', offerId: 'B' }]) });
  });

  it('honours a choice even when it has a lower fit than the alternative', () => {
    const o = solve(proposalsRound(), (x) => resolveChoices(x, [{ candidateId: 's1', offerId: 'B' }]));
    expect(placedAt(o, 's1')).toBe('B');
  });

  it('reports choices it cannot use', () => {
    const o = solve(proposalsRound(), (x) => resolveChoices(x, [{ candidateId: 'nobody', offerId: 'A' }, { candidateId: 's1', offerId: 'zz' }]));
    expect(o.warnings.map((w) => w.code === 'choice_ignored' && w.why)).toEqual(['unknown_candidate', 'unknown_offer']);
  });
});

describe('ranked mechanism', () => {
  const three = (ranks: Record<string, string[]>) =>
    round(
      Object.entries(ranks).map(([id, ranking]) => candidate(id, { ranking })),
      [offer('A', 2), offer('B', -2), offer('C', 0, { locations: [{ ...at(0, 2), municipality: 'C' }] })],
      { mechanism: 'ranked' },
    );

  it('minimises the total rank: the student with no second choice gets the shared first choice', () => {
    // s3→A, s1→B, s2→C costs ranks 0+1+1 = 2; any other way puts s3 on an unranked offer (3).
    const o = solve(three({ s1: ['A', 'B'], s2: ['A', 'C'], s3: ['A'] }));
    expect([placedAt(o, 's1'), placedAt(o, 's2'), placedAt(o, 's3')]).toEqual(['B', 'C', 'A']);
    expect(byId(o, 's1')).toMatchObject({ rank: 2 });
    expect(o.statistics.ranked).toMatchObject({ withRanking: 3, byRank: [1, 2, 0, 0], firstChoiceShare: 1 / 3 });
  });

  it('falls back to an unranked feasible offer when the ranked ones are full', () => {
    const o = solve(round([candidate('s1', { ranking: ['A'] }), candidate('s2', { ranking: ['A'] })], [offer('A', 2), offer('B', -2)], { mechanism: 'ranked' }));
    expect([placedAt(o, 's1'), placedAt(o, 's2')].sort()).toEqual(['A', 'B']);
    const fallback = o.results.filter((r) => r.status === 'matched' && r.rank === null);
    expect(fallback).toHaveLength(1);
    expect(fallback[0]).toMatchObject({ offerId: 'B', reasons: expect.arrayContaining([{ code: 'ranking_unavailable' }]) });
  });

  it('warns when a student ranked an offer they cannot get', () => {
    const o = solve(round([candidate('s1', { ranking: ['far', 'A'] })], [offer('A', 2), offer('far', 30)], { mechanism: 'ranked' }));
    expect(placedAt(o, 's1')).toBe('A');
    expect(o.warnings).toEqual([{ code: 'ranking_not_eligible', candidateId: 's1', offerId: 'far', rules: ['travel'] }]);
  });

  it('places more students before it respects ranks', () => {
    // s1 ranks A first but also reaches B; s2 reaches only A (B is 24 min, s2's max is 20).
    const r = round([candidate('s1', { ranking: ['A'] }), candidate('s2', {}, { maxMinutes: 20 })], [offer('A', 2), offer('B', -4)], { mechanism: 'ranked' });
    const o = solve(r);
    expect([placedAt(o, 's1'), placedAt(o, 's2')]).toEqual(['B', 'A']);
  });
});
