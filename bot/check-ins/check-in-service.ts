import type { CheckIn, CheckInAnswers } from '../domain/check-in.js';
import { isWorrying } from '../domain/check-in.js';
import { changeWithMessages } from '../follow-up/with-messages.js';
import type { KoppelView } from '../koppel-data.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';
import { platformsOf } from '../people.js';
import { byIds, byKeys, roundKey, userKey, type KoppelStore, type Scope } from '../store/index.js';
import { checkInFigures, type CheckInGroup } from './check-in-figures.js';

// A student's private check-in: only the student it was asked of can answer it, once. Asking for a
// conversation tells the school's contacts (coordinators and BPV-docenten) that the student wants
// one, never what they answered.

export type CheckInOutcome = { ok: true; checkIn: CheckIn; worrying: boolean } | { ok: false; reason: 'unknown' | 'answered' };

export interface CheckInService {
  /** The student's check-in, if it is theirs. */
  ofStudent(studentId: string, checkInId: string): Promise<CheckIn | undefined>;
  answer(studentId: string, checkInId: string, answers: CheckInAnswers, conversation: boolean): Promise<CheckInOutcome>;
  askConversation(studentId: string, checkInId: string): Promise<CheckInOutcome>;
  figures(roundId: string): Promise<CheckInGroup[]>;
  /** For the school contacts' message: the check-in and its student's number, once a conversation was asked. */
  forMessage(checkInId: string): Promise<{ checkIn: CheckIn; studentNumber: string } | undefined>;
}

export interface CheckInServiceOptions {
  store: KoppelStore;
  /** Who hears that a student asks for a conversation: coordinators and BPV-docenten. */
  schoolContacts: readonly string[];
  now: () => Date;
  queued?: () => void;
}

export function createCheckInService({ store, schoolContacts, now, queued }: CheckInServiceOptions): CheckInService {
  const people = byKeys(...schoolContacts.map(userKey));
  const scope = (checkInId: string): Scope => ({ checkIns: byIds(checkInId), conversations: people, preferences: people });
  const own = (view: Readonly<KoppelView>, studentId: string, checkInId: string) => {
    const checkIn = Object.hasOwn(view.checkIns, checkInId) ? view.checkIns[checkInId] : undefined;
    return checkIn?.studentId === studentId ? checkIn : undefined;
  };
  const toContacts = (view: Readonly<KoppelView>, checkIn: CheckIn): QueuedNotification[] => schoolContacts.flatMap((userId) => platformsOf(view, userId).map((platform) => ({
    key: `check-in-conversation:${checkIn.id}:${platform}:${userId}`,
    recipient: { platform, userId },
    notification: { kind: 'check-in-conversation' as const, roundId: checkIn.roundId, studentId: checkIn.studentId, checkInId: checkIn.id },
  })));
  const askedFor = (draft: KoppelView, checkIn: CheckIn): QueuedNotification[] => {
    checkIn.conversationAskedAt ??= now().toISOString();
    return toContacts(draft, checkIn);
  };
  const signalled = (outcome: CheckInOutcome): CheckInOutcome => {
    if (outcome.ok) queued?.();
    return outcome;
  };

  return {
    async ofStudent(studentId, checkInId) {
      return own(await store.read({ checkIns: byIds(checkInId) }), studentId, checkInId);
    },
    async answer(studentId, checkInId, answers, conversation) {
      return signalled((await changeWithMessages(store, scope(checkInId), (draft) => {
        const checkIn = own(draft, studentId, checkInId);
        if (!checkIn) return { outcome: { ok: false, reason: 'unknown' } as CheckInOutcome, messages: [] };
        if (checkIn.answers) return { outcome: { ok: false, reason: 'answered' } as CheckInOutcome, messages: [] };
        checkIn.answers = answers;
        checkIn.answeredAt = now().toISOString();
        const messages = conversation ? askedFor(draft, checkIn) : [];
        return { outcome: { ok: true, checkIn, worrying: isWorrying(answers) } as CheckInOutcome, messages };
      }, now())).outcome);
    },
    async askConversation(studentId, checkInId) {
      return signalled((await changeWithMessages(store, scope(checkInId), (draft) => {
        const checkIn = own(draft, studentId, checkInId);
        if (!checkIn) return { outcome: { ok: false, reason: 'unknown' } as CheckInOutcome, messages: [] };
        return { outcome: { ok: true, checkIn, worrying: checkIn.answers ? isWorrying(checkIn.answers) : false } as CheckInOutcome, messages: askedFor(draft, checkIn) };
      }, now())).outcome);
    },
    async figures(roundId) {
      return checkInFigures(await store.read({ checkIns: byKeys(roundKey(roundId)) }), roundId);
    },
    async forMessage(checkInId) {
      const { checkIns } = await store.read({ checkIns: byIds(checkInId) });
      const checkIn = Object.hasOwn(checkIns, checkInId) ? checkIns[checkInId] : undefined;
      if (!checkIn?.conversationAskedAt) return undefined;
      const { students } = await store.read({ students: byIds(checkIn.studentId) });
      return { checkIn, studentNumber: students[checkIn.studentId]?.studentNumber ?? checkIn.studentId };
    },
  };
}
