// A company may add a requirement after students confirmed their wish. Those students are asked the
// new question through the outbox (while the round still takes wishes), each once per set of open
// questions: a later offer with yet another requirement asks again, the same offer saved twice not.
import type { KoppelView } from '../koppel-data.js';
import { matchedRequirements, requirementsToAsk } from '../domain/requirement-kinds.js';
import type { Offer } from '../domain/offer.js';
import { queueAllDraft, queueInUnitOfWork, type QueuedNotification } from '../outbox/queue-notifications.js';
import { ownRecord } from '../own-record.js';
import { acceptsWishes } from '../rounds/round-lifecycle.js';
import { byIds, byKeys, roundKey, type KoppelStore } from '../store/index.js';
import { unansweredRequirements } from './intake-steps.js';

export function requirementQuestions(view: Readonly<KoppelView>, roundId: string, now: Date): QueuedNotification[] {
  const round = ownRecord(view.rounds, roundId);
  if (!round || !acceptsWishes(round, now)) return [];
  const offers = Object.values(view.offers);
  return Object.values(view.students).flatMap((student) => {
    const [identity] = student.identities;
    if (student.roundId !== roundId || student.intakeStatus !== 'confirmed' || !identity) return [];
    const open = unansweredRequirements(student, requirementsToAsk(offers, roundId, student.programmeCode));
    if (open.length === 0) return [];
    return [{
      key: `requirement-question:${roundId}:${student.id}:${open.join('+')}`,
      recipient: { platform: identity.platform, userId: identity.userId },
      notification: { kind: 'requirement-question' as const, roundId, studentId: student.id },
    }];
  });
}

/**
 * After an offer was saved: a requirement new to the round is asked of the students who already
 * confirmed. Only an offer that asks something of a student can bring one, so any other save reads
 * no student of the round. The number queued.
 */
export async function askAfterOfferSaved(store: KoppelStore, offer: Pick<Offer, 'roundId' | 'requirements'> | undefined, now: Date): Promise<number> {
  if (!offer || matchedRequirements(offer.requirements).length === 0) return 0;
  return askNewRequirements(store, offer.roundId, now);
}

/** Queues the questions due in the round; the number queued (0 when nothing is new). */
export async function askNewRequirements(store: KoppelStore, roundId: string, now: Date): Promise<number> {
  const ofRound = byKeys(roundKey(roundId));
  return queueInUnitOfWork(store, {
    scope: { rounds: byIds(roundId), students: ofRound, offers: ofRound },
    plan: (view) => requirementQuestions(view, roundId, now),
    change: (draft, messages) => queueAllDraft(draft, messages, now, { retryUnreached: false }).queued,
  });
}
