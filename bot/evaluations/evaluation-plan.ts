import type { Platform } from '../domain/common.js';
import type { Evaluation, EvaluationSide } from '../domain/evaluation.js';
import type { KoppelView } from '../koppel-data.js';
import { canReach, type QueuedNotification } from '../outbox/queue-notifications.js';

// When the evaluations are asked: the day after the internship's last week, for two weeks, of the
// student and of the company's contacts. Pure: the pass decides the scope and the unit of work.

const DAY_MS = 86_400_000;
const ASK_WITHIN_DAYS = 14;

export const evaluationId = (placementId: string, side: EvaluationSide): string => `${placementId}.${side}`;

export function internshipEnd(internshipStart: string, weeks: number): string {
  return new Date(Date.parse(`${internshipStart}T12:00:00Z`) + weeks * 7 * DAY_MS).toISOString().slice(0, 10);
}

/** Whether today falls in the two weeks after the internship: outside them a pass reads nothing more. */
export function evaluationOpen(internshipStart: string, now: Date, weeks: number): boolean {
  const since = (Date.parse(now.toISOString().slice(0, 10)) - Date.parse(internshipEnd(internshipStart, weeks))) / DAY_MS;
  return since >= 0 && since < ASK_WITHIN_DAYS;
}

/** The evaluations of a round due now that do not exist yet, each with its messages (only for whom Koppel can reach). */
export function dueEvaluations(view: Readonly<KoppelView>, roundId: string, now: Date, weeks: number): Array<{ evaluation: Evaluation; messages: QueuedNotification[] }> {
  const round = Object.hasOwn(view.rounds, roundId) ? view.rounds[roundId] : undefined;
  if (!round) return [];
  if (!evaluationOpen(round.internshipStart, now, weeks)) return [];
  const due: Array<{ evaluation: Evaluation; messages: QueuedNotification[] }> = [];
  for (const placement of Object.values(view.placements).filter((p) => p.roundId === roundId && !p.endedAt)) {
    const student = Object.hasOwn(view.students, placement.studentId) ? view.students[placement.studentId] : undefined;
    const company = Object.hasOwn(view.companies, placement.companyId) ? view.companies[placement.companyId] : undefined;
    const sides: Array<[EvaluationSide, Array<{ platform: Platform; userId: string }>]> = [
      ['student', student?.identities.slice(0, 1) ?? []],
      ['company', company?.contacts ?? []],
    ];
    for (const [side, people] of sides) {
      const id = evaluationId(placement.id, side);
      const reachable = people.filter((p) => canReach(view, p));
      if (Object.hasOwn(view.evaluations, id) || reachable.length === 0) continue;
      due.push({
        evaluation: { id, placementId: placement.id, roundId, side, askedAt: now.toISOString() },
        messages: reachable.map((p) => ({
          key: `evaluation:${id}:${p.platform}:${p.userId}`,
          recipient: { platform: p.platform, userId: p.userId },
          notification: { kind: 'evaluation' as const, roundId, placementId: placement.id, evaluationId: id },
        })),
      });
    }
  }
  return due;
}
