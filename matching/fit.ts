// Fit of one eligible pair, and how fit becomes an integer solver cost.
//
// fit = Σ weight_k × part_k ÷ Σ weight_k, every part in [0, 1] (weights: matching-input.ts):
//   workProcesses    share of the student's chosen work processes the offer has
//   learningWish     text similarity of wish and learnText (text-similarity.ts)
//   organisationType the organisation the student prefers: its type (1 when the offer's type is
//                    one the student wants, else 0) and its size (1 when the offer's size class is
//                    one the student chose, 0 when another, 0.5 when the company did not say); the
//                    mean of what the student chose of the two. Size lives inside this part, not as
//                    a part of its own: it is one more fact about the organisation a student
//                    prefers, so a school weighs "what kind of organisation" once, and a student
//                    who chose no size gets exactly the fit they had before sizes existed.
//   travel           1 − minutes ÷ maxMinutes, clamped to [0, 1]; unknown minutes count as 0
//   electives        share of the student's electives the offer lists
//   allowance        the offer's allowance ÷ the highest allowance of the round's offers (0 when
//                    no offer pays one): the same scale for every student, and a school that wants
//                    it to count chooses its weight per round (default 0: it changes nothing)
// A part the student left empty (no work processes, types, sizes or electives chosen) counts 0.5:
// the same for all their offers, so it never decides between them.
//
// Cost (lexicographic, exact in doubles; see costScale):
//   pairCost = tier × tierUnit + fitCost × fitUnit + lottery
//   fitCost  = round((1 − fit) × fitLevels)          0 … fitLevels
//   lottery  = hash(seed, candidateId, offerId) mod lotteryRange   (seeded-random.ts)
//   fitUnit  = students × (lotteryRange − 1) + 1     → all lotteries together < one fit step
//   tierUnit = students × (fitLevels × fitUnit + lotteryRange − 1) + 1 → all fit < one tier step
//   unmatchedCost = min(students, companies) × maxPairCost + 1 → one more match beats everything
// So the solver maximises matched students, then minimises the total tier (ranked: rank1 < rank2
// < rank3 < any other feasible offer; resolveChoices: chosen < other), then maximises total fit,
// and only then lets the seeded lottery choose between equal options.
import type { Candidate, Offer, Weights } from './matching-input.js';
import type { TravelEstimate } from './travel.js';
import { profileSimilarity, sharedWords, type TextProfile } from './text-similarity.js';

export const NEUTRAL_PART = 0.5;
export const FIT_LEVELS = 1000;
export const MAX_LOTTERY_RANGE = 1000;
/** Keeps students × unmatchedCost far below 2^53 so every total the solver adds up is exact. */
export const COST_BUDGET = 2 ** 51;

export interface FitParts {
  readonly workProcesses: number;
  readonly learningWish: number;
  readonly organisationType: number;
  readonly travel: number;
  readonly electives: number;
  readonly allowance: number;
}

export interface FitBreakdown {
  readonly fit: number;
  readonly parts: FitParts;
  readonly sharedWorkProcesses: readonly string[];
  readonly sharedElectives: readonly string[];
  readonly sharedWords: readonly string[];
  readonly organisationTypeMatch: boolean;
  readonly organisationSizeMatch: boolean;
}

function share(wanted: readonly string[], offered: readonly string[]): { part: number; shared: string[] } {
  if (wanted.length === 0) return { part: NEUTRAL_PART, shared: [] };
  const shared = wanted.filter((x) => offered.includes(x));
  return { part: shared.length / wanted.length, shared };
}

export function travelPart(travel: TravelEstimate, maxMinutes: number): number {
  if (travel.minutes === null) return 0;
  return Math.min(1, Math.max(0, 1 - travel.minutes / maxMinutes));
}

/** Higher pays better, on the round's own scale: the best-paying offer of the round counts 1. */
export function allowancePart(offer: Offer, maxAllowance: number): number {
  return maxAllowance > 0 ? Math.min(1, offer.allowancePerMonth / maxAllowance) : 0;
}

/** The highest allowance of a round's offers: the allowance part's scale. */
export function maxAllowanceOf(offers: readonly Offer[]): number {
  return offers.reduce((max, o) => Math.max(max, o.allowancePerMonth), 0);
}

function organisationPart(candidate: Candidate, offer: Offer, typeMatch: boolean, sizeMatch: boolean): number {
  const parts: number[] = [];
  if (candidate.organisationTypes.length > 0) parts.push(typeMatch ? 1 : 0);
  if (candidate.organisationSizes.length > 0) parts.push(offer.organisationSize === undefined ? NEUTRAL_PART : sizeMatch ? 1 : 0);
  return parts.length === 0 ? NEUTRAL_PART : parts.reduce((a, b) => a + b, 0) / parts.length;
}

export function weightedFit(parts: FitParts, weights: Weights): number {
  const total = weights.workProcesses + weights.learningWish + weights.organisationType + weights.travel + weights.electives + weights.allowance;
  if (total === 0) return 0;
  // The allowance term comes last: with weight 0 it adds exactly 0 to both sums, so a round that
  // does not count the allowance gets bit for bit the fit it had before the part existed.
  const sum =
    weights.workProcesses * parts.workProcesses +
    weights.learningWish * parts.learningWish +
    weights.organisationType * parts.organisationType +
    weights.travel * parts.travel +
    weights.electives * parts.electives +
    weights.allowance * parts.allowance;
  return sum / total;
}

export function fitScore(
  candidate: Candidate, offer: Offer, travel: TravelEstimate, wish: TextProfile, learn: TextProfile, weights: Weights, maxAllowance = 0,
): FitBreakdown {
  const wp = share(candidate.workProcesses, offer.workProcesses);
  const el = share(candidate.electives, offer.electives);
  const typeMatch = candidate.organisationTypes.includes(offer.organisationType);
  const sizeMatch = offer.organisationSize !== undefined && candidate.organisationSizes.includes(offer.organisationSize);
  const parts: FitParts = {
    workProcesses: wp.part,
    learningWish: profileSimilarity(wish, learn),
    organisationType: organisationPart(candidate, offer, typeMatch, sizeMatch),
    travel: travelPart(travel, candidate.travel.maxMinutes),
    electives: el.part,
    allowance: allowancePart(offer, maxAllowance),
  };
  return {
    fit: weightedFit(parts, weights),
    parts,
    sharedWorkProcesses: wp.shared,
    sharedElectives: el.shared,
    sharedWords: sharedWords(wish, learn),
    organisationTypeMatch: typeMatch,
    organisationSizeMatch: sizeMatch,
  };
}

export interface CostScale {
  readonly tiers: number;
  readonly fitLevels: number;
  readonly lotteryRange: number;
  readonly fitUnit: number;
  readonly tierUnit: number;
  readonly maxPairCost: number;
  readonly unmatchedCost: number;
}

function scaleFor(students: number, companies: number, tiers: number, fitLevels: number, lotteryRange: number): CostScale {
  const n = Math.max(1, students);
  const fitUnit = n * (lotteryRange - 1) + 1;
  const withinTier = fitLevels * fitUnit + lotteryRange - 1;
  const tierUnit = n * withinTier + 1;
  const maxPairCost = (tiers - 1) * tierUnit + withinTier;
  const unmatchedCost = Math.max(1, Math.min(n, companies)) * maxPairCost + 1;
  return { tiers, fitLevels, lotteryRange, fitUnit, tierUnit, maxPairCost, unmatchedCost };
}

/**
 * The finest fit resolution and the widest lottery that keep every total exact: big rounds get a
 * narrower lottery first, then coarser fit. Null when even the coarsest scale does not fit.
 */
export function costScale(students: number, companies: number, tiers: number): CostScale | null {
  const n = Math.max(1, students);
  for (let levels = FIT_LEVELS; levels >= 1; levels = Math.floor(levels / 2)) {
    let lo = 1;
    let hi = MAX_LOTTERY_RANGE;
    if (scaleFor(n, companies, tiers, levels, lo).unmatchedCost * n > COST_BUDGET) continue;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (scaleFor(n, companies, tiers, levels, mid).unmatchedCost * n <= COST_BUDGET) lo = mid;
      else hi = mid - 1;
    }
    return scaleFor(n, companies, tiers, levels, lo);
  }
  return null;
}

export function fitCost(fit: number, scale: CostScale): number {
  return Math.round((1 - Math.min(1, Math.max(0, fit))) * scale.fitLevels);
}

export function pairCost(scale: CostScale, tier: number, fit: number, lottery: number): number {
  return tier * scale.tierUnit + fitCost(fit, scale) * scale.fitUnit + lottery;
}
