import type { CandidateResult } from '../../matching/index.js';
import type { Match } from '../domain/match.js';
import type { MatchPin, MatchRun } from '../domain/match-run.js';
import type { KoppelView } from '../koppel-data.js';
import type { RunPreview } from './run-types.js';

type Params = Match['reasons'][number]['params'];

const RUN_ID = /^run_(\d+)$/;

function runNumber(id: string): number {
  const m = RUN_ID.exec(id);
  return m ? Number(m[1]) : 0;
}

/** Run ids count up over the whole store, so "latest" never depends on the clock or on key order. */
export function nextRunId(data: Readonly<KoppelView>): string {
  const highest = Object.keys(data.matchRuns).reduce((max, id) => Math.max(max, runNumber(id)), 0);
  return `run_${highest + 1}`;
}

export function latestRun(data: Readonly<KoppelView>, roundId: string): MatchRun | undefined {
  return Object.values(data.matchRuns)
    .filter((r) => r.roundId === roundId)
    .reduce<MatchRun | undefined>((best, r) => (best === undefined || runNumber(r.id) > runNumber(best.id) ? r : best), undefined);
}

/** Pins live on the runs: each run carries the pins forward, so the latest run holds the current set. */
export function currentPins(data: Readonly<KoppelView>, roundId: string): MatchPin[] {
  return structuredClone(latestRun(data, roundId)?.pins ?? []);
}

/** {code, ...rest} → {code, params}; a missing value (null) is left out, as params hold no nulls. */
export function toStoredReason(item: { readonly code: string }): Match['reasons'][number] {
  const params: Params = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'code' || value === null || value === undefined) continue;
    params[key] = Array.isArray(value) ? value.map(String) : typeof value === 'number' ? value : String(value);
  }
  return { code: item.code, params };
}

function matchOf(run: MatchRun, result: CandidateResult, index: number, createdAt: string): Match | undefined {
  const base = { id: `match_${run.id}_${index + 1}`, roundId: run.roundId, runId: run.id, studentId: result.candidateId, status: 'proposed' as const, createdAt };
  if (result.status === 'matched') {
    const pin = result.pinned ? run.pins.find((p) => p.studentId === result.candidateId) : undefined;
    return { ...base, offerId: result.offerId, reasons: result.reasons.map(toStoredReason), ...(pin ? { pin: { by: pin.by, reason: pin.reason } } : {}) };
  }
  // Unplaced students keep why (causes) and what would help (hints); the codes do not overlap.
  if (result.status === 'unmatched') return { ...base, offerId: null, reasons: [...result.causes, ...result.help].map(toStoredReason) };
  return undefined;
}

/** Stores the run and replaces the round's proposed matches with this run's. */
export function storeRun(data: KoppelView, run: MatchRun, results: readonly CandidateResult[]): void {
  // A proposals stage run keeps what it proposed on the run: approving it approves exactly these, and
  // the proposals' release hands out these.
  const proposed = results.flatMap((r) => (r.status === 'proposed' ? [[r.candidateId, r.proposals.map((p) => p.offerId)] as const] : []));
  if (proposed.length > 0) run.proposals = Object.fromEntries(proposed);
  data.matchRuns[run.id] = run;
  for (const [id, match] of Object.entries(data.matches)) {
    if (match.roundId === run.roundId && match.status === 'proposed') delete data.matches[id];
  }
  results.forEach((result, i) => {
    const match = matchOf(run, result, i, run.runAt);
    if (match) data.matches[match.id] = match;
  });
}

export function summaryOf(statistics: RunPreview['statistics']): MatchRun['summary'] {
  const { matched, unmatched, ownPlacement, notConfirmed, proposed } = statistics;
  return { matched, unmatched, ownPlacement, notConfirmed, ...(proposed > 0 ? { proposed } : {}) };
}
