// The changes behind the run service, each made on the store's draft inside one update: a refusal
// (aborted with runRefusals) drops the whole update, audit events included.
import { appendAudit } from '../audit-log.js';
import type { MatchPin, MatchRun } from '../domain/match-run.js';
import type { Round, RoundStatus } from '../domain/round.js';
import type { KoppelView } from '../koppel-data.js';
import { checkTransition } from '../rounds/round-lifecycle.js';
import { computeRun, type RunContext } from './run-compute.js';
import { runExport, type RunExport } from './run-exports.js';
import { buildPreview } from './run-preview.js';
import { latestRun, nextRunId, storeRun, summaryOf } from './run-records.js';
import { runRefusals, type RunPreview, type RunRefusal } from './run-types.js';
import { ownRecord } from '../own-record.js';

/** Limits of a pin's reason (MatchPin); the dialog can show them on the form. */
export const PIN_REASON_MIN = 3;
export const PIN_REASON_MAX = 300;

export interface RunDeps extends RunContext {
  now: () => Date;
  fourEyes: boolean;
}

export function refuse(refusal: RunRefusal): never {
  return runRefusals.abort(refusal);
}

export function roundOf(data: KoppelView, roundId: string): Round {
  return ownRecord(data.rounds, roundId) ?? refuse({ code: 'unknown-round' });
}

/** Checks and records a move of the round; a rerun (matched → matched) is no move and is not recorded as one. */
export function move(deps: RunDeps, data: KoppelView, round: Round, to: RoundStatus, actorId: string, lastMatchRunBy?: string): void {
  const refusal = checkTransition(round, to, { now: deps.now(), actorId, lastMatchRunBy, fourEyes: deps.fourEyes });
  if (refusal) refuse({ code: 'transition', refusal });
  if (round.status === to) return;
  appendAudit(data, { actorId, action: 'round.transition', subjectType: 'round', subjectId: round.id, detail: { from: round.status, to } }, deps.now());
  round.status = to;
}

/** A new run with the round's seed and these pins; it replaces the round's proposed matches. */
export function runWith(deps: RunDeps, data: KoppelView, round: Round, pins: MatchPin[], actorId: string): { preview: RunPreview; brokenRules: ReadonlyMap<string, readonly string[]> } {
  const computed = computeRun(data, round, round.seed, pins, deps);
  if (!computed.ok) refuse({ code: 'core-failed', reason: computed.reason });
  move(deps, data, round, 'matched', actorId);
  const run: MatchRun = {
    id: nextRunId(data), roundId: round.id, seed: round.seed, weights: { ...round.weights }, runBy: actorId, runAt: deps.now().toISOString(), pins,
    summary: { matched: 0, unmatched: 0, ownPlacement: 0, notConfirmed: 0 },
  };
  const preview = buildPreview(data, run, computed.computed);
  run.summary = summaryOf(preview.statistics);
  storeRun(data, run, computed.computed.outcome.results);
  const { matched, unmatched } = run.summary;
  const detail = { runId: run.id, matched, unmatched, pins: pins.length };
  appendAudit(data, { actorId, action: 'match.run', subjectType: 'round', subjectId: round.id, detail }, deps.now());
  const brokenRules = new Map(computed.computed.outcome.pins.map((p) => [p.candidateId, p.brokenRules]));
  return { preview, brokenRules };
}

export function newPin(deps: RunDeps, data: KoppelView, round: Round, placement: { studentNumber: string; offerId: string; reason: string }, actorId: string): MatchPin {
  const student = Object.values(data.students).find((s) => s.roundId === round.id && s.studentNumber === placement.studentNumber.trim());
  // Only students in the matching can be placed: the core knows nothing of the others.
  if (!student || student.intakeStatus !== 'confirmed') return refuse({ code: 'unknown-student' });
  if (ownRecord(data.offers, placement.offerId)?.roundId !== round.id) refuse({ code: 'unknown-offer' });
  const reason = placement.reason.trim();
  if (reason.length < PIN_REASON_MIN || reason.length > PIN_REASON_MAX) refuse({ code: 'no-reason' });
  return { studentId: student.id, offerId: placement.offerId, reason, by: actorId, at: deps.now().toISOString() };
}

/** The latest run, reproduced from its recorded seed, weights and pins (the core is deterministic). */
export function latestPreview(deps: RunDeps, data: Readonly<KoppelView>, roundId: string): RunPreview | undefined {
  const round = ownRecord(data.rounds, roundId);
  const run = round && latestRun(data, roundId);
  if (!run) return undefined;
  const computed = computeRun(data, round, run.seed, run.pins, deps, run.weights);
  return computed.ok ? buildPreview(data, structuredClone(run), computed.computed) : undefined;
}

/** The latest run's exports as data (the coordinator's dialog writes the files), audited with ids only. */
export function exportRun(deps: RunDeps, data: KoppelView, roundId: string, actorId: string): RunExport {
  const round = roundOf(data, roundId);
  const preview = latestPreview(deps, data, roundId) ?? refuse({ code: 'transition', refusal: 'needs-match-run' });
  const exported = runExport(data, round, preview, deps.catalogue);
  const detail = { runId: preview.run.id, rows: preview.students.length };
  appendAudit(data, { actorId, action: 'export.created', subjectType: 'round', subjectId: roundId, detail }, deps.now());
  return exported;
}
