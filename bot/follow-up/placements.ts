import { createHash } from 'node:crypto';
import type { Match } from '../domain/match.js';
import type { Placement } from '../domain/placement.js';
import type { KoppelView } from '../koppel-data.js';
import { latestRun } from '../matching-runs/run-records.js';
import { DAY_MS } from './follow-up-rules.js';

// A student's places after a release, read and made on a view. Pure: the services decide the scope
// and the unit of work. At the release every matched student gets a placement (made in the release's
// own unit of work); a student who asks in the short time between the release moment and the runner
// marking the round released gets theirs made from the same match, so both ways give the same record.

/**
 * A short, stable id per round, student and place number: the release and a student acting at the
 * same moment make the same record, never two.
 */
export function placementId(roundId: string, studentId: string, number: number): string {
  return `pl_${createHash('sha256').update(`${roundId}\n${studentId}\n${number}`).digest('hex').slice(0, 24)}`;
}

export function placementsOf(view: Readonly<KoppelView>, studentId: string): Placement[] {
  return Object.values(view.placements).filter((p) => p.studentId === studentId)
    .sort((a, b) => a.placedAt.localeCompare(b.placedAt) || a.id.localeCompare(b.id));
}

/** The place that holds now: the newest one that did not end. */
export function activePlacement(view: Readonly<KoppelView>, studentId: string): Placement | undefined {
  return placementsOf(view, studentId).filter((p) => p.endedAt === undefined).at(-1);
}

/** The round's latest run's match with a place for the student, if any. */
export function releasedMatch(view: Readonly<KoppelView>, roundId: string, studentId: string) {
  const run = latestRun(view, roundId);
  return Object.values(view.matches).find((m) => m.runId === run?.id && m.studentId === studentId && m.offerId);
}

/**
 * The offer a student holds now: once the release made placements for them, the one that holds;
 * before (or in the moment between the release and the runner making them), the latest run's match.
 */
export function currentOfferId(view: Readonly<KoppelView>, roundId: string, studentId: string, released: boolean): string | undefined {
  const placedOnce = Object.values(view.placements).some((p) => p.roundId === roundId && p.studentId === studentId);
  return released && placedOnce ? activePlacement(view, studentId)?.offerId : releasedMatch(view, roundId, studentId)?.offerId ?? undefined;
}

/**
 * The student's first placement from the released match, when there is none yet: the draft must
 * hold the student's placements, the round's runs and matches and the offer. Returns the one that
 * holds (new or not).
 */
export function placementFromMatch(draft: KoppelView, roundId: string, studentId: string, now: Date): Placement | undefined {
  if (placementsOf(draft, studentId).some((p) => p.roundId === roundId)) return activePlacement(draft, studentId);
  const match = releasedMatch(draft, roundId, studentId);
  return match ? placeFromMatch(draft, match, now) : undefined;
}

/** Every matched student's placement, at the release; returns how many were made. */
export function placementsAtRelease(draft: KoppelView, roundId: string, now: Date): number {
  const run = latestRun(draft, roundId);
  const placed = new Set(Object.values(draft.placements).filter((p) => p.roundId === roundId).map((p) => p.studentId));
  let made = 0;
  for (const match of Object.values(draft.matches)) {
    if (match.runId !== run?.id || !match.offerId || placed.has(match.studentId)) continue;
    if (placeFromMatch(draft, match, now)) made += 1;
  }
  return made;
}

function placeFromMatch(draft: KoppelView, match: Match, now: Date): Placement | undefined {
  const offer = match.offerId && Object.hasOwn(draft.offers, match.offerId) ? draft.offers[match.offerId] : undefined;
  if (!offer) return undefined;
  const placement: Placement = {
    id: placementId(match.roundId, match.studentId, 1), roundId: match.roundId, studentId: match.studentId, offerId: offer.id, companyId: offer.companyId,
    origin: 'match', matchId: match.id, placedAt: now.toISOString(), problems: [],
  };
  draft.placements[placement.id] = placement;
  return placement;
}

/** Places an offer has left after the release: its usable capacity less the placements that hold. */
export function placesLeft(view: Readonly<KoppelView>, offerId: string): number {
  const offer = Object.hasOwn(view.offers, offerId) ? view.offers[offerId] : undefined;
  if (!offer) return 0;
  const held = Object.values(view.placements).filter((p) => p.offerId === offerId && p.endedAt === undefined).length;
  return Math.max(0, Math.min(offer.places, offer.supervisionCapacity) - held);
}

/** The company's refusals within the last `days` (whatever the school decided), over the placements the view holds. */
export function recentRefusals(view: Readonly<KoppelView>, companyId: string, now: Date, days: number): number {
  const since = now.getTime() - days * DAY_MS;
  return Object.values(view.placements).filter((p) => p.companyId === companyId && p.refusal && Date.parse(p.refusal.at) >= since).length;
}
