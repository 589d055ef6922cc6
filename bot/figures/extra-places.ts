import { estimateTravel, parseRound, refusals, TravelTable } from '../../matching/index.js';
import type { KoppelView } from '../koppel-data.js';
import { coreRound } from '../matching-runs/core-round.js';
import { computeRun, type RunContext } from '../matching-runs/run-compute.js';
import { currentPins } from '../matching-runs/run-records.js';

// Where more places would help most: for the students a round's match leaves without a place, the
// offers where one or a few extra places would place the most of them. Found in two steps: every
// offer is scored by how many unplaced students could take it but for its capacity (the core's own
// hard rules, travel included), directly or through one placed student moving there; the best few
// are then re-solved with the core, one and three extra places each, so the advice says exactly how
// many more students the match would place (longer chains of moves count in the re-solve, but do not
// bring an offer onto the shortlist).

export interface ExtraPlaceAdvice {
  offerId: string;
  companyId: string;
  /** Where the offer is: the company's location's municipality. */
  municipality: string;
  workProcesses: string[];
  /** Unplaced students who could take a place here themselves (every hard rule met but capacity). */
  reachable: number;
  /** How many more students the match places with one, and with three, extra places here. */
  withOne: number;
  withThree: number;
}

export interface ExtraPlacesOptions {
  /** How many offers are re-solved (the best by `reachable`). */
  shortlist?: number;
}

export function extraPlaces(view: Readonly<KoppelView>, roundId: string, context: RunContext, options: ExtraPlacesOptions = {}): ExtraPlaceAdvice[] {
  const round = Object.hasOwn(view.rounds, roundId) ? view.rounds[roundId] : undefined;
  if (!round) return [];
  const pins = currentPins(view, roundId);
  const base = computeRun(view, round, round.seed, pins, context);
  if (!base.ok) return [];
  // In a proposals round's first stage a student with proposals has a place to go: the first one.
  const placed = (results: typeof base.computed.outcome.results) => results.filter((r) => r.status === 'matched' || r.status === 'proposed').length;
  const unplaced = new Set(base.computed.outcome.results.filter((r) => r.status === 'unmatched').map((r) => r.candidateId));
  if (unplaced.size === 0) return [];

  const { round: file } = coreRound({
    round, students: Object.values(view.students), offers: Object.values(view.offers), companies: Object.values(view.companies),
    catalogue: context.catalogue, gazetteer: context.gazetteer,
  });
  const parsed = parseRound(file);
  if (!parsed.ok) return [];
  const input = parsed.value;
  const table = new TravelTable(input.policy.travelTimes);
  const fits = (candidate: (typeof input.candidates)[number], offer: (typeof input.offers)[number]) =>
    refusals(candidate, offer, estimateTravel(candidate, offer, table)).every((rule) => rule === 'capacity');
  const waiting = input.candidates.filter((c) => unplaced.has(c.id));
  const placedAt = new Map(base.computed.outcome.results.flatMap((r) => (r.status === 'matched' ? [[r.candidateId, r.offerId] as const] : r.status === 'proposed' ? [[r.candidateId, r.proposals[0].offerId] as const] : [])));
  // Offers an unplaced student could take if a place came free there.
  const freeable = new Set(input.offers.filter((o) => waiting.some((c) => fits(c, o))).map((o) => o.id));
  // A new place helps directly (an unplaced student takes it) or by one move (a placed student moves
  // there and frees a place an unplaced student can take): both count towards the shortlist.
  const scored = input.offers.map((offer) => {
    const reachable = waiting.filter((c) => fits(c, offer)).length;
    const movers = input.candidates.filter((c) => freeable.has(placedAt.get(c.id) ?? '') && placedAt.get(c.id) !== offer.id && fits(c, offer)).length;
    return { offer, reachable, score: reachable + movers };
  }).filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || b.reachable - a.reachable || a.offer.id.localeCompare(b.offer.id))
    .slice(0, options.shortlist ?? 8);

  const before = placed(base.computed.outcome.results);
  const gainWith = (offerId: string, extra: number): number => {
    const boosted = { ...view, offers: { ...view.offers, [offerId]: { ...view.offers[offerId], places: view.offers[offerId].places + extra, supervisionCapacity: view.offers[offerId].supervisionCapacity + extra } } };
    const again = computeRun(boosted, round, round.seed, pins, context);
    return again.ok ? placed(again.computed.outcome.results) - before : 0;
  };
  return scored.map(({ offer, reachable }) => {
    const stored = view.offers[offer.id];
    const location = view.companies[stored.companyId]?.locations.find((l) => l.id === stored.locationId);
    return {
      offerId: offer.id, companyId: stored.companyId, municipality: location?.municipality ?? '', workProcesses: [...stored.workProcesses],
      reachable, withOne: gainWith(offer.id, 1), withThree: gainWith(offer.id, 3),
    };
  }).filter((a) => a.withOne > 0 || a.withThree > 0)
    .sort((a, b) => b.withThree - a.withThree || b.withOne - a.withOne || a.offerId.localeCompare(b.offerId));
}
