// Hard constraints: a pair that breaks one is never proposed by the solver, and every refusal has
// a rule code so explanations can say what blocked a student and what would help.
//
// | rule         | a pair is refused when                                                      |
// |--------------|-----------------------------------------------------------------------------|
// | programme    | the offer does not list the student's programme code at the student's level |
// | capacity     | min(places, supervisionCapacity) is 0                                       |
// | travel       | not reachable (see travel.ts)                                               |
// | support      | the student asked for extra support and the offer has none                  |
// | days         | fewer common days than the offer's minDays                                   |
// | shifts       | the offer needs a shift (early/evening/weekend) the student did not agree to |
// | requirements | the offer has a requirement the student does not meet                       |
// | excluded     | the offer's company refused this student after an earlier match (a rematch)  |
//
// Pins: a pin is a coordinator's decision (e.g. a student with high support needs placed by
// hand). It is kept even when it breaks a rule above, but every broken rule is reported with the
// pin. A pin takes one place of the offer's capacity; more pins than capacity is refused as bad
// input (round-input.ts), so capacity itself is never exceeded.
import type { Candidate, Offer, Requirement } from './matching-input.js';
import type { TravelEstimate } from './travel.js';

export const RULES = ['programme', 'capacity', 'travel', 'support', 'days', 'shifts', 'requirements', 'excluded'] as const;
export type Rule = (typeof RULES)[number];

/** Places a company can really take: supervision is often the real limit. */
export function offerCapacity(offer: Offer): number {
  return Math.min(offer.places, offer.supervisionCapacity);
}

export function programmeFits(candidate: Candidate, offer: Offer): boolean {
  const { code, level } = candidate.programme;
  return offer.programmes.some((p) => p.code === code && p.levels.includes(level));
}

export function commonDays(candidate: Candidate, offer: Offer): number {
  let n = 0;
  for (const d of offer.days) if (candidate.days.includes(d)) n++;
  return n;
}

export function missingRequirements(candidate: Candidate, offer: Offer): Requirement[] {
  return offer.requirements.filter((r) => !candidate.requirementsMet.includes(r));
}

const NONE: readonly Rule[] = Object.freeze([]);

/** Every rule this pair breaks (empty = eligible), in RULES order. Runs for every pair: no allocation when eligible. */
export function refusals(candidate: Candidate, offer: Offer, travel: TravelEstimate): readonly Rule[] {
  let out: Rule[] | null = null;
  const refuse = (rule: Rule) => (out ??= []).push(rule);
  if (!programmeFits(candidate, offer)) refuse('programme');
  if (offerCapacity(offer) === 0) refuse('capacity');
  if (!travel.reachable) refuse('travel');
  if (candidate.needsSupport && !offer.extraSupport) refuse('support');
  if (commonDays(candidate, offer) < offer.minDays) refuse('days');
  for (const s of offer.shiftsNeeded) if (!candidate.shiftsOk.includes(s)) { refuse('shifts'); break; }
  for (const r of offer.requirements) if (!candidate.requirementsMet.includes(r)) { refuse('requirements'); break; }
  if (candidate.excludedOffers.length > 0 && candidate.excludedOffers.includes(offer.id)) refuse('excluded');
  return out ?? NONE;
}
