import type { Notification } from '../../bot/notifications.js';
import { formatMoment } from '../format-moment.js';
import type { DialogServices } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply } from '../turn.js';
import { userText } from '../user-text.js';

/** A new erasure request to the coordinators; a refusal, with its reason read at send time, to whoever asked. */
export async function erasureReplies(notification: Extract<Notification, { kind: 'erasure' }>, language: Language, services: DialogServices): Promise<Reply[]> {
  const x = textsFor(language).privacy.erasure;
  if (notification.event === 'requested') return [{ kind: 'text', text: x.coordinatorNotice }];
  const request = await services.erasureRequests.get(notification.requestId);
  // Carried out after all, or the reason erased with the person's data: nothing to tell.
  if (request?.state !== 'refused' || !request.refusalReason) return [];
  return [{ kind: 'text', text: x.refused(formatMoment(request.requestedAt, language), userText(request.refusalReason)) }];
}
