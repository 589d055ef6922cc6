import type { KoppelView } from '../koppel-data.js';
import { queueAllDraft, queueInUnitOfWork, type QueuedNotification } from '../outbox/queue-notifications.js';
import type { KoppelStore, Scope } from '../store/index.js';

/** A change that says what it caused: its outcome, and the messages to queue with it. */
export type ChangeWithMessages<R> = (draft: KoppelView) => { messages: QueuedNotification[] } & R;

/**
 * One unit of work that makes a change and queues the messages it causes. The messages' keys follow
 * from the records, so the change is first tried on a copy to learn them (queueInUnitOfWork widens
 * the scope to hold them), then made for real on the draft. A refused change causes no messages.
 * Also returns how many messages were newly queued (the others were queued before).
 */
export async function changeWithMessages<R>(store: KoppelStore, scope: Scope, change: ChangeWithMessages<R>, now: Date): Promise<R & { queued: number }> {
  return queueInUnitOfWork(store, {
    scope,
    plan: (view) => change(structuredClone(view) as KoppelView).messages,
    change: (draft, messages) => {
      const { messages: _planned, ...outcome } = change(draft);
      // Queued now, not already queued before: what a scheduled pass may report.
      const { queued } = queueAllDraft(draft, messages, now, { retryUnreached: false });
      return { ...(outcome as R), queued };
    },
  });
}
