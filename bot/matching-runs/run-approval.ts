// What a second coordinator sees before approving (four eyes): the proposal's figures, who stays
// unplaced and why, the manual placements with their reasons, and what changed since the round's
// last approval. Pure: the run service reads, this compares.
import type { MatchRun } from '../domain/match-run.js';
import type { KoppelView } from '../koppel-data.js';
import { ownRecord } from '../own-record.js';
import type { RunPreview } from './run-types.js';

export interface PlacementChange {
  studentNumber: string;
  /** company names; null for "no place" */
  from: string | null;
  to: string | null;
}

export interface ApprovalView {
  preview: RunPreview;
  /** The round's most recent earlier approval, with the places that changed since; absent for a first approval. */
  lastApproval?: { by: string; at: string; changes: PlacementChange[] };
}

/** Student → offer (null when unplaced) of a proposal, as stored at approval. */
export function placementsOf(preview: RunPreview): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const s of preview.students) if (s.status !== 'left-out') out[s.studentId] = s.status === 'matched' ? s.offerId : null;
  return out;
}

function companyOf(data: Readonly<KoppelView>, offerId: string | null | undefined): string | null {
  if (!offerId) return null;
  const offer = ownRecord(data.offers, offerId);
  return (offer && ownRecord(data.companies, offer.companyId)?.name) ?? offerId;
}

/** The latest approved run of the round other than `current`, by run order. */
export function lastApprovedRun(data: Readonly<KoppelView>, roundId: string, current: MatchRun): MatchRun | undefined {
  const number = (id: string) => Number(/^run_(\d+)$/.exec(id)?.[1] ?? 0);
  return Object.values(data.matchRuns)
    .filter((r) => r.roundId === roundId && r.id !== current.id && r.approvedBy !== undefined && number(r.id) < number(current.id))
    .sort((a, b) => number(b.id) - number(a.id))[0];
}

export function approvalView(data: Readonly<KoppelView>, preview: RunPreview): ApprovalView {
  const previous = lastApprovedRun(data, preview.run.roundId, preview.run);
  if (!previous?.approvedBy || !previous.approvedAt) return { preview };
  const before = previous.approvedPlacements ?? {};
  const now = placementsOf(preview);
  const numberOf = (studentId: string) => ownRecord(data.students, studentId)?.studentNumber ?? studentId;
  const changes = [...new Set([...Object.keys(before), ...Object.keys(now)])]
    .filter((id) => (before[id] ?? null) !== (now[id] ?? null))
    .map((id) => ({ studentNumber: numberOf(id), from: companyOf(data, before[id]), to: companyOf(data, now[id]) }))
    .sort((a, b) => a.studentNumber.localeCompare(b.studentNumber));
  return { preview, lastApproval: { by: previous.approvedBy, at: previous.approvedAt, changes } };
}
