import type { OutboxEntry } from '../../bot/domain/outbox-entry.js';
import type { DeliveryResult, Notification } from '../../bot/notifications.js';
import type { ReleaseTransport } from '../../bot/release/outbox-port.js';
import type { Language, Reply } from '../../dialogs/turn.js';
import type { Mailer } from './mailer.js';

// The outbox's messages to company contacts reached by e-mail: each becomes one e-mail with a
// personal link for that company and round. Only messages about a company go by e-mail; a mail
// that fails is reported as failed (the outbox decides what happens next, as for Teams and Slack).

/** The company a notification is about, if any: only those have a page to link to. */
export function companyOf(notification: Notification): string | undefined {
  return 'companyId' in notification ? notification.companyId : undefined;
}

/**
 * Mails a notification to a company contact: its words, and a link that opens this very message's
 * cards on the company's page (an evaluation to answer, a meeting to plan). `companyOfPlacement`
 * finds the company of a notification that names a placement instead.
 */
export async function mailNotification(
  mailer: Mailer, to: string, notification: Notification, replies: readonly Reply[], language: Language,
  options: { key?: string; companyOfPlacement(placementId: string): Promise<string | undefined> },
): Promise<DeliveryResult> {
  const companyId = companyOf(notification) ?? ('placementId' in notification && notification.placementId ? await options.companyOfPlacement(notification.placementId) : undefined);
  if (!companyId) return 'no-conversation';
  return mailer.send(to, replies, language, { companyId, roundId: notification.roundId, ...(options.key ? { messageKey: options.key } : {}) });
}

export interface MailReleaseTransportOptions {
  mailer: Mailer;
  render(entry: OutboxEntry): Promise<Reply[]>;
  languageOf(entry: OutboxEntry): Promise<Language>;
}

/** A release's message to a company's e-mail contact (its students), as an e-mail with a link. */
export function createMailReleaseTransport(options: MailReleaseTransportOptions): ReleaseTransport {
  return {
    async send(entry) {
      const [companyId] = entry.subjectIds;
      if (entry.kind !== 'company-result' || !companyId) return { ok: false, retryable: false, error: 'not-for-mail' };
      const replies = await options.render(entry);
      if (replies.length === 0) return { ok: true };
      const result = await options.mailer.send(entry.recipient.userId, replies, await options.languageOf(entry), { companyId, roundId: entry.roundId });
      return result === 'sent' ? { ok: true } : { ok: false, retryable: result === 'failed', error: `mail-${result}` };
    },
  };
}
