import type { Notification } from '../../bot/notifications.js';
import type { DialogServices } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply } from '../turn.js';
import { checkInForm } from './check-in-form.js';

// Check-in messages, worded when they are sent: the questions to the student (unless answered by
// then), and to school only that the student wants a talk, never an answer.

type CheckInNotification = Extract<Notification, { kind: 'check-in' | 'check-in-conversation' }>;

export async function checkInReplies(n: CheckInNotification, language: Language, services: DialogServices): Promise<Reply[]> {
  const c = textsFor(language).checkIns;
  if (n.kind === 'check-in') {
    const checkIn = await services.checkIns.ofStudent(n.studentId, n.checkInId);
    return checkIn && !checkIn.answers ? [{ kind: 'form', form: checkInForm(checkIn, language) }] : [];
  }
  const found = await services.checkIns.forMessage(n.checkInId);
  return found ? [{ kind: 'text', text: c.coordinatorAlert(found.studentNumber, c.moments[found.checkIn.moment]) }] : [];
}
