import { appendAudit } from './audit-log.js';
import type { KoppelView } from './koppel-data.js';
import { conversationKey } from './people.js';
import { updateSettled } from './scoped-work.js';
import type { OutboxEntry } from './domain/outbox-entry.js';
import { liveResultKey } from './results/live-keys.js';
import { MELDPUNT_ROUND_ID } from './domain/notification.js';
import { byIds, byKeys, identityKey, reportNamedKey, roundKey, roundKindKey, studentKey, type KoppelStore, type Scope } from './store/index.js';

// The outbox messages that are to a student or about one.
const STUDENT_MESSAGES: ReadonlyArray<OutboxEntry['kind']> = ['round-opened', 'wish-reminder', 'proposals-released', 'choice-reminder', 'own-placement-reported', 'student-result-card', 'student-result-notice', 'check-in', 'check-in-conversation', 'evaluation'];

export type RemovalResult = { ok: true; studentId: string } | { ok: false; reason: 'not-found' | 'ambiguous' };

/**
 * Deletes a student's data at their request: the record, their chat links and choices, their matches,
 * the id of their result card, every message to or about them in the outbox (a welcome or reminder
 * still waiting is never sent), their check-ins and evaluations, and the links to what they
 * reported (a named case stays with the meldpunt as an anonymous one). The audit keeps only that it happened, by whom, with ids.
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
      outbox: byKeys(...found.flatMap((s) => STUDENT_MESSAGES.map((kind) => roundKindKey(s.roundId, kind))), roundKindKey(MELDPUNT_ROUND_ID, 'meldpunt-reporter')),
      // During the internship: their check-ins and evaluations, the sealed links to what they reported, their named reports.
      checkIns: byKeys(...ids.map(studentKey)), placements: byKeys(...ids.map(studentKey)),
      evaluations: byIds(...Object.values(data.placements).map((p) => `${p.id}.student`)),
      reportLinks: byKeys(...found.flatMap((s) => s.identities.map((i) => identityKey(i.platform, i.userId)))),
      reports: byKeys(...ids.map(reportNamedKey)),
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
    for (const [id, checkIn] of Object.entries(data.checkIns)) if (checkIn.studentId === student.id) delete data.checkIns[id];
    for (const placement of Object.values(data.placements)) if (placement.studentId === student.id) delete data.evaluations[`${placement.id}.student`];
    for (const [id, link] of Object.entries(data.reportLinks)) if (student.identities.some((i) => i.platform === link.platform && i.userId === link.userId)) delete data.reportLinks[id];
    // A case stays with the meldpunt, but no longer says who reported it.
    for (const report of Object.values(data.reports)) {
      if (report.named?.recordId !== student.id) continue;
      delete report.named;
      report.anonymous = true;
    }
    delete data.students[student.id];
    appendAudit(data, { actorId, action: 'student.deleted', subjectType: 'student', subjectId: student.id }, now);
    return { ok: true, studentId: student.id };
  });
}
