// One matching round, for the three ways schools match (SEEDS: how matches were made):
//  school     one place per student: max students placed, then max total fit, then the lottery.
//  proposals  first pass: up to proposalCount offers per student to choose from, taken from that
//             many successive optimal matchings (each one respects every capacity, and pass p
//             leaves out the pairs proposed in passes before it), so every proposal list is
//             realistic, not the same popular company for everyone. Second pass: resolveChoices.
//  ranked     students rank up to three offers: max students placed, then the smallest total
//             rank cost (rank 1 = 0 ≪ rank 2 = 1 ≪ rank 3 = 2 ≪ any other eligible offer = 3),
//             then max fit. A student whose ranked offers are full falls back to any other
//             eligible offer rather than staying unplaced.
// Pins are placed first, count against capacity, and are reported with any rule they break.
import type { CandidateResult, MatchOutcome, MatchReason, PinReport, RoundWarning } from './match-outcome.js';
import type { Choice, RoundInput } from './round-input.js';
import type { CostScale } from './fit.js';
import { placement, unmatchedExplanation } from './explain.js';
import { buildRoundModel, isEligible, type PairEntry, type RoundModel } from './round-model.js';
import { solveRound, type SolveOutcome, type TierOf } from './solve-round.js';
import { roundStatistics } from './statistics.js';

export const RANKED_TIERS = 4;
export const UNRANKED_TIER = 3;

function entryFor(model: RoundModel, i: number, offer: number): PairEntry {
  const entry = model.pairs[i].find((e) => e.offer === offer);
  if (entry === undefined) throw new Error(`no pair entry for candidate ${i} and offer ${offer}`);
  return entry;
}

/** Solves everyone who is not pinned, with the pins' places taken out of capacity. */
function solveUnpinned(model: RoundModel, tiers: number, tierOf: TierOf): SolveOutcome {
  const capacity = [...model.capacity];
  for (const j of model.pinOf.values()) capacity[j] -= 1;
  const candidates = new Set(model.round.candidates.map((_, i) => i).filter((i) => !model.pinOf.has(i)));
  return solveRound(model, { tiers, tierOf, candidates, capacity });
}

function pinReports(model: RoundModel): { pins: PinReport[]; warnings: RoundWarning[] } {
  const pins: PinReport[] = [];
  const warnings: RoundWarning[] = [];
  for (const [i, j] of model.pinOf) {
    const candidateId = model.round.candidates[i].id;
    const brokenRules = entryFor(model, i, j).refused;
    pins.push({ candidateId, offerId: model.round.offers[j].id, reason: model.pinReason.get(i) ?? '', brokenRules });
    if (brokenRules.length > 0) warnings.push({ code: 'pin_breaks_rules', candidateId, rules: brokenRules });
  }
  return { pins: pins.sort((a, b) => compareIds(a.candidateId, b.candidateId)), warnings };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function matchedResult(model: RoundModel, i: number, j: number, extra: readonly MatchReason[]): CandidateResult {
  const candidate = model.round.candidates[i];
  const offerId = model.round.offers[j].id;
  const rank = (candidate.ranking ?? []).indexOf(offerId);
  const place = placement(model, i, entryFor(model, i, j), extra);
  return { status: 'matched', candidateId: candidate.id, pinned: model.pinOf.get(i) === j, rank: rank >= 0 ? rank + 1 : null, ...place };
}

function unmatchedResult(model: RoundModel, i: number): CandidateResult {
  return { status: 'unmatched', candidateId: model.round.candidates[i].id, ...unmatchedExplanation(model, i) };
}

interface Assembly {
  readonly stage: 'final' | 'proposals';
  readonly results: CandidateResult[];
  readonly scale: CostScale | null;
  readonly warnings?: readonly RoundWarning[];
}

function outcome(model: RoundModel, a: Assembly): MatchOutcome {
  const { round } = model;
  const results = [...a.results].sort((x, y) => compareIds(x.candidateId, y.candidateId));
  const { pins, warnings } = pinReports(model);
  return {
    status: 'ok',
    mechanism: round.policy.mechanism,
    stage: a.stage,
    seed: round.policy.seed,
    results,
    pins,
    warnings: [...warnings, ...(a.warnings ?? [])],
    statistics: roundStatistics(round, results),
    costScale: a.scale,
  };
}

type ExtraReasons = (i: number, offer: number) => MatchReason[];

function finalMatch(model: RoundModel, tiers: number, tierOf: TierOf, extra: ExtraReasons = () => [], warnings: RoundWarning[] = []): MatchOutcome {
  const solved = solveUnpinned(model, tiers, tierOf);
  if (solved.status === 'failed') return solved;
  const offerOf = new Map([...solved.offerOf, ...model.pinOf]);
  const results = model.round.candidates.map((_, i) => {
    const j = offerOf.get(i);
    return j === undefined ? unmatchedResult(model, i) : matchedResult(model, i, j, extra(i, j));
  });
  return outcome(model, { stage: 'final', results, scale: solved.scale, warnings });
}

function rankTier(model: RoundModel): TierOf {
  return (i, entry) => {
    const rank = (model.round.candidates[i].ranking ?? []).indexOf(model.round.offers[entry.offer].id);
    return rank >= 0 ? rank : UNRANKED_TIER;
  };
}

function rankingFallback(model: RoundModel): ExtraReasons {
  return (i, j) => {
    const ranking = model.round.candidates[i].ranking ?? [];
    const fellBack = ranking.length > 0 && !ranking.includes(model.round.offers[j].id) && model.pinOf.get(i) !== j;
    return fellBack ? [{ code: 'ranking_unavailable' }] : [];
  };
}

/** Ranked offers that can never be given (a coordinator may want to talk to the student). */
function rankingWarnings(model: RoundModel): RoundWarning[] {
  const warnings: RoundWarning[] = [];
  model.round.candidates.forEach((c, i) => {
    for (const offerId of c.ranking ?? []) {
      const j = model.offerIndex.get(offerId);
      const entry = model.pairs[i].find((e) => e.offer === j);
      const rules = entry === undefined ? (['programme'] as const) : entry.refused;
      if (rules.length > 0 && model.pinOf.get(i) !== j) warnings.push({ code: 'ranking_not_eligible', candidateId: c.id, offerId, rules });
    }
  });
  return warnings;
}

function proposalsPass(model: RoundModel): MatchOutcome {
  const proposed = new Map<number, number[]>();
  let scale: CostScale | null = null;
  for (let pass = 0; pass < model.round.policy.proposalCount; pass++) {
    const solved = solveUnpinned(model, 1, (i, e) => (proposed.get(i)?.includes(e.offer) ? null : 0));
    if (solved.status === 'failed') return solved;
    scale ??= solved.scale;
    for (const [i, j] of solved.offerOf) proposed.set(i, [...(proposed.get(i) ?? []), j]);
  }
  const results = model.round.candidates.map((c, i): CandidateResult => {
    const pinned = model.pinOf.get(i);
    if (pinned !== undefined) return matchedResult(model, i, pinned, []);
    const offers = proposed.get(i) ?? [];
    if (offers.length === 0) return unmatchedResult(model, i);
    const proposals = offers.map((j) => placement(model, i, entryFor(model, i, j))).sort((a, b) => b.fit - a.fit);
    return { status: 'proposed', candidateId: c.id, proposals };
  });
  return outcome(model, { stage: 'proposals', results, scale });
}

/** Runs a round for the policy's mechanism. Pure: same round (and seed), same outcome. */
export function matchRound(round: RoundInput): MatchOutcome {
  const model = buildRoundModel(round);
  switch (round.policy.mechanism) {
    case 'school':
      return finalMatch(model, 1, () => 0);
    case 'ranked':
      return finalMatch(model, RANKED_TIERS, rankTier(model), rankingFallback(model), rankingWarnings(model));
    case 'proposals':
      return proposalsPass(model);
  }
}

function validChoices(model: RoundModel, choices: readonly Choice[]): { chosen: Map<number, number>; byDefault: Set<number>; warnings: RoundWarning[] } {
  const chosen = new Map<number, number>();
  const byDefault = new Set<number>();
  const warnings: RoundWarning[] = [];
  for (const { candidateId, offerId, byDefault: defaulted } of choices) {
    const i = model.candidateIndex.get(candidateId);
    const j = model.offerIndex.get(offerId);
    const why =
      i === undefined ? 'unknown_candidate'
      : j === undefined ? 'unknown_offer'
      : chosen.has(i) ? 'duplicate'
      : model.pinOf.has(i) ? 'pinned'
      : !model.pairs[i].some((e) => e.offer === j && isEligible(e)) ? 'not_eligible'
      : null;
    if (why === null) {
      chosen.set(i as number, j as number);
      if (defaulted) byDefault.add(i as number);
    } else warnings.push({ code: 'choice_ignored', candidateId, offerId, why });
  }
  return { chosen, byDefault, warnings };
}

/**
 * Second pass of the proposals mechanism: place as many students as possible, honouring as many
 * choices as possible (a chosen pair is one tier cheaper than any other; a choice made by default,
 * for a student who did not choose, one tier dearer than a student's own), then by fit. A student
 * whose choice cannot be honoured still gets the best other place, with a reason that says so.
 * A choice may be any eligible offer, not only a proposed one; other choices are reported.
 */
export function resolveChoices(round: RoundInput, choices: readonly Choice[]): MatchOutcome {
  const model = buildRoundModel(round);
  const { chosen, byDefault, warnings } = validChoices(model, choices);
  const extra: ExtraReasons = (i, j) => {
    const choice = chosen.get(i);
    if (choice === undefined || model.pinOf.has(i)) return [];
    return choice === j ? [{ code: 'own_choice' }] : [{ code: 'choice_taken', offerId: round.offers[choice].id }];
  };
  // Tiers: a student's own choice ≪ a choice made by default ≪ any other eligible offer.
  return finalMatch(model, 3, (i, e) => (chosen.get(i) === e.offer ? (byDefault.has(i) ? 1 : 0) : 2), extra, warnings);
}
