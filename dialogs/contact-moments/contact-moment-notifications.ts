import type { Notification } from '../../bot/notifications.js';
import { formatMoment } from '../format-moment.js';
import type { DialogServices } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply } from '../turn.js';
import { userText } from '../user-text.js';

/** An invitation or reminder, worded when sent; a moment recorded by then needs no reminder. */
export async function contactMomentReplies(n: Extract<Notification, { kind: 'contact-moment' }>, language: Language, services: DialogServices): Promise<Reply[]> {
  const c = textsFor(language).contactMoments;
  const found = await services.contactMoments.forMessage(n.contactMomentId);
  if (!found || found.moment.outcome) return [];
  const words = n.event === 'invited' ? c.invited : c.reminder;
  return [{ kind: 'text', text: words(c.kinds[found.moment.kind], formatMoment(found.moment.at, language), userText(found.companyName)) }];
}
