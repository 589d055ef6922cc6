import type { Locale, Platform } from '../domain/common.js';
import type { DeliveryResult, Notification, Notifier } from '../notifications.js';
import type { PersonKey } from '../people.js';

/** How one platform delivers a notification whose words are already made (`R`: the dialogs' replies). */
export type PlatformDelivery<R> = (message: {
  recipient: PersonKey;
  notification: Notification;
  replies: R[];
  language: Locale;
  /** The outbox key, so a mailed message can link back to its own cards. */
  key?: string;
}) => Promise<DeliveryResult>;

export interface NotifierByPlatformOptions<R> {
  deliveries: Partial<Record<Platform, PlatformDelivery<R>>>;
  /** The recipient's language: their own choice, else what their platform last reported. */
  languageFor(person: PersonKey): Promise<Locale>;
  /** The words, decided when the message is sent (the dialogs'): none means nothing is left to say. */
  replies(notification: Notification, language: Locale): Promise<R[]>;
  log(event: string, fields: Record<string, string>): void;
}

/**
 * The notifier the outbox's sender calls: the words in the recipient's language, then their
 * platform's delivery, as the release's `transportByPlatform` routes its entries.
 */
export function notifierByPlatform<R>(options: NotifierByPlatformOptions<R>): Pick<Notifier, 'notify'> {
  return {
    notify: async (recipient, notification, key) => {
      const language = await options.languageFor(recipient);
      const replies = await options.replies(notification, language);
      // Nothing left to say when it is sent (a student confirmed after the reminder was queued): done, nothing sent.
      if (replies.length === 0) {
        options.log('notification.unneeded', { kind: notification.kind, roundId: notification.roundId });
        return 'sent';
      }
      const deliver = options.deliveries[recipient.platform];
      // A platform that is not configured has no conversation with anyone.
      const result = deliver ? await deliver({ recipient, notification, replies, language, ...(key ? { key } : {}) }) : 'no-conversation';
      options.log('notification.delivered', { kind: notification.kind, roundId: notification.roundId, result });
      return result;
    },
  };
}
