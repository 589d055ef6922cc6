import { MELDPUNT_ROUND_ID, type Notification } from '../domain/notification.js';
import type { Report, ReportLink } from '../domain/report.js';
import type { KoppelView } from '../koppel-data.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';
import { platformsOf } from '../people.js';

// The meldpunt's proactive messages. Staff messages name the case only; the reporter's go to the
// chat account of the case's sealed link. Each key says which case, what happened and for whom, so
// a repeat (pressing twice, two processes) sends nothing more.

type StaffEvent = Extract<Notification, { kind: 'meldpunt-staff' }>['event'];
type ReporterEvent = Extract<Notification, { kind: 'meldpunt-reporter' }>['event'];

/** To every meldpunt staff member, on each platform they use. The view must hold their conversations and preferences. */
export function toStaff(view: Readonly<KoppelView>, staff: readonly string[], report: Report, event: StaffEvent, occasion = ''): QueuedNotification[] {
  return staff.flatMap((userId) => platformsOf(view, userId).map((platform) => ({
    key: `meldpunt-staff:${event}:${report.id}:${occasion}:${platform}:${userId}`,
    recipient: { platform, userId },
    notification: { kind: 'meldpunt-staff' as const, event, roundId: MELDPUNT_ROUND_ID, reportId: report.id },
  })));
}

/** To every coordinator that a case exists, only when the reporter agreed to that. */
export function toCoordinators(view: Readonly<KoppelView>, coordinators: readonly string[], report: Report): QueuedNotification[] {
  if (!report.coordinatorsMayKnow) return [];
  return coordinators.flatMap((userId) => platformsOf(view, userId).map((platform) => ({
    key: `meldpunt-coordinator:report-received:${report.id}:${platform}:${userId}`,
    recipient: { platform, userId },
    notification: { kind: 'meldpunt-coordinator' as const, event: 'report-received' as const, roundId: MELDPUNT_ROUND_ID, reportId: report.id },
  })));
}

/** To the reporter, through the sealed link; none when the link is gone (the reporter's data was erased). */
export function toReporter(link: ReportLink | undefined, report: Report, event: ReporterEvent, occasion = ''): QueuedNotification[] {
  if (!link) return [];
  return [{
    key: `meldpunt-reporter:${event}:${report.id}:${occasion}`,
    recipient: { platform: link.platform, userId: link.userId },
    notification: { kind: 'meldpunt-reporter', event, roundId: MELDPUNT_ROUND_ID, reportId: report.id },
  }];
}
