import type { CandidateResult } from '../../matching/index.js';
import type { MatchRun } from '../domain/match-run.js';
import { usableCapacity } from '../domain/offer.js';
import type { Student } from '../domain/student.js';
import type { KoppelView } from '../koppel-data.js';
import type { Computed } from './run-compute.js';
import type { PreviewStudent, RunPreview } from './run-types.js';

/** A confirmed student whose programme the catalogue does not know: unplaced, with a cause that says so. */
export const UNKNOWN_PROGRAMME = 'unknown_programme';

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function roundStudents(data: Readonly<KoppelView>, roundId: string): Student[] {
  return Object.values(data.students)
    .filter((s) => s.roundId === roundId)
    .sort((a, b) => compareText(a.studentNumber, b.studentNumber) || compareText(a.id, b.id));
}

function previewStudent(data: Readonly<KoppelView>, student: Student, computed: Computed, results: ReadonlyMap<string, CandidateResult>): PreviewStudent {
  const ids = { studentId: student.id, studentNumber: student.studentNumber };
  const result = results.get(student.id);
  if (result?.status === 'matched') {
    const offer = data.offers[result.offerId];
    const companyName = (offer && data.companies[offer.companyId]?.name) ?? '';
    const { offerId, fit, minutes, mode, pinned } = result;
    return { ...ids, status: 'matched', offerId, companyName, fit, minutes, mode, pinned, reasons: [...result.reasons] };
  }
  if (result?.status === 'proposed') {
    const proposals = result.proposals.map(({ offerId, fit, minutes, mode }) => {
      const offer = data.offers[offerId];
      return { offerId, companyName: (offer && data.companies[offer.companyId]?.name) ?? '', fit, minutes, mode };
    });
    return { ...ids, status: 'proposed', proposals };
  }
  if (result?.status === 'unmatched') return { ...ids, status: 'unmatched', causes: [...result.causes], help: [...result.help] };
  const skip = computed.skipped.find((s) => s.kind === 'student' && s.id === student.id);
  if (skip?.reason === 'own-placement' || skip?.reason === 'not-confirmed') return { ...ids, status: 'left-out', reason: skip.reason };
  return { ...ids, status: 'unmatched', causes: [{ code: UNKNOWN_PROGRAMME, programme: student.programmeCode }], help: [] };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Offered places nobody fills, over every offer of the round (also offers the core could not use). */
export function unusedPlaces(data: Readonly<KoppelView>, roundId: string, students: readonly PreviewStudent[], programmeCode?: string): number {
  const used = new Map<string, number>();
  for (const s of students) if (s.status === 'matched') used.set(s.offerId, (used.get(s.offerId) ?? 0) + 1);
  return Object.values(data.offers)
    .filter((o) => o.roundId === roundId && (programmeCode === undefined || o.programmeCodes.includes(programmeCode)))
    .reduce((sum, o) => sum + Math.max(0, usableCapacity(o) - (used.get(o.id) ?? 0)), 0);
}

export function buildPreview(data: Readonly<KoppelView>, run: MatchRun, computed: Computed): RunPreview {
  const results = new Map(computed.outcome.results.map((r) => [r.candidateId, r]));
  const students = roundStudents(data, run.roundId).map((s) => previewStudent(data, s, computed, results));
  const matched = students.flatMap((s) => (s.status === 'matched' ? [s] : []));
  const minutes = matched.flatMap((s) => (s.minutes === null ? [] : [s.minutes]));
  const count = (test: (s: PreviewStudent) => boolean) => students.filter(test).length;
  return {
    run,
    students,
    statistics: {
      matched: matched.length,
      proposed: count((s) => s.status === 'proposed'),
      unmatched: count((s) => s.status === 'unmatched'),
      ownPlacement: count((s) => s.status === 'left-out' && s.reason === 'own-placement'),
      notConfirmed: count((s) => s.status === 'left-out' && s.reason === 'not-confirmed'),
      averageFit: matched.length === 0 ? null : matched.reduce((sum, s) => sum + s.fit, 0) / matched.length,
      medianMinutes: median(minutes),
      unusedPlaces: unusedPlaces(data, run.roundId, students),
    },
  };
}
