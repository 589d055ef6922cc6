import { appendAudit } from './audit-log.js';
import type { KoppelView } from './koppel-data.js';
import { conversationKey } from './people.js';
import { updateSettled } from './scoped-work.js';
import type { OutboxEntry } from './domain/outbox-entry.js';
import { liveResultKey } from './results/live-keys.js';
import { byIds, byKeys, roundKey, roundKindKey, type KoppelStore, type Scope } from './store/index.js';

// The outbox messages that are to a student or about one.
const STUDENT_MESSAGES: ReadonlyArray<OutboxEntry['kind']> = ['round-opened', 'wish-reminder', 'own-placement-reported', 'student-result-card', 'student-result-notice'];

export type RemovalResult = { ok: true; studentId: string } | { ok: false; reason: 'not-found' | 'ambiguous' };

/**
 * Deletes a student's data at their request: the record, their chat links and choices, their matches,
 * the id of their result card, and every message to or about them in the outbox (a welcome or
 * reminder still waiting is never sent). The audit keeps only that it happened, by whom, with ids.
 */
export async function removeStudent(store: KoppelStore, studentNumber: string, actorId: string, now: Date): Promise<RemovalResult> {
  const number = studentNumber.trim().toLowerCase();
  const withNumber = (data: Readonly<KoppelView>) => Object.values(data.students).filter((s) => s.studentNumber.toLowerCase() === number);
  // Student numbers have no index: a rare request, so the students are searched once, and the unit
  // of work then covers only the students found, their chats and the matches of their rounds.
  const ids = withNumber(await store.read({ students: 'all' })).map((s) => s.id);
  const scopeOf = (data: Readonly<KoppelView>): Scope => {
    const found = Object.values(data.students);
    const chats = byIds(...found.flatMap((s) => s.identities.map(conversationKey)));
    return {
      students: byIds(...ids), conversations: chats, preferences: chats, matches: byKeys(...found.map((s) => roundKey(s.roundId))),
      liveMessages: byIds(...ids.map(liveResultKey)),
      outbox: byKeys(...found.flatMap((s) => STUDENT_MESSAGES.map((kind) => roundKindKey(s.roundId, kind)))),
    };
  };
  return updateSettled(store, scopeOf, (data): RemovalResult => {
    const found = withNumber(data);
    if (found.length === 0) return { ok: false, reason: 'not-found' };
    if (found.length > 1) return { ok: false, reason: 'ambiguous' };
    const [student] = found;
    for (const identity of student.identities) {
      delete data.conversations[conversationKey(identity)];
      delete data.preferences[conversationKey(identity)];
    }
    for (const [id, match] of Object.entries(data.matches)) if (match.studentId === student.id) delete data.matches[id];
    delete data.liveMessages[liveResultKey(student.id)];
    const isTheStudent = (e: OutboxEntry) => e.subjectIds.includes(student.id) || student.identities.some((i) => i.platform === e.recipient.platform && i.userId === e.recipient.userId);
    for (const [key, entry] of Object.entries(data.outbox)) if (isTheStudent(entry)) delete data.outbox[key];
    delete data.students[student.id];
    appendAudit(data, { actorId, action: 'student.deleted', subjectType: 'student', subjectId: student.id }, now);
    return { ok: true, studentId: student.id };
  });
}
