import { resultsVisible } from '../rounds/round-lifecycle.js';
import type { KoppelView } from '../koppel-data.js';
import { latestRun } from '../matching-runs/run-records.js';
import { byIds, byKeys, roundKey, type Scope } from '../store/index.js';
import { ownRecord } from '../own-record.js';

/**
 * What a student may see of their result, decided here on the server at the moment of asking:
 * before the release moment nothing but the moment itself, whatever the client shows or caches.
 */
export type StudentResult =
  | { kind: 'not-yet'; roundName: string; releaseAt: string }
  | { kind: 'placed'; roundName: string; companyName: string; locationLabel: string; municipality: string; learnText: string; internshipStart: string; minutes?: number; mode?: string }
  | { kind: 'own-placement'; roundName: string; companyName: string; place: string }
  | { kind: 'no-place-yet'; roundName: string };

/**
 * What `studentResult` reads, given what was read so far: the student, their round and, once it may
 * be shown, the round's runs and matches, the offer they were placed on and its company.
 */
export function studentResultScope(studentId: string, now: Date): (data: Readonly<KoppelView>) => Scope {
  return (data) => {
    const student = Object.hasOwn(data.students, studentId) ? data.students[studentId] : undefined;
    if (!student) return { students: byIds(studentId) };
    const round = Object.hasOwn(data.rounds, student.roundId) ? data.rounds[student.roundId] : undefined;
    if (!round || !resultsVisible(round, now) || student.ownPlacement) return { students: byIds(studentId), rounds: byIds(student.roundId) };
    const match = placedMatch(data, studentId, round.id);
    const offer = match?.offerId && Object.hasOwn(data.offers, match.offerId) ? data.offers[match.offerId] : undefined;
    const ofRound = byKeys(roundKey(round.id));
    return {
      students: byIds(studentId), rounds: byIds(round.id), matchRuns: ofRound, matches: ofRound,
      offers: byIds(match?.offerId ?? undefined), companies: byIds(offer?.companyId),
    };
  };
}

function placedMatch(data: Readonly<KoppelView>, studentId: string, roundId: string) {
  const run = latestRun(data, roundId);
  return Object.values(data.matches).find((m) => m.runId === run?.id && m.studentId === studentId && m.offerId);
}

export function studentResult(data: Readonly<KoppelView>, studentId: string, now: Date): StudentResult | undefined {
  const student = ownRecord(data.students, studentId);
  const round = student && ownRecord(data.rounds, student.roundId);
  if (!student || !round) return undefined;
  if (!resultsVisible(round, now)) return { kind: 'not-yet', roundName: round.name, releaseAt: round.releaseAt };
  if (student.ownPlacement) return { kind: 'own-placement', roundName: round.name, companyName: student.ownPlacement.companyName, place: student.ownPlacement.place };
  const match = placedMatch(data, studentId, round.id);
  const offer = match?.offerId ? ownRecord(data.offers, match.offerId) : undefined;
  const company = offer && ownRecord(data.companies, offer.companyId);
  const location = company?.locations.find((l) => l.id === offer?.locationId);
  if (!offer || !company || !location) return { kind: 'no-place-yet', roundName: round.name };
  const travel = match?.reasons.find((r) => r.code === 'travel')?.params;
  return {
    kind: 'placed', roundName: round.name, companyName: company.name, locationLabel: location.label, municipality: location.municipality,
    learnText: offer.learnText, internshipStart: round.internshipStart,
    ...(typeof travel?.minutes === 'number' ? { minutes: travel.minutes } : {}), ...(typeof travel?.mode === 'string' ? { mode: travel.mode } : {}),
  };
}
