import { appendAudit } from '../audit-log.js';
import type { KoppelData } from '../koppel-data.js';
import type { DocumentStore } from '../store/index.js';
import { retryFailed } from './outbox.js';

/**
 * A coordinator sends a released round's failed messages again: their decision, recorded in the
 * audit log, also for messages that may already have arrived (the overview says which those are).
 */
export async function retryRelease(store: DocumentStore<KoppelData>, roundId: string, actorId: string, now: Date): Promise<number> {
  const round = (await store.read()).rounds[roundId];
  if (!round || round.status !== 'released') return 0;
  const count = await retryFailed(store, roundId, now);
  if (count > 0) {
    await store.update((draft) => {
      appendAudit(draft, { actorId, action: 'release.retried', subjectType: 'round', subjectId: roundId, detail: { messages: count } }, now);
    });
  }
  return count;
}
