import { appendAudit } from './audit-log.js';
import { conversationKey } from './people.js';
import { EVERYTHING, type KoppelStore } from './store/index.js';

export type RemovalResult = { ok: true; studentId: string } | { ok: false; reason: 'not-found' | 'ambiguous' };

/**
 * Deletes a student's data at their request: the record, their chat links and choices. The audit
 * keeps only that it happened, by whom, with ids.
 */
export async function removeStudent(store: KoppelStore, studentNumber: string, actorId: string, now: Date): Promise<RemovalResult> {
  return store.update(EVERYTHING, (data): RemovalResult => {
    const found = Object.values(data.students).filter((s) => s.studentNumber.toLowerCase() === studentNumber.trim().toLowerCase());
    if (found.length === 0) return { ok: false, reason: 'not-found' };
    if (found.length > 1) return { ok: false, reason: 'ambiguous' };
    const [student] = found;
    for (const identity of student.identities) {
      delete data.conversations[conversationKey(identity)];
      delete data.preferences[conversationKey(identity)];
    }
    for (const [id, match] of Object.entries(data.matches)) if (match.studentId === student.id) delete data.matches[id];
    delete data.students[student.id];
    appendAudit(data, { actorId, action: 'student.deleted', subjectType: 'student', subjectId: student.id }, now);
    return { ok: true, studentId: student.id };
  });
}
