import type { Match } from '../domain/match.js';
import { currentOfferId } from '../follow-up/placements.js';
import type { KoppelView } from '../koppel-data.js';
import { latestRun } from '../matching-runs/run-records.js';

// Every student of a round with their place (or why not) and the explanation the core gave, for the
// coordinators' dashboard. Student numbers, never names; the support details never.

export type MatchRowStatus = 'placed' | 'waiting' | 'own-place' | 'not-confirmed';

export interface MatchRow {
  studentNumber: string;
  programmeCode: string;
  status: MatchRowStatus;
  companyId?: string;
  reasons: Match['reasons'];
}

export function matchTable(view: Readonly<KoppelView>, roundId: string): MatchRow[] {
  const round = Object.hasOwn(view.rounds, roundId) ? view.rounds[roundId] : undefined;
  if (!round) return [];
  const released = ['released', 'follow-up', 'archived'].includes(round.status);
  const run = latestRun(view, roundId);
  return Object.values(view.students).filter((s) => s.roundId === roundId).map((s): MatchRow => {
    const base = { studentNumber: s.studentNumber, programmeCode: s.programmeCode };
    if (s.intakeStatus === 'own-placement') return { ...base, status: 'own-place', reasons: [] };
    if (s.intakeStatus !== 'confirmed') return { ...base, status: 'not-confirmed', reasons: [] };
    const match = Object.values(view.matches).find((m) => m.runId === run?.id && m.studentId === s.id);
    const offerId = currentOfferId(view, roundId, s.id, released);
    const companyId = offerId && Object.hasOwn(view.offers, offerId) ? view.offers[offerId].companyId : undefined;
    return companyId ? { ...base, status: 'placed', companyId, reasons: match && match.offerId === offerId ? match.reasons : [] } : { ...base, status: 'waiting', reasons: match?.offerId ? [] : match?.reasons ?? [] };
  }).sort((a, b) => a.studentNumber.localeCompare(b.studentNumber));
}
