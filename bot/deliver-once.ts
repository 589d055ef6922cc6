import type { Notification, Notifier, DeliveryResult } from './notifications.js';
import type { PersonKey } from './people.js';
import { EVERYTHING, type KoppelStore } from './store/index.js';

/**
 * Sends a proactive message at most once per idempotency key: the key is written before the
 * message goes out, so a crash or restart can lose one message but never send it twice. A key
 * recorded as 'no-conversation' may be tried again once the person can be reached.
 */
export async function deliverOnce(
  store: KoppelStore, notifier: Notifier, key: string, recipient: PersonKey, notification: Notification, now: () => Date,
): Promise<DeliveryResult | 'already-sent'> {
  const claimed = await store.update(EVERYTHING, (data) => {
    // Only a message that certainly never left may be tried again: there was no conversation yet.
    const earlier = data.sentNotifications[key];
    if (earlier && earlier.result !== 'no-conversation') return false;
    data.sentNotifications[key] = { at: now().toISOString(), result: 'sent' };
    return true;
  });
  if (!claimed) return 'already-sent';
  let result: DeliveryResult;
  try {
    result = await notifier.notify(recipient, notification);
  } catch {
    result = 'failed';
  }
  if (result !== 'sent') {
    await store.update(EVERYTHING, (data) => {
      data.sentNotifications[key] = { at: now().toISOString(), result };
    });
  }
  return result;
}
