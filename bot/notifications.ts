import type { PersonKey } from './people.js';
import { Notification, NotificationKind } from './domain/notification.js';

// Proactive messages as facts (ids only). bot/ decides *that* someone must hear something and
// queues it in the outbox; dialogs decide the words; an adapter delivers them with the person's
// stored conversation when the outbox's sender gets to them.

export { Notification, NotificationKind };

export type DeliveryResult = 'sent' | 'no-conversation' | 'failed';

/**
 * What a service that queues messages may tell the outbox's sender: that something waits, so it
 * goes now instead of at the sender's next look (within a second).
 */
export interface QueuedSignal {
  queued?(): void;
}

/** Delivers one proactive message now. Only the outbox's sender calls it, never a conversation's turn. */
export interface Notifier extends QueuedSignal {
  /** `key`: the outbox key of the message, so a mailed message can link back to its own cards. */
  notify(recipient: PersonKey, notification: Notification, key?: string): Promise<DeliveryResult>;
}
