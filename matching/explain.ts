// Structured reasons: why a student got this place, and for an unmatched student why not and
// what would help. "What would help" only counts near misses: offers of the student's programme
// that break exactly one rule, so every hint is a single change that really opens a place.
import type { Rule } from './eligibility.js';
import type { Requirement } from './matching-input.js';
import { missingRequirements, RULES } from './eligibility.js';
import type { HelpHint, MatchReason, Placement, UnmatchedCause } from './match-outcome.js';
import { isEligible, type PairEntry, type RoundModel } from './round-model.js';

/** Extra minutes tried, in order, when suggesting a longer trip. */
export const TRAVEL_STEPS = [15, 30, 60] as const;
export const MAX_LISTED = 3;

export function placementReasons(model: RoundModel, i: number, entry: PairEntry): MatchReason[] {
  const candidate = model.round.candidates[i];
  const offer = model.round.offers[entry.offer];
  const fit = entry.fit;
  const out: MatchReason[] = [];
  if (candidate.workProcesses.length > 0 && fit !== null) {
    out.push({ code: 'work_processes', shared: fit.sharedWorkProcesses, total: candidate.workProcesses.length });
  }
  if (fit?.organisationTypeMatch) out.push({ code: 'organisation_type', organisationType: offer.organisationType });
  if (fit?.organisationSizeMatch && offer.organisationSize !== undefined) out.push({ code: 'organisation_size', organisationSize: offer.organisationSize });
  if (fit !== null && fit.sharedWords.length > 0) out.push({ code: 'learning_wish', words: fit.sharedWords.slice(0, 5) });
  if (fit !== null && fit.sharedElectives.length > 0) out.push({ code: 'electives', shared: fit.sharedElectives });
  const t = entry.travel;
  if (t.via !== null) out.push({ code: 'travel', minutes: t.minutes, mode: t.mode, via: t.via, municipality: t.municipality });
  if (candidate.needsSupport && offer.extraSupport) out.push({ code: 'extra_support' });
  // Named only when the school made it count: otherwise it played no part in this place.
  if (fit !== null && model.round.policy.weights.allowance > 0 && offer.allowancePerMonth > 0) out.push({ code: 'allowance', perMonth: offer.allowancePerMonth });
  const rank = (candidate.ranking ?? []).indexOf(offer.id);
  if (rank >= 0) out.push({ code: 'ranked_choice', rank: rank + 1 });
  const pinReason = model.pinReason.get(i);
  if (pinReason !== undefined && model.pinOf.get(i) === entry.offer) out.push({ code: 'pinned', reason: pinReason, brokenRules: entry.refused });
  return out;
}

export function placement(model: RoundModel, i: number, entry: PairEntry, extra: readonly MatchReason[] = []): Placement {
  return {
    offerId: model.round.offers[entry.offer].id,
    fit: entry.fit?.fit ?? 0,
    minutes: entry.travel.minutes,
    mode: entry.travel.mode,
    reasons: [...extra, ...placementReasons(model, i, entry)],
  };
}

function causes(model: RoundModel, i: number, entries: readonly PairEntry[]): UnmatchedCause[] {
  const { code, level } = model.round.candidates[i].programme;
  if (entries.length === 0) return [{ code: 'no_offer_for_programme', programme: code, level }];
  const eligible = entries.filter(isEligible).length;
  if (eligible > 0) return [{ code: 'places_taken', offers: eligible }];
  const count = new Map<Rule, number>();
  for (const e of entries) for (const r of e.refused) count.set(r, (count.get(r) ?? 0) + 1);
  return RULES.filter((r) => count.has(r))
    .map((rule): UnmatchedCause => ({ code: 'refused', rule, offers: count.get(rule) ?? 0 }))
    .sort((a, b) => (a.code === 'refused' && b.code === 'refused' ? b.offers - a.offers : 0));
}

const only = (e: PairEntry, rule: Rule): boolean => e.refused.length === 1 && e.refused[0] === rule;

function travelHints(model: RoundModel, i: number, entries: readonly PairEntry[]): HelpHint[] {
  const candidate = model.round.candidates[i];
  const max = candidate.travel.maxMinutes;
  const within = (e: PairEntry, limit: number) => e.travel.minutes !== null && e.travel.minutes <= limit;
  const out: HelpHint[] = [];
  const step = TRAVEL_STEPS.find((s) => entries.some((e) => only(e, 'travel') && within(e, max + s)));
  if (step !== undefined) out.push({ code: 'longer_travel', minutes: max + step, offers: entries.filter((e) => only(e, 'travel') && within(e, max + step)).length });
  const wider = max + TRAVEL_STEPS[0];
  const farther: HelpHint[] = [];
  for (const wp of candidate.workProcesses) {
    const has = entries.filter((e) => model.round.offers[e.offer].workProcesses.includes(wp));
    if (has.some(isEligible)) continue;
    const n = has.filter((e) => only(e, 'travel') && within(e, wider)).length;
    if (n > 0) farther.push({ code: 'work_process_farther', workProcess: wp, minutes: max, widerMinutes: wider, wider: n });
  }
  return [...out, ...farther.slice(0, MAX_LISTED)];
}

function ruleHints(model: RoundModel, i: number, entries: readonly PairEntry[]): HelpHint[] {
  const candidate = model.round.candidates[i];
  const out: HelpHint[] = [];
  const byRequirement = new Map<Requirement, number>();
  for (const e of entries.filter((x) => only(x, 'requirements'))) {
    const missing = missingRequirements(candidate, model.round.offers[e.offer]);
    if (missing.length === 1) byRequirement.set(missing[0], (byRequirement.get(missing[0]) ?? 0) + 1);
  }
  for (const [requirement, offers] of [...byRequirement].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    out.push({ code: 'meet_requirement', requirement, offers });
  }
  const simple = [
    ['days', 'more_days'],
    ['shifts', 'accept_shifts'],
    ['support', 'support_capacity'],
  ] as const;
  for (const [rule, code] of simple) {
    const n = entries.filter((e) => only(e, rule)).length;
    if (n > 0) out.push({ code, offers: n });
  }
  return out;
}

/** Offers where one more place would place this student: eligible but full, or fitting but without places. */
function extraPlaceHint(model: RoundModel, entries: readonly PairEntry[]): HelpHint[] {
  const id = (e: PairEntry) => model.round.offers[e.offer].id;
  const eligible = entries.filter((e) => isEligible(e) || only(e, 'capacity')).sort((a, b) => (b.fit?.fit ?? 0) - (a.fit?.fit ?? 0) || (id(a) < id(b) ? -1 : 1));
  if (eligible.length === 0) return [];
  return [{ code: 'extra_place', offerIds: eligible.slice(0, MAX_LISTED).map(id) }];
}

export function unmatchedExplanation(model: RoundModel, i: number): { causes: UnmatchedCause[]; help: HelpHint[] } {
  const entries = model.pairs[i];
  const help = [...extraPlaceHint(model, entries), ...travelHints(model, i, entries), ...ruleHints(model, i, entries)];
  help.push({ code: 'manual_placement' });
  return { causes: causes(model, i, entries), help };
}
