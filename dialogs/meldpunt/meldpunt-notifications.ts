import type { Notification } from '../../bot/notifications.js';
import type { DialogServices } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply } from '../turn.js';
import { formatDate } from './format-date.js';
import { userText } from '../user-text.js';
import { caseForm } from './staff-dialog.js';

// The meldpunt's messages, worded when they are sent. Staff get the case number and a button that
// opens it (the case card checks again who presses it); the reporter gets news of their own case.

type MeldpuntNotification = Extract<Notification, { kind: 'meldpunt-staff' | 'meldpunt-reporter' | 'meldpunt-coordinator' }>;

export async function meldpuntReplies(n: MeldpuntNotification, language: Language, services: DialogServices): Promise<Reply[]> {
  const m = textsFor(language).meldpunt;
  const found = await services.meldpunt.forMessage(n.reportId);
  if (!found) return [];
  const { report } = found;
  if (n.kind === 'meldpunt-staff') {
    const open = { kind: 'form' as const, form: { id: 'meldpunt.case.open', title: m.staff.caseTitle(report.id), fields: [], actions: [{ verb: 'meldpunt.case' as const, label: m.staff.open, data: { caseNumber: report.id } }] } };
    if (n.event === 'report-received') return [{ kind: 'text', text: m.staff.notifications['report-received'](report.id) }, { kind: 'form', form: caseForm(found, language) }];
    return [{ kind: 'text', text: m.staff.notifications[n.event](report.id) }, open];
  }
  if (n.kind === 'meldpunt-coordinator') {
    // Only that it exists, and whose when named: the contents stay with the meldpunt.
    const who = found.reporter?.role === 'student' ? userText(found.reporter.label) : undefined;
    return [{ kind: 'text', text: m.coordinatorNotice(report.id, who) }];
  }
  switch (n.event) {
    case 'in-conversation': return [{ kind: 'text', text: m.reporterUpdates['in-conversation'](report.id) }];
    case 'closed': return report.aftercare ? [{ kind: 'text', text: m.reporterUpdates.closed(report.id, formatDate(report.aftercare.followUpOn, language)) }] : [];
    case 'forwarded': return [{ kind: 'text', text: m.reporterUpdates.forwarded(report.id) }];
  }
}
