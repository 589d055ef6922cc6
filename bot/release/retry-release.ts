import { appendAudit } from '../audit-log.js';
import { retryFailed } from './outbox.js';
import { byIds, type KoppelStore } from '../store/index.js';
import { ownRecord } from '../own-record.js';

/**
 * A coordinator sends a released round's failed messages again: their decision, recorded in the
 * audit log, also for messages that may already have arrived (the overview says which those are).
 */
export async function retryRelease(store: KoppelStore, roundId: string, actorId: string, now: Date): Promise<number> {
  const round = ownRecord((await store.read({ rounds: byIds(roundId) })).rounds, roundId);
  if (!round || round.status !== 'released') return 0;
  const count = await retryFailed(store, roundId, now);
  if (count > 0) {
    await store.update({}, (draft) => {
      appendAudit(draft, { actorId, action: 'release.retried', subjectType: 'round', subjectId: roundId, detail: { messages: count } }, now);
    });
  }
  return count;
}
