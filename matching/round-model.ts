// Everything the mechanisms need about a round, computed once: for every student the offers of
// their programme and level, with travel, broken rules and (when eligible or pinned) fit.
// Offers for another programme are left out entirely: they are neither options nor near misses.
import type { Candidate, Offer } from './matching-input.js';
import type { RoundInput } from './round-input.js';
import { offerCapacity, refusals, type Rule } from './eligibility.js';
import { fitScore, maxAllowanceOf, type FitBreakdown } from './fit.js';
import { seededOrder } from './seeded-random.js';
import { textProfile, type TextProfile } from './text-similarity.js';
import { estimateTravel, TravelTable, type TravelEstimate } from './travel.js';

export interface PairEntry {
  readonly offer: number;
  readonly refused: readonly Rule[];
  readonly travel: TravelEstimate;
  /** null for ineligible pairs (unless pinned): their fit is never used */
  readonly fit: FitBreakdown | null;
}

export interface RoundModel {
  readonly round: RoundInput;
  /** per candidate index: entries for offers of their programme and level */
  readonly pairs: readonly (readonly PairEntry[])[];
  readonly capacity: readonly number[];
  /** candidate index → pinned offer index */
  readonly pinOf: ReadonlyMap<number, number>;
  readonly pinReason: ReadonlyMap<number, string>;
  readonly candidateIndex: ReadonlyMap<string, number>;
  readonly offerIndex: ReadonlyMap<string, number>;
  /** candidate and offer indices in the seeded order the instance is built in */
  readonly candidateOrder: readonly number[];
  readonly offerOrder: readonly number[];
  /** offerRank[o] = position of offer o in offerOrder */
  readonly offerRank: readonly number[];
}

function programmeKey(code: string, level: number): string {
  return `${code}\u0000${level}`;
}

function offersByProgramme(offers: readonly Offer[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  offers.forEach((o, j) => {
    for (const p of o.programmes) {
      for (const level of p.levels) {
        const key = programmeKey(p.code, level);
        const list = index.get(key) ?? [];
        if (!list.includes(j)) list.push(j);
        index.set(key, list);
      }
    }
  });
  return index;
}

interface PairContext {
  readonly round: RoundInput;
  readonly table: TravelTable;
  readonly learn: readonly TextProfile[];
  /** the allowance part's scale: the highest allowance of all the round's offers */
  readonly maxAllowance: number;
}

function pairEntries(ctx: PairContext, candidate: Candidate, offerIds: readonly number[], pinned: number | undefined): PairEntry[] {
  const wish = textProfile(candidate.learningWish);
  const ids = pinned === undefined || offerIds.includes(pinned) ? offerIds : [...offerIds, pinned];
  return ids.map((j) => {
    const offer = ctx.round.offers[j];
    const travel = estimateTravel(candidate, offer, ctx.table);
    const refused = refusals(candidate, offer, travel);
    const fit = refused.length === 0 || j === pinned ? fitScore(candidate, offer, travel, wish, ctx.learn[j], ctx.round.policy.weights, ctx.maxAllowance) : null;
    return { offer: j, refused, travel, fit };
  });
}

export function buildRoundModel(round: RoundInput): RoundModel {
  const { candidates, offers, policy } = round;
  const candidateIndex = new Map(candidates.map((c, i) => [c.id, i]));
  const offerIndex = new Map(offers.map((o, j) => [o.id, j]));
  const pinOf = new Map<number, number>();
  const pinReason = new Map<number, string>();
  for (const pin of policy.pins) {
    const i = candidateIndex.get(pin.candidateId);
    const j = offerIndex.get(pin.offerId);
    if (i === undefined || j === undefined) continue; // refused by parseRound already
    pinOf.set(i, j);
    pinReason.set(i, pin.reason);
  }
  const ctx: PairContext = { round, table: new TravelTable(policy.travelTimes), learn: offers.map((o) => textProfile(o.learnText)), maxAllowance: maxAllowanceOf(offers) };
  const byProgramme = offersByProgramme(offers);
  const pairs = candidates.map((c, i) => pairEntries(ctx, c, byProgramme.get(programmeKey(c.programme.code, c.programme.level)) ?? [], pinOf.get(i)));
  const offerOrder = seededOrder(policy.seed, offers.map((o) => o.id));
  const offerRank = new Array<number>(offers.length);
  offerOrder.forEach((j, r) => (offerRank[j] = r));
  return {
    round,
    pairs,
    capacity: offers.map(offerCapacity),
    pinOf,
    pinReason,
    candidateIndex,
    offerIndex,
    candidateOrder: seededOrder(policy.seed, candidates.map((c) => c.id)),
    offerOrder,
    offerRank,
  };
}

export function isEligible(entry: PairEntry): boolean {
  return entry.refused.length === 0;
}
