import type { Notification } from '../../bot/notifications.js';
import type { DialogServices } from '../router.js';
import type { Language, Reply } from '../turn.js';
import { evaluationForm } from './evaluation-dialog.js';

/** The look back, as a card for whom it was queued; nothing when it was answered in the meantime. */
export async function evaluationReplies(n: Extract<Notification, { kind: 'evaluation' }>, language: Language, services: DialogServices): Promise<Reply[]> {
  const evaluation = await services.evaluations.pending(n.evaluationId);
  return evaluation ? [{ kind: 'form', form: evaluationForm(evaluation, language) }] : [];
}
