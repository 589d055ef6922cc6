import type { ContactMoment } from '../domain/contact-moment.js';
import type { KoppelView } from '../koppel-data.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';
import { platformsOf, type PersonKey } from '../people.js';

// Invitations and reminders of a contact moment go to all three: the student, every contact of the
// company, and the school's planner. One key per moment, event and recipient: each hears it once.

export function toAllThree(view: Readonly<KoppelView>, moment: ContactMoment, event: 'invited' | 'reminder'): QueuedNotification[] {
  const student = Object.hasOwn(view.students, moment.studentId) ? view.students[moment.studentId] : undefined;
  const company = Object.hasOwn(view.companies, moment.companyId) ? view.companies[moment.companyId] : undefined;
  const recipients: PersonKey[] = [
    ...(student?.identities[0] ? [student.identities[0]] : []),
    ...(company?.contacts ?? []),
    ...platformsOf(view, moment.plannedBy).map((platform) => ({ platform, userId: moment.plannedBy })),
  ];
  return recipients.map((r) => ({
    key: `contact-moment:${event}:${moment.id}:${r.platform}:${r.userId}`,
    recipient: { platform: r.platform, userId: r.userId },
    notification: { kind: 'contact-moment' as const, event, roundId: moment.roundId, placementId: moment.placementId, contactMomentId: moment.id },
  }));
}
