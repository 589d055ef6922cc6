import { appendAudit } from '../audit-log.js';
import { NO_CONVERSATION } from '../outbox/queue-notifications.js';
import { canWriteTo, conversationKey } from '../people.js';
import { retryFailed, RELEASE_PHASES } from './outbox.js';
import { byIds, byKeys, outboxStateKey, type KoppelStore } from '../store/index.js';
import { ownRecord } from '../own-record.js';

export interface RetryResult {
  /** Failed messages put back in the outbox. */
  retried: number;
  /** Failed messages left alone: their recipient has still never talked to Koppel, so they would fail again. */
  stillUnreachable: number;
}

/**
 * A coordinator sends a released round's failed messages again: their decision, recorded in the
 * audit log, also for messages that may already have arrived (the overview says which those are).
 * A message that failed because its recipient never talked to Koppel is only sent again once they have.
 */
export async function retryRelease(store: KoppelStore, roundId: string, actorId: string, now: Date): Promise<RetryResult> {
  const round = ownRecord((await store.read({ rounds: byIds(roundId) })).rounds, roundId);
  if (!round || round.status !== 'released') return { retried: 0, stillUnreachable: 0 };
  const failed = Object.values((await store.read({ outbox: byKeys(...RELEASE_PHASES.map((kind) => outboxStateKey('failed', kind))) })).outbox)
    .filter((entry) => entry.roundId === roundId && entry.status === 'failed');
  const { conversations } = await store.read({ conversations: byIds(...failed.map((entry) => conversationKey(entry.recipient))) });
  const hopeless = failed.filter((entry) => entry.lastError === NO_CONVERSATION && !canWriteTo({ conversations }, [entry.recipient]));
  const retryable = failed.filter((entry) => !hopeless.includes(entry)).map((entry) => entry.key);
  const retried = retryable.length > 0 ? await retryFailed(store, roundId, now, retryable) : 0;
  if (retried > 0) {
    await store.update({}, (draft) => {
      appendAudit(draft, { actorId, action: 'release.retried', subjectType: 'round', subjectId: roundId, detail: { messages: retried } }, now);
    });
  }
  return { retried, stillUnreachable: hopeless.length };
}
