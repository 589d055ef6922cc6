import { resultsVisible } from '../rounds/round-lifecycle.js';
import type { KoppelView } from '../koppel-data.js';
import { latestRun } from '../matching-runs/run-records.js';

/**
 * What a student may see of their result, decided here on the server at the moment of asking:
 * before the release moment nothing but the moment itself, whatever the client shows or caches.
 */
export type StudentResult =
  | { kind: 'not-yet'; roundName: string; releaseAt: string }
  | { kind: 'placed'; roundName: string; companyName: string; locationLabel: string; municipality: string; learnText: string; internshipStart: string; minutes?: number; mode?: string }
  | { kind: 'own-placement'; roundName: string; companyName: string; place: string }
  | { kind: 'no-place-yet'; roundName: string };

export function studentResult(data: Readonly<KoppelView>, studentId: string, now: Date): StudentResult | undefined {
  const student = data.students[studentId];
  const round = student && data.rounds[student.roundId];
  if (!student || !round) return undefined;
  if (!resultsVisible(round, now)) return { kind: 'not-yet', roundName: round.name, releaseAt: round.releaseAt };
  if (student.ownPlacement) return { kind: 'own-placement', roundName: round.name, companyName: student.ownPlacement.companyName, place: student.ownPlacement.place };
  const run = latestRun(data, round.id);
  const match = Object.values(data.matches).find((m) => m.runId === run?.id && m.studentId === studentId && m.offerId);
  const offer = match?.offerId ? data.offers[match.offerId] : undefined;
  const company = offer && data.companies[offer.companyId];
  const location = company?.locations.find((l) => l.id === offer?.locationId);
  if (!offer || !company || !location) return { kind: 'no-place-yet', roundName: round.name };
  const travel = match?.reasons.find((r) => r.code === 'travel')?.params;
  return {
    kind: 'placed', roundName: round.name, companyName: company.name, locationLabel: location.label, municipality: location.municipality,
    learnText: offer.learnText, internshipStart: round.internshipStart,
    ...(typeof travel?.minutes === 'number' ? { minutes: travel.minutes } : {}), ...(typeof travel?.mode === 'string' ? { mode: travel.mode } : {}),
  };
}
