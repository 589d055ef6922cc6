import type { MatchRun } from '../domain/match-run.js';
import type { RoundStatus } from '../domain/round.js';
import type { KoppelView } from '../koppel-data.js';
import { latestRun } from '../matching-runs/run-records.js';
import { releaseProgress, type ReleaseKind, type StatusCounts } from './outbox.js';
import { ownRecord } from '../own-record.js';
import { canWriteTo } from '../people.js';

/**
 * A round's release as a coordinator follows it: the figures of the approved run and, per kind of
 * message, how many are sent, waiting or failed; each failure with whom it concerns (a student
 * number or a company's name, never a student's name) and the reason code.
 */
export interface ReleaseOverview {
  roundId: string;
  roundName: string;
  status: RoundStatus;
  releaseAt: string;
  summary?: MatchRun['summary'];
  byKind: Record<ReleaseKind, StatusCounts>;
  failures: Array<{ key: string; kind: ReleaseKind; subject: string; error: string }>;
  /** Students of the round Koppel cannot write to (no chat account, or never talked to it in Teams): a message to them cannot arrive. */
  unreachableStudents: string[];
}

export function releaseOverview(data: Readonly<KoppelView>, roundId: string): ReleaseOverview | undefined {
  const round = ownRecord(data.rounds, roundId);
  if (!round) return undefined;
  const progress = releaseProgress(data, roundId);
  const run = latestRun(data, roundId);
  return {
    roundId, roundName: round.name, status: round.status, releaseAt: round.releaseAt,
    ...(run ? { summary: run.summary } : {}),
    byKind: progress.byKind,
    failures: progress.failures.map(({ key, lastError }) => {
      const entry = data.outbox[key];
      // releaseProgress lists failures of the release's own kinds only.
      const kind = entry.kind as ReleaseKind;
      return { key, kind, subject: subjectOf(data, kind, entry.subjectIds[0] ?? ''), error: lastError };
    }).sort((a, b) => a.kind.localeCompare(b.kind) || a.subject.localeCompare(b.subject)),
    unreachableStudents: Object.values(data.students).filter((s) => s.roundId === roundId && !canWriteTo(data, s.identities)).map((s) => s.studentNumber).sort(),
  };
}

function subjectOf(data: Readonly<KoppelView>, kind: ReleaseKind, id: string): string {
  if (kind === 'student-result-card' || kind === 'student-result-notice') return ownRecord(data.students, id)?.studentNumber ?? id;
  if (kind === 'company-result') return ownRecord(data.companies, id)?.name ?? id;
  return id;
}
