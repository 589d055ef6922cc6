// Round figures a coordinator and the ministry's monitoring ask for: matched / unmatched and why,
// how good and how far the places are, the share of first choices, and the capacity each offer
// really used (unused offered places strain the relationship with companies too).
import type { RoundInput } from './round-input.js';
import type { CandidateResult, Placement } from './match-outcome.js';
import { offerCapacity } from './eligibility.js';
import type { Distribution, RoundStatistics } from './statistics-types.js';

export type { Distribution, RoundStatistics } from './statistics-types.js';

export const TRAVEL_BUCKETS = [15, 30, 45, 60] as const;

export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return { count: 0, min: null, median: null, mean: null, p90: null, max: null };
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => v[Math.min(v.length - 1, Math.floor(q * v.length))];
  const mid = v.length >> 1;
  const median = v.length % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { count: v.length, min: v[0], median, mean: v.reduce((s, x) => s + x, 0) / v.length, p90: at(0.9), max: v[v.length - 1] };
}

function travelBuckets(minutes: readonly (number | null)[]): Record<string, number> {
  const out: Record<string, number> = { unknown: 0 };
  for (const limit of TRAVEL_BUCKETS) out[`upTo${limit}`] = 0;
  out[`over${TRAVEL_BUCKETS[TRAVEL_BUCKETS.length - 1]}`] = 0;
  for (const m of minutes) {
    const limit = m === null ? undefined : TRAVEL_BUCKETS.find((l) => m <= l);
    const key = m === null ? 'unknown' : limit === undefined ? `over${TRAVEL_BUCKETS[TRAVEL_BUCKETS.length - 1]}` : `upTo${limit}`;
    out[key] += 1;
  }
  return out;
}

function placed(r: CandidateResult): Placement | null {
  if (r.status === 'matched') return r;
  if (r.status === 'proposed') return r.proposals[0] ?? null;
  return null;
}

function mainCause(r: CandidateResult & { status: 'unmatched' }): string {
  const first = r.causes[0];
  if (first === undefined) return 'unknown';
  return first.code === 'refused' ? 'no_eligible_offer' : first.code;
}

function rankedFigures(round: RoundInput, results: readonly CandidateResult[]): RoundStatistics['ranked'] {
  const rankingOf = new Map(round.candidates.map((c) => [c.id, c.ranking ?? []]));
  const byRank = [0, 0, 0, 0];
  let withRanking = 0;
  for (const r of results) {
    if ((rankingOf.get(r.candidateId) ?? []).length === 0) continue;
    withRanking += 1;
    if (r.status === 'matched') byRank[r.rank === null ? 3 : r.rank - 1] += 1;
  }
  return { withRanking, byRank, firstChoiceShare: withRanking === 0 ? null : byRank[0] / withRanking };
}

export function roundStatistics(round: RoundInput, results: readonly CandidateResult[]): RoundStatistics {
  const placements = results.map(placed).filter((p): p is Placement => p !== null);
  const unmatchedByCause: Record<string, number> = {};
  const modes: Record<string, number> = {};
  const used = new Map<string, number>();
  const pinnedAt = new Map<string, number>();
  for (const r of results) {
    if (r.status === 'unmatched') unmatchedByCause[mainCause(r)] = (unmatchedByCause[mainCause(r)] ?? 0) + 1;
    if (r.status !== 'matched') continue;
    used.set(r.offerId, (used.get(r.offerId) ?? 0) + 1);
    if (r.pinned) pinnedAt.set(r.offerId, (pinnedAt.get(r.offerId) ?? 0) + 1);
  }
  for (const p of placements) if (p.mode !== null) modes[p.mode] = (modes[p.mode] ?? 0) + 1;
  const fits = placements.map((p) => p.fit);
  const fitBuckets = [0, 0, 0, 0, 0];
  for (const f of fits) fitBuckets[Math.min(4, Math.floor(f * 5))] += 1;
  const minutes = placements.map((p) => p.minutes);
  return {
    candidates: results.length,
    matched: results.filter((r) => r.status === 'matched').length,
    proposed: results.filter((r) => r.status === 'proposed').length,
    unmatched: results.filter((r) => r.status === 'unmatched').length,
    pinned: results.filter((r) => r.status === 'matched' && r.pinned).length,
    unmatchedByCause,
    fit: { ...distribution(fits), buckets: fitBuckets },
    travelMinutes: { ...distribution(minutes.filter((m): m is number => m !== null)), buckets: travelBuckets(minutes) },
    modes,
    ranked: rankedFigures(round, results),
    capacity: round.offers.map((o) => ({ offerId: o.id, capacity: offerCapacity(o), used: used.get(o.id) ?? 0, pinned: pinnedAt.get(o.id) ?? 0 })),
  };
}
