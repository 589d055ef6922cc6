import type { ProblemKind, RefusalReason } from '../domain/placement.js';
import { REFUSAL_REASONS } from '../domain/placement.js';
import type { Requirement } from '../domain/common.js';
import type { KoppelView } from '../koppel-data.js';
import { DAY_MS, REFUSAL_FLAG_WINDOW_DAYS, REFUSALS_BEFORE_FLAG } from './follow-up-rules.js';
import { recentRefusals } from './placements.js';
import { pendingRematch, waitingSince, waitingStudents } from './rematch.js';

/**
 * A round's follow-up as coordinators see it: who acknowledged, introduction meetings, refusals by
 * reason and by company, problems raised, and every student the school still owes a place, with
 * how long they have waited. Student numbers, not names: coordinators look names up where they work.
 */
export interface FollowUpOverview {
  roundId: string;
  roundName: string;
  status: string;
  placements: number;
  acknowledged: number;
  notAcknowledged: Array<{ studentNumber: string; days: number }>;
  meetings: { proposed: number; planned: number; held: number; feltLikeSelection: number };
  pendingRefusals: Array<{ placementId: string; studentNumber: string; companyName: string; reason: RefusalReason; requirement?: Requirement; text?: string }>;
  refusalsByReason: Record<RefusalReason, number>;
  refusalsByCompany: Array<{ companyName: string; count: number; flagged: boolean }>;
  problems: Array<{ studentNumber: string; kind: ProblemKind; at: string }>;
  waiting: Array<{ studentNumber: string; days: number }>;
  rematch?: { runBy: string; proposed: number; unplaced: number };
  /** Placed students whose offer asks a VOG, and how far it is (arranged after the match, never a filter). */
  certificatesOfConduct: Array<{ placementId: string; studentNumber: string; state: 'open' | 'requested' | 'arranged' }>;
}

export function followUpOverview(view: Readonly<KoppelView>, roundId: string, now: Date): FollowUpOverview | undefined {
  const round = Object.hasOwn(view.rounds, roundId) ? view.rounds[roundId] : undefined;
  if (!round) return undefined;
  const numberOf = (studentId: string) => view.students[studentId]?.studentNumber ?? studentId;
  const companyName = (companyId: string) => view.companies[companyId]?.name ?? companyId;
  const days = (since: string) => Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / DAY_MS));
  const all = Object.values(view.placements).filter((p) => p.roundId === roundId);
  const holding = all.filter((p) => !p.endedAt);
  const refusalsByReason = Object.fromEntries(REFUSAL_REASONS.map((r) => [r, 0])) as Record<RefusalReason, number>;
  const byCompany = new Map<string, number>();
  for (const p of all) {
    if (!p.refusal) continue;
    refusalsByReason[p.refusal.reason] += 1;
    byCompany.set(p.companyId, (byCompany.get(p.companyId) ?? 0) + 1);
  }
  const rematch = pendingRematch(view, roundId);
  return {
    roundId, roundName: round.name, status: round.status,
    placements: holding.length,
    acknowledged: holding.filter((p) => p.acknowledgedAt).length,
    notAcknowledged: holding.filter((p) => !p.acknowledgedAt).map((p) => ({ studentNumber: numberOf(p.studentId), days: days(p.placedAt) }))
      .sort((a, b) => b.days - a.days || a.studentNumber.localeCompare(b.studentNumber)),
    meetings: {
      proposed: holding.filter((p) => p.meeting && !p.meeting.chosen).length,
      planned: holding.filter((p) => p.meeting?.chosen).length,
      held: all.filter((p) => p.meeting?.heldByStudentAt || p.meeting?.heldByCompanyAt).length,
      feltLikeSelection: all.filter((p) => p.meeting?.feltLikeSelection === true).length,
    },
    pendingRefusals: all.filter((p) => p.refusal && !p.refusal.decision).map((p) => ({
      placementId: p.id, studentNumber: numberOf(p.studentId), companyName: companyName(p.companyId), reason: p.refusal!.reason,
      ...(p.refusal!.requirement ? { requirement: p.refusal!.requirement } : {}), ...(p.refusal!.text ? { text: p.refusal!.text } : {}),
    })),
    refusalsByReason,
    refusalsByCompany: [...byCompany].map(([companyId, count]) => ({
      companyName: companyName(companyId), count, flagged: recentRefusals(view, companyId, now, REFUSAL_FLAG_WINDOW_DAYS) > REFUSALS_BEFORE_FLAG,
    })).sort((a, b) => b.count - a.count || a.companyName.localeCompare(b.companyName)),
    problems: holding.flatMap((p) => p.problems.map((problem) => ({ studentNumber: numberOf(p.studentId), kind: problem.kind, at: problem.at })))
      .sort((a, b) => b.at.localeCompare(a.at)),
    waiting: waitingStudents(view, roundId).map((s) => ({ studentNumber: s.studentNumber, days: days(waitingSince(view, s)) }))
      .sort((a, b) => b.days - a.days || a.studentNumber.localeCompare(b.studentNumber)),
    certificatesOfConduct: holding.filter((p) => view.offers[p.offerId]?.requirements.includes('certificate_of_conduct'))
      .map((p) => ({ placementId: p.id, studentNumber: numberOf(p.studentId), state: p.certificateOfConduct?.state ?? 'open' as const }))
      .sort((a, b) => a.studentNumber.localeCompare(b.studentNumber)),
    ...(rematch ? { rematch: { runBy: rematch.runBy, proposed: rematch.proposals.filter((p) => p.offerId).length, unplaced: rematch.proposals.filter((p) => !p.offerId).length } } : {}),
  };
}
