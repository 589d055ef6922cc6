// Closing, running, placing by hand, approving and exporting a round's match. Every call is one
// store update with its audit events: a refusal or a core failure writes nothing.
import { appendAudit } from '../audit-log.js';
import type { Catalogue } from '../catalogue/index.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { KoppelView } from '../koppel-data.js';
import { checkTransition } from '../rounds/round-lifecycle.js';
import type { RunExport } from './run-exports.js';
import { exportRun, latestPreview, move, newPin, refuse, roundOf, runWith, type RunDeps } from './run-changes.js';
import { defaultSolve, type CoreSolve } from './run-compute.js';
import { currentPins, latestRun } from './run-records.js';
import { runRefusals, type RunPreview, type RunRefusal } from './run-types.js';
import { approvalView, type ApprovalView } from './run-approval.js';
import { readSettled, updateSettled, type ScopeOf } from '../scoped-work.js';
import { byIds, byKeys, roundKey, type KoppelStore, type Scope } from '../store/index.js';

export type { RunExport, ExportedStudent, ExportFigures } from './run-exports.js';
export type { BotCause, PreviewCause, PreviewStudent, RunPreview, RunRefusal } from './run-types.js';
export { isBotCause } from './run-types.js';
export type { ApprovalView, PlacementChange } from './run-approval.js';
export { PIN_REASON_MAX, PIN_REASON_MIN } from './run-changes.js';

export interface RunService {
  /** open → closed */
  close(roundId: string, actorId: string): Promise<{ ok: true } | { ok: false; refusal: RunRefusal }>;
  /** closed|matched|approved → matched: a new run with the round's seed and the current pins; replaces the round's proposed matches */
  run(roundId: string, actorId: string): Promise<{ ok: true; preview: RunPreview } | { ok: false; refusal: RunRefusal }>;
  /**
   * adds or replaces a student's pin (reason required), then reruns; a pin that breaks hard rules is
   * refused with those rules until `confirmed`
   */
  place(roundId: string, studentNumber: string, offerId: string, reason: string, actorId: string, confirmed?: boolean): Promise<{ ok: true; preview: RunPreview } | { ok: false; refusal: RunRefusal }>;
  /** matched → approved, by someone other than who ran the latest run; with `runId`, only if that is still the latest run */
  approve(roundId: string, actorId: string, runId?: string): Promise<{ ok: true } | { ok: false; refusal: RunRefusal }>;
  /** what an approver sees: the latest proposal and what changed since the round's last approval */
  approvalView(roundId: string): Promise<ApprovalView | undefined>;
  /** the latest run, reproduced from its recorded seed and pins */
  preview(roundId: string): Promise<RunPreview | undefined>;
  /** the latest run's matching per student and figures per programme, for the export files; audited */
  exportRun(roundId: string, actorId: string): Promise<{ ok: true; exported: RunExport } | { ok: false; refusal: RunRefusal }>;
}

export interface RunServiceOptions {
  store: KoppelStore;
  catalogue: Catalogue;
  gazetteer: Gazetteer;
  now: () => Date;
  /** The core's solve step; replaceable so tests can make the core fail. */
  solve?: CoreSolve;
  /** A second coordinator approves (default). Only the demo, with one person in every role, turns it off. */
  fourEyes?: boolean;
}

export function createRunService(options: RunServiceOptions): RunService {
  const { store } = options;
  const deps: RunDeps = { catalogue: options.catalogue, gazetteer: options.gazetteer, solve: options.solve ?? defaultSolve, now: options.now, fourEyes: options.fourEyes ?? true };
  // A scope that depends on the records (the companies of the round's offers) is built from a read first.
  const attempt = async <T extends object>(scope: Scope | ScopeOf, change: (data: KoppelView) => T): Promise<({ ok: true } & T) | { ok: false; refusal: RunRefusal }> => {
    return runRefusals.unlessAborted(
      async () => ({ ok: true as const, ...(await (typeof scope === 'function' ? updateSettled(store, scope, change) : store.update(scope, change))) }),
      (refusal) => ({ ok: false as const, refusal }),
    );
  };
  const theRound = (roundId: string): Scope => ({ rounds: byIds(roundId) });
  // A new run also needs every run's id: run ids count up over the whole store (nextRunId).
  const forNewRun = (roundId: string): ScopeOf => (data) => ({ ...matchScope(roundId)(data), matchRuns: 'all' });
  return {
    close: (roundId, actorId) => attempt(theRound(roundId), (data) => {
      move(deps, data, roundOf(data, roundId), 'closed', actorId);
      return {};
    }),
    run: (roundId, actorId) => attempt(forNewRun(roundId), (data) => ({ preview: runWith(deps, data, roundOf(data, roundId), currentPins(data, roundId), actorId).preview })),
    place: (roundId, studentNumber, offerId, reason, actorId, confirmed = false) => attempt(forNewRun(roundId), (data) => {
      const round = roundOf(data, roundId);
      // The round must allow a rerun before the placement is even looked at.
      const refusal = checkTransition(round, 'matched', { now: deps.now(), actorId });
      if (refusal) refuse({ code: 'transition', refusal });
      const pin = newPin(deps, data, round, { studentNumber, offerId, reason }, actorId);
      const pins = [...currentPins(data, roundId).filter((p) => p.studentId !== pin.studentId), pin];
      // Ids only: the reason may say something personal, so it stays on the pin.
      appendAudit(data, { actorId, action: 'match.pinned', subjectType: 'student', subjectId: pin.studentId, detail: { roundId, offerId } }, deps.now());
      const result = runWith(deps, data, round, pins, actorId);
      // Refusing drops the whole update: nothing is stored until the coordinator confirms.
      const broken = result.brokenRules.get(pin.studentId) ?? [];
      if (broken.length > 0 && !confirmed) refuse({ code: 'pin-breaks-rules', rules: [...broken] });
      return { preview: result.preview };
    }),
    approve: (roundId, actorId, runId) => attempt(matchScope(roundId), (data) => {
      const run = latestRun(data, roundId);
      if (runId !== undefined && run?.id !== runId) refuse({ code: 'proposal-changed' });
      move(deps, data, roundOf(data, roundId), 'approved', actorId, run?.runBy);
      const approved = data.matchRuns[run!.id];
      // A proposals stage approves places to choose from: each student's first one stands for them, so
      // the final approval shows who ends up elsewhere (they chose another, or their first was chosen).
      const firstProposals = Object.entries(approved.proposals ?? {}).map(([studentId, offerIds]) => [studentId, offerIds[0]]);
      const placements = Object.fromEntries([...Object.values(data.matches).filter((m) => m.runId === approved.id).map((m) => [m.studentId, m.offerId]), ...firstProposals]);
      Object.assign(approved, { approvedBy: actorId, approvedAt: deps.now().toISOString(), approvedPlacements: placements });
      appendAudit(data, { actorId, action: 'match.approved', subjectType: 'round', subjectId: roundId, detail: { runId: approved.id } }, deps.now());
      return {};
    }),
    preview: async (roundId) => latestPreview(deps, await readSettled(store, matchScope(roundId)), roundId),
    approvalView: async (roundId) => {
      const data = await readSettled(store, matchScope(roundId));
      const preview = latestPreview(deps, data, roundId);
      return preview && approvalView(data, preview);
    },
    exportRun: (roundId, actorId) => attempt(matchScope(roundId), (data) => ({ exported: exportRun(deps, data, roundId, actorId) })),
  };
}

/**
 * What a run of one round reads: the round, its students, offers, runs and matches, and the
 * companies of its offers (where they are). Nothing of other rounds.
 */
export function matchScope(roundId: string): ScopeOf {
  const ofRound = byKeys(roundKey(roundId));
  return (data) => ({
    rounds: byIds(roundId), students: ofRound, offers: ofRound, matchRuns: ofRound, matches: ofRound,
    companies: byIds(...new Set(Object.values(data.offers).filter((o) => o.roundId === roundId).map((o) => o.companyId))),
  });
}
