import type { Notification } from '../domain/notification.js';
import type { Placement } from '../domain/placement.js';
import type { KoppelView } from '../koppel-data.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';
import { platformsOf, type PersonKey } from '../people.js';

// The follow-up's proactive messages, each under a key that says what happened to which placement
// and for whom: the same event reaches each person once, whoever presses twice or retries.

type Event<K extends 'follow-up-student' | 'follow-up-company' | 'follow-up-coordinator'> = Extract<Notification, { kind: K }>['event'];

const recipientKey = (r: PersonKey) => `${r.platform}:${r.userId}`;

/** A message to the placed student, on the chat account Koppel knows first; none when it knows none. */
export function toStudent(view: Readonly<KoppelView>, placement: Placement, event: Event<'follow-up-student'>, occasion = ''): QueuedNotification[] {
  const student = Object.hasOwn(view.students, placement.studentId) ? view.students[placement.studentId] : undefined;
  const recipient = student?.identities[0];
  if (!recipient) return [];
  return [{
    key: `follow-up-student:${event}:${placement.id}:${occasion}`,
    recipient: { platform: recipient.platform, userId: recipient.userId },
    notification: { kind: 'follow-up-student', event, roundId: placement.roundId, studentId: placement.studentId, placementId: placement.id },
  }];
}

/** A message to every contact of the placement's company. */
export function toCompany(view: Readonly<KoppelView>, placement: Placement, event: Event<'follow-up-company'>, occasion = ''): QueuedNotification[] {
  const company = Object.hasOwn(view.companies, placement.companyId) ? view.companies[placement.companyId] : undefined;
  return (company?.contacts ?? []).map((contact) => ({
    key: `follow-up-company:${event}:${placement.id}:${occasion}:${recipientKey(contact)}`,
    recipient: { platform: contact.platform, userId: contact.userId },
    notification: { kind: 'follow-up-company', event, roundId: placement.roundId, companyId: placement.companyId, placementId: placement.id },
  }));
}

/** A message to every coordinator, wherever they talk to Koppel. The view must hold their conversations and preferences. */
export function toCoordinators(
  view: Readonly<KoppelView>, coordinators: readonly string[], placement: Placement, event: Event<'follow-up-coordinator'>, occasion = '',
): QueuedNotification[] {
  return coordinators.flatMap((userId) => platformsOf(view, userId).map((platform) => {
    const recipient = { platform, userId };
    return {
      key: `follow-up-coordinator:${event}:${placement.id}:${occasion}:${recipientKey(recipient)}`,
      recipient,
      notification: { kind: 'follow-up-coordinator' as const, event, roundId: placement.roundId, studentId: placement.studentId, placementId: placement.id },
    };
  }));
}
