import type { OutboxEntry } from '../domain/outbox-entry.js';
import type { DeliveryResult, Notifier } from '../notifications.js';
import { isReleaseKind } from '../release/outbox.js';
import type { ReleaseTransport, TransportResult } from '../release/outbox-port.js';
import { NO_CONVERSATION } from './queue-notifications.js';

// One transport for the whole outbox, dispatching by kind: a release's messages go through the
// platforms' release transports (card updates in place, with their own failure rules), every
// notification through the notifier, which renders its words when it is sent.

/**
 * How a notifier's answer becomes an outbox outcome. None is retried automatically: a notification is
 * a new message, and 'failed' may follow a gateway error after which the platform delivered it anyway;
 * in doubt it is never sent twice. 'no-conversation' certainly never left, so it may be queued again
 * once the person can be reached.
 */
export function notificationOutcome(result: DeliveryResult): TransportResult {
  if (result === 'sent') return { ok: true };
  if (result === 'no-conversation') return { ok: false, retryable: false, error: NO_CONVERSATION };
  return { ok: false, retryable: false, error: 'unknown-outcome:notify-failed' };
}

/** Notifications through the notifier; a throw stays a throw (the outbox records an unknown outcome). */
export function notificationTransport(notifier: Pick<Notifier, 'notify'>): ReleaseTransport {
  return {
    send: async (entry: OutboxEntry) => {
      // The schema makes every notification entry carry its notification; an entry without one cannot be rendered.
      if (!entry.notification) return { ok: false, retryable: false, error: 'no-notification' };
      return notificationOutcome(await notifier.notify(entry.recipient, entry.notification, entry.key));
    },
  };
}

export function outboxTransport(parts: { release: ReleaseTransport; notifier: Pick<Notifier, 'notify'> }): ReleaseTransport {
  const notifications = notificationTransport(parts.notifier);
  return { send: (entry) => (isReleaseKind(entry.kind) ? parts.release.send(entry) : notifications.send(entry)) };
}
