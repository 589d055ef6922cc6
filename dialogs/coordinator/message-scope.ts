import type { Notification } from '../../bot/notifications.js';
import type { ScopeRefs } from '../../bot/coordinator-scope/scope-check.js';
import type { DialogServices } from '../router.js';
import type { PersonRef } from '../turn.js';

// Messages meant for coordinators (an own place to decide on, a refusal, a student who wants a talk,
// the release summary, an erasure request, a named student's meldpunt case) reach a coordinator limited to some programmes
// (COORDINATOR_PROGRAMMES) only when they are about one of their rounds: decided when the message is
// sent, like its words, so one check covers every way such a message is queued.

/** The kinds only coordinators (and BPV-docenten) get, and the records each names. */
const FOR_COORDINATORS: Record<string, (message: { roundId: string; requestId?: string; reportId?: string }) => ScopeRefs> = {
  'own-placement-reported': (m) => ({ roundIds: [m.roundId] }),
  'follow-up-coordinator': (m) => ({ roundIds: [m.roundId] }),
  'check-in-conversation': (m) => ({ roundIds: [m.roundId] }),
  'coordinator-summary': (m) => ({ roundIds: [m.roundId] }),
  // A request names a student (their round) or a company contact (no round: unrestricted coordinators only).
  erasure: (m) => ({ requestIds: m.requestId ? [m.requestId] : [] }),
  // That a case exists, with the student number of a named student: their round's coordinators only.
  'meldpunt-coordinator': (m) => ({ reportIds: m.reportId ? [m.reportId] : [] }),
};

/** Whether this message may reach this person: false only for a limited coordinator and another programme's round. */
export async function reachesRecipient(recipient: PersonRef, message: { kind: string; roundId: string } | Notification, services: DialogServices): Promise<boolean> {
  const refs = FOR_COORDINATORS[message.kind];
  if (!refs || services.coordinatorScope.programmesOf(recipient) === undefined) return true;
  // An erasure message to the person who asked (a refusal) is theirs, whatever else they are.
  if (message.kind === 'erasure' && 'event' in message && message.event !== 'requested') return true;
  const requestId = 'requestId' in message ? message.requestId : undefined;
  const reportId = 'reportId' in message ? message.reportId : undefined;
  return (await services.coordinatorScope.check(recipient, refs({ roundId: message.roundId, ...(requestId ? { requestId } : {}), ...(reportId ? { reportId } : {}) }))).ok;
}
