import { matchRound, parseRound } from '../../matching/index.js';
import { appendAudit } from '../audit-log.js';
import type { Placement, Rematch } from '../domain/placement.js';
import type { Student } from '../domain/student.js';
import type { KoppelView } from '../koppel-data.js';
import { coreRound } from '../matching-runs/core-round.js';
import type { RunContext } from '../matching-runs/run-compute.js';
import { toStoredReason } from '../matching-runs/run-records.js';
import { PIN_REASON_MAX, PIN_REASON_MIN } from '../matching-runs/run-changes.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';
import { toCompany, toStudent } from './follow-up-messages.js';
import { activePlacement, placementId, placementsOf, placesLeft } from './placements.js';

// The guaranteed rematch (herkoppeling): the same core, run for the students who lost their place
// or never had one, on the capacity that is left. Everyone placed stays placed; a company that
// refused a student never gets that student again. A second coordinator approves, and the approval
// releases it: new placements, and messages to the students and their new companies through the
// outbox. A coordinator may also place one waiting student by hand, with a reason.

export type RematchRefusal =
  | { code: 'unknown-round' }
  | { code: 'not-released' }
  | { code: 'nobody-waiting' }
  | { code: 'core-failed'; reason: string }
  | { code: 'no-rematch' }
  | { code: 'needs-second-coordinator' }
  | { code: 'unknown-student' }
  | { code: 'not-waiting' }
  | { code: 'unknown-offer' }
  | { code: 'offer-full' }
  | { code: 'reason' };

type Result<T> = { ok: true; value: T; messages: QueuedNotification[] } | { ok: false; refusal: RematchRefusal; messages: [] };

const refused = (refusal: RematchRefusal): { ok: false; refusal: RematchRefusal; messages: [] } => ({ ok: false, refusal, messages: [] });

/** Rounds whose results are out: the follow-up, and so rematches, happen only there. */
export function inFollowUp(view: Readonly<KoppelView>, roundId: string): boolean {
  const round = Object.hasOwn(view.rounds, roundId) ? view.rounds[roundId] : undefined;
  return round?.status === 'released' || round?.status === 'follow-up';
}

/**
 * Students of the round the school still owes a place: confirmed, no place of their own, and no
 * placement that holds (never matched, or refused and upheld). A refusal not yet decided still holds.
 */
export function waitingStudents(view: Readonly<KoppelView>, roundId: string): Student[] {
  return Object.values(view.students)
    .filter((s) => s.roundId === roundId && s.intakeStatus === 'confirmed' && !s.ownPlacement && !activePlacement(view, s.id))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Since when a waiting student waits: their last place's end, else the release moment. */
export function waitingSince(view: Readonly<KoppelView>, student: Student): string {
  const ended = placementsOf(view, student.id).map((p) => p.endedAt).filter((at): at is string => at !== undefined).sort().at(-1);
  return ended ?? view.rounds[student.roundId]?.releaseAt ?? '';
}

export function runRematch(draft: KoppelView, roundId: string, actorId: string, now: Date, context: RunContext): Result<Rematch> {
  const round = Object.hasOwn(draft.rounds, roundId) ? draft.rounds[roundId] : undefined;
  if (!round) return refused({ code: 'unknown-round' });
  if (!inFollowUp(draft, roundId)) return refused({ code: 'not-released' });
  const waiting = waitingStudents(draft, roundId);
  if (waiting.length === 0) return refused({ code: 'nobody-waiting' });
  // The capacity that is left: each offer as if it had only its free places.
  const offers = Object.values(draft.offers).filter((o) => o.roundId === roundId)
    .map((o) => ({ ...o, places: placesLeft(draft, o.id), supervisionCapacity: placesLeft(draft, o.id) }));
  const excludedOffers = new Map(waiting.map((s) => [s.id, excludedFor(draft, s.id)]));
  const seed = `${round.seed}:rematch:${Object.values(draft.rematches).filter((r) => r.roundId === roundId).length + 1}`;
  // Always a school match: the first round's rankings and proposals were about places since taken.
  const { round: file } = coreRound({
    round: { ...round, mechanism: 'school', seed }, students: waiting, offers, companies: Object.values(draft.companies),
    catalogue: context.catalogue, gazetteer: context.gazetteer, excludedOffers,
  });
  const parsed = parseRound(file);
  if (!parsed.ok) return refused({ code: 'core-failed', reason: parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ') });
  const outcome = matchRound(parsed.value);
  if (outcome.status !== 'ok') return refused({ code: 'core-failed', reason: outcome.reason });
  for (const earlier of Object.values(draft.rematches)) {
    if (earlier.roundId === roundId && !earlier.approvedAt && !earlier.discardedAt) earlier.discardedAt = now.toISOString();
  }
  const rematch: Rematch = {
    id: `rematch_${roundId}_${Object.keys(draft.rematches).length + 1}`.slice(0, 80), roundId, seed, runBy: actorId, runAt: now.toISOString(),
    proposals: outcome.results.flatMap((r): Rematch['proposals'] => r.status === 'matched' ? [{ studentId: r.candidateId, offerId: r.offerId, reasons: r.reasons.map(toStoredReason) }]
      : r.status === 'unmatched' ? [{ studentId: r.candidateId, offerId: null, reasons: [...r.causes, ...r.help].map(toStoredReason) }] : []),
  };
  draft.rematches[rematch.id] = rematch;
  appendAudit(draft, { actorId, action: 'rematch.run', subjectType: 'rematch', subjectId: rematch.id, detail: { roundId, waiting: waiting.length } }, now);
  return { ok: true, value: rematch, messages: [] };
}

/** The round's rematch waiting for approval, if any. */
export function pendingRematch(view: Readonly<KoppelView>, roundId: string): Rematch | undefined {
  return Object.values(view.rematches).filter((r) => r.roundId === roundId && !r.approvedAt && !r.discardedAt)
    .sort((a, b) => a.runAt.localeCompare(b.runAt)).at(-1);
}

/**
 * Approves and releases the pending rematch: someone other than who ran it. A proposal that no longer
 * fits (the student was placed by hand, the offer filled up since) is left out, and that student waits on.
 */
export function approveRematch(draft: KoppelView, roundId: string, actorId: string, now: Date, fourEyes = true): Result<{ rematch: Rematch; placed: Placement[] }> {
  const rematch = pendingRematch(draft, roundId);
  if (!rematch) return refused({ code: 'no-rematch' });
  if (fourEyes && rematch.runBy === actorId) return refused({ code: 'needs-second-coordinator' });
  const waiting = new Set(waitingStudents(draft, roundId).map((s) => s.id));
  const placed: Placement[] = [];
  rematch.proposals.forEach((proposal, index) => {
    if (!proposal.offerId || !waiting.has(proposal.studentId) || placesLeft(draft, proposal.offerId) === 0) return;
    placed.push(place(draft, { roundId, studentId: proposal.studentId, offerId: proposal.offerId, origin: 'rematch', matchId: `${rematch.id}_${index + 1}`.slice(0, 80) }, now));
  });
  Object.assign(rematch, { approvedBy: actorId, approvedAt: now.toISOString() });
  appendAudit(draft, { actorId, action: 'rematch.approved', subjectType: 'rematch', subjectId: rematch.id, detail: { roundId, placed: placed.length } }, now);
  return { ok: true, value: { rematch, placed }, messages: placed.flatMap((p) => placedMessages(draft, p)) };
}

/** A coordinator places one waiting student by hand, on an offer with a free place, with a reason. */
export function placeByHand(
  draft: KoppelView, roundId: string, studentNumber: string, offerId: string, reason: string, actorId: string, now: Date,
): Result<Placement> {
  if (!inFollowUp(draft, roundId)) return refused({ code: 'not-released' });
  const why = reason.trim();
  if (why.length < PIN_REASON_MIN || why.length > PIN_REASON_MAX) return refused({ code: 'reason' });
  const student = Object.values(draft.students).find((s) => s.roundId === roundId && s.studentNumber === studentNumber);
  if (!student) return refused({ code: 'unknown-student' });
  if (!waitingStudents(draft, roundId).some((s) => s.id === student.id)) return refused({ code: 'not-waiting' });
  const offer = Object.hasOwn(draft.offers, offerId) ? draft.offers[offerId] : undefined;
  if (!offer || offer.roundId !== roundId) return refused({ code: 'unknown-offer' });
  if (placesLeft(draft, offerId) === 0) return refused({ code: 'offer-full' });
  const placement = place(draft, { roundId, studentId: student.id, offerId, origin: 'by-hand', matchId: `hand_${now.getTime()}`, byHand: { by: actorId, reason: why } }, now);
  // Ids only: the reason may say something personal, so it stays on the placement.
  appendAudit(draft, { actorId, action: 'placement.by-hand', subjectType: 'placement', subjectId: placement.id, detail: { roundId, offerId } }, now);
  return { ok: true, value: placement, messages: placedMessages(draft, placement) };
}

function place(draft: KoppelView, made: Pick<Placement, 'roundId' | 'studentId' | 'offerId' | 'origin' | 'matchId' | 'byHand'>, now: Date): Placement {
  const number = placementsOf(draft, made.studentId).filter((p) => p.roundId === made.roundId).length + 1;
  const companyId = draft.offers[made.offerId].companyId;
  const placement: Placement = { ...made, id: placementId(made.roundId, made.studentId, number), companyId, placedAt: now.toISOString(), problems: [] };
  if (placement.byHand === undefined) delete placement.byHand;
  draft.placements[placement.id] = placement;
  return placement;
}

function placedMessages(draft: KoppelView, placement: Placement): QueuedNotification[] {
  return [...toStudent(draft, placement, 'placed-again'), ...toCompany(draft, placement, 'student-placed')];
}

/** The offers a student may not get again: every offer of a company whose refusal of them was upheld. */
function excludedFor(view: Readonly<KoppelView>, studentId: string): string[] {
  const refusing = new Set(placementsOf(view, studentId).filter((p) => p.refusal?.decision === 'upheld').map((p) => p.companyId));
  return Object.values(view.offers).filter((o) => refusing.has(o.companyId)).map((o) => o.id);
}
