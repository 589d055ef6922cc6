// Turns the round model into the raw assignment instance, calls the exact solver, and maps the
// answer back to ids.
//
// Exact reproducibility: the instance depends only on the round's content and its seed.
//  - Students and companies enter the instance in a seeded order (sorted by hash(seed, id), then
//    id), never in input order, so a tie the solver settles by position is settled by the seed.
//  - Each pair's lottery number is hash(seed, candidateId, offerId) mod lotteryRange: no
//    generator state, so it does not depend on order, on other students, or on the machine.
//  - The solver is exact and deterministic, and all costs are integers far below 2^53.
// Same round + same seed → same outcome, byte for byte. The cost scale (including lotteryRange,
// which narrows for very large rounds) is returned with the outcome so audits can redo it.
import { solveAssignment } from './solver/solve-assignment.js';
import type { AssignmentInstance } from './solver/assignment-instance.js';
import { costScale, pairCost, type CostScale } from './fit.js';
import { isEligible, type PairEntry, type RoundModel } from './round-model.js';
import { lotteryDraw } from './seeded-random.js';

/** Tier of an eligible pair (0 is best), or null to leave the pair out of this solve. */
export type TierOf = (candidate: number, entry: PairEntry) => number | null;

export interface SolveRequest {
  readonly tiers: number;
  readonly tierOf: TierOf;
  /** candidates to place (pinned ones are left out by the caller) */
  readonly candidates: ReadonlySet<number>;
  /** places left per offer index after pins */
  readonly capacity: readonly number[];
}

export type SolveOutcome =
  | { readonly status: 'ok'; readonly offerOf: ReadonlyMap<number, number>; readonly scale: CostScale }
  | { readonly status: 'failed'; readonly reason: string };

export interface BuiltInstance {
  readonly instance: AssignmentInstance;
  readonly studentCandidate: number[];
}

/** The raw instance for one solve; exported so tests can hand it to the solver's own checker. */
export function buildRoundInstance(model: RoundModel, request: SolveRequest, scale: CostScale): BuiltInstance {
  const { round, offerOrder, offerRank } = model;
  const studentCandidate = model.candidateOrder.filter((i) => request.candidates.has(i));
  const ps: number[] = [];
  const pc: number[] = [];
  const cost: number[] = [];
  studentCandidate.forEach((i, s) => {
    const entries = model.pairs[i].filter(isEligible).sort((a, b) => offerRank[a.offer] - offerRank[b.offer]);
    for (const entry of entries) {
      const tier = request.tierOf(i, entry);
      if (tier === null || entry.fit === null) continue;
      const lottery = lotteryDraw(round.policy.seed, scale.lotteryRange, round.candidates[i].id, round.offers[entry.offer].id);
      ps.push(s);
      pc.push(offerRank[entry.offer]);
      cost.push(pairCost(scale, tier, entry.fit.fit, lottery));
    }
  });
  const instance: AssignmentInstance = {
    students: studentCandidate.length,
    companies: offerOrder.length,
    capacity: Int32Array.from(offerOrder, (j) => Math.max(0, request.capacity[j])),
    pairStudent: Int32Array.from(ps),
    pairCompany: Int32Array.from(pc),
    pairCost: Float64Array.from(cost),
    unmatchedCost: scale.unmatchedCost,
  };
  return { instance, studentCandidate };
}

export function solveRound(model: RoundModel, request: SolveRequest): SolveOutcome {
  const scale = costScale(request.candidates.size, model.round.offers.length, request.tiers);
  if (scale === null) return { status: 'failed', reason: 'round too large for exact integer costs: split it by programme' };
  const { instance, studentCandidate } = buildRoundInstance(model, request, scale);
  const result = solveAssignment(instance);
  if (result.status !== 'optimal') return { status: 'failed', reason: result.reason };
  const offerOf = new Map<number, number>();
  studentCandidate.forEach((i, s) => {
    const p = result.pairOf[s];
    if (p >= 0) offerOf.set(i, model.offerOrder[instance.pairCompany[p]]);
  });
  return { status: 'ok', offerOf, scale };
}
