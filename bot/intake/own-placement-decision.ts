// A coordinator's decision on a place a student found themselves: accept it, or ask the student for
// more (a missing recognition, unclear hours), always with a reason. The student hears it from the
// outbox; the decision is audited with ids only, the reason stays on the student's record.
import { appendAudit } from '../audit-log.js';
import type { Platform } from '../domain/common.js';
import type { OwnPlacementDecision } from '../domain/student.js';
import { isQueued, queueDraft, queueInUnitOfWork, type QueuedNotification } from '../outbox/queue-notifications.js';
import { ownRecord } from '../own-record.js';
import { byIds, type KoppelStore } from '../store/index.js';

export type DecisionRefusal = 'unknown-student' | 'no-own-placement' | 'no-reason';
export type DecisionResult = { ok: true; studentNumber: string; notified: boolean } | { ok: false; refusal: DecisionRefusal };

export function decisionKey(studentId: string, at: string): string {
  return `own-placement-decided:${studentId}:${at}`;
}

export async function decideOwnPlacement(
  store: KoppelStore, studentId: string, outcome: OwnPlacementDecision['outcome'], reason: string, actorId: string, now: Date,
): Promise<DecisionResult> {
  const text = reason.trim();
  if (text.length < 3 || text.length > 300) return { ok: false, refusal: 'no-reason' };
  const at = now.toISOString();
  const message = (student: { id: string; roundId: string; identities: Array<{ platform: Platform; userId: string }> }): QueuedNotification[] =>
    student.identities.slice(0, 1).map((identity) => ({
      key: decisionKey(student.id, at), recipient: { platform: identity.platform, userId: identity.userId },
      notification: { kind: 'own-placement-decided', roundId: student.roundId, studentId: student.id },
    }));
  return queueInUnitOfWork(store, {
    scope: { students: byIds(studentId) },
    plan: (view) => {
      const student = ownRecord(view.students, studentId);
      return student?.ownPlacement ? message(student) : [];
    },
    change: (draft, messages): DecisionResult => {
      const student = ownRecord(draft.students, studentId);
      if (!student) return { ok: false, refusal: 'unknown-student' };
      if (student.intakeStatus !== 'own-placement' || !student.ownPlacement) return { ok: false, refusal: 'no-own-placement' };
      student.ownPlacement.decision = { outcome, reason: text, by: actorId, at };
      appendAudit(draft, { actorId, action: 'own-placement.decided', subjectType: 'student', subjectId: studentId, detail: { outcome } }, now);
      const notified = messages.some((m) => isQueued(queueDraft(draft, m, now, { retryUnreached: false })));
      return { ok: true, studentNumber: student.studentNumber, notified };
    },
  });
}
