import type { KoppelView } from '../../koppel-data.js';
import type { Notifier } from '../../notifications.js';
import type { OutboxEntry } from '../../domain/outbox-entry.js';
import { virtualClock } from '../../release/testing/release-test-support.js';
import type { ReleaseTransport, RunOutboxResult } from '../../release/outbox-port.js';
import { runOutbox } from '../../release/release-sender.js';
import type { KoppelStore } from '../../store/index.js';
import { outboxTransport } from '../outbox-transport.js';

// For tests of services that queue notifications: send what is queued, as the outbox's runner does,
// on a virtual clock that starts at `start` and moves only when the sender waits.

/** Release entries have no place in these tests: one that shows up fails loudly instead of being sent. */
const noRelease: ReleaseTransport = { send: async (entry) => ({ ok: false, retryable: false, error: `unexpected-${entry.kind}` }) };

export async function sendQueued(store: KoppelStore, notifier: Pick<Notifier, 'notify'>, start = new Date('2027-01-01T09:00:00Z')): Promise<RunOutboxResult> {
  const clock = virtualClock(start.getTime());
  return runOutbox({ store, transport: outboxTransport({ release: noRelease, notifier }), now: clock.now, sleep: clock.sleep, random: () => 0 });
}

/** The notification entries of a view as `kind recipient status`, sorted: what was queued, for whom, and how far it got. */
export function queuedOf(view: Readonly<KoppelView>): string[] {
  return Object.values(view.outbox).filter((e: OutboxEntry) => e.notification).map((e) => `${e.kind} ${e.recipient.userId} ${e.status}`).sort();
}

/** A stored Teams conversation, so Koppel can write to the person. */
export function conversationFor(data: KoppelView, userId: string, platform: 'teams' | 'slack' | 'email' = 'teams'): void {
  data.conversations[`${platform}:${userId}`] = { platform, userId, reference: { conversation: { id: `chat-${userId}` } }, updatedAt: '2026-11-01T09:00:00.000Z' };
}

/** Counts the units of work asked for (a unit that changes nothing still counts). */
export function countingStore(store: KoppelStore) {
  let updates = 0;
  const counted: KoppelStore = {
    pruneAudit: (before, summary) => store.pruneAudit(before, summary),
    insertNew: (collection, id, record, options) => store.insertNew(collection, id, record, options),
    close: () => store.close(),
    read: (scope) => store.read(scope),
    update: (scope, change) => {
      updates += 1;
      return store.update(scope, change);
    },
  };
  return { store: counted, updates: () => updates };
}
