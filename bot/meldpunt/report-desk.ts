import { appendAudit } from '../audit-log.js';
import type { NamedReporter, Report, ReportLink } from '../domain/report.js';
import type { KoppelView } from '../koppel-data.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';
import { toCoordinators, toReporter, toStaff } from './meldpunt-messages.js';
import type { CaseStep, ReportInput } from './report-input.js';

// The meldpunt's cases as changes on a draft: pure, each returns its outcome and the messages it
// causes, and changes nothing when refused. The audit records each step by case number and staff id
// only: the reporter is always `reporter`, so the trail never links a person to a case.

export const REPORTER_ACTOR = 'reporter';

export interface Reporter {
  platform: ReportLink['platform'];
  userId: string;
  /** Who they are, for a named report (from their role); unused when anonymous. */
  named: NamedReporter;
  /** The company of the student's own internship, when they chose it. */
  ownCompanyId: string | undefined;
}

export interface FileReport {
  caseNumber: string;
  linkId: string;
  input: ReportInput;
  reporter: Reporter;
  source: Report['source'];
  staff: readonly string[];
  coordinators: readonly string[];
  now: Date;
}

type Outcome<T, R extends string> = { outcome: { ok: true; value: T } | { ok: false; reason: R }; messages: QueuedNotification[] };

export function fileReport(draft: KoppelView, f: FileReport): Outcome<Report, 'case-number-taken'> {
  if (Object.hasOwn(draft.reports, f.caseNumber)) return { outcome: { ok: false, reason: 'case-number-taken' }, messages: [] };
  const at = f.now.toISOString();
  const { input } = f;
  const companyId = input.company === 'own' ? f.reporter.ownCompanyId : undefined;
  const report: Report = {
    id: f.caseNumber, createdAt: at, source: f.source, phase: input.phase, what: input.what,
    ...(input.happenedOn ? { happenedOn: input.happenedOn } : {}),
    ...(companyId ? { companyId } : {}),
    ...(input.company === 'other' && input.companyText ? { companyText: input.companyText } : {}),
    contactWish: input.contactWish,
    ...(input.contactWish !== 'none' && input.contactDetail ? { contactDetail: input.contactDetail } : {}),
    anonymous: input.anonymous,
    ...(input.anonymous ? {} : { named: f.reporter.named }),
    coordinatorsMayKnow: input.coordinatorsMayKnow,
    state: 'received',
    history: [{ state: 'received', at, by: REPORTER_ACTOR }],
    sbb: {},
  };
  draft.reports[report.id] = report;
  draft.reportLinks[f.linkId] = { reportId: report.id, platform: f.reporter.platform, userId: f.reporter.userId, createdAt: at };
  appendAudit(draft, { actorId: REPORTER_ACTOR, action: 'report.received', subjectType: 'report', subjectId: report.id, detail: { anonymous: report.anonymous, source: report.source } }, f.now);
  return { outcome: { ok: true, value: report }, messages: [...toStaff(draft, f.staff, report, 'report-received'), ...toCoordinators(draft, f.coordinators, report)] };
}

export type CaseRefusal = 'unknown-case' | 'closed' | 'already' | 'no-consent' | 'forwarded';

/** A staff member's step on a case: in conversation, closed with aftercare, or forwarded to SBB (only with consent). */
export function moveCase(draft: KoppelView, reportId: string, step: CaseStep, staffId: string, now: Date): Outcome<Report, CaseRefusal> {
  const report = Object.hasOwn(draft.reports, reportId) ? draft.reports[reportId] : undefined;
  if (!report) return refused('unknown-case');
  const at = now.toISOString();
  const link = linkOf(draft, reportId);
  const occasion = String(report.history.length);
  switch (step.kind) {
    case 'in-conversation':
      if (report.state === 'closed') return refused('closed');
      if (report.state === 'in-conversation') return refused('already');
      return changeState(draft, report, 'in-conversation', staffId, now, toReporter(link, report, 'in-conversation', occasion));
    case 'close':
      if (report.state === 'closed') return refused('already');
      report.aftercare = { note: step.note, followUpOn: step.followUpOn };
      return changeState(draft, report, 'closed', staffId, now, toReporter(link, report, 'closed', occasion));
    case 'forward':
      if (report.sbb.forwardedAt) return refused('forwarded');
      // Nothing goes to SBB without the reporter's consent, nor after they withdrew it.
      if (!hasConsent(report)) return refused('no-consent');
      report.sbb.forwardedAt = at;
      report.sbb.forwardedBy = staffId;
      appendAudit(draft, { actorId: staffId, action: 'report.forwarded', subjectType: 'report', subjectId: report.id }, now);
      return { outcome: { ok: true, value: report }, messages: toReporter(link, report, 'forwarded') };
  }
}

/** The reporter gives or withdraws consent to forward to SBB; withdrawing is possible until it is forwarded. */
export function setConsent(draft: KoppelView, reportId: string, give: boolean, staff: readonly string[], now: Date): Outcome<Report, 'unknown-case' | 'forwarded' | 'already'> {
  const report = Object.hasOwn(draft.reports, reportId) ? draft.reports[reportId] : undefined;
  if (!report) return refused('unknown-case');
  if (report.sbb.forwardedAt) return refused('forwarded');
  if (hasConsent(report) === give) return refused('already');
  const at = now.toISOString();
  if (give) {
    report.sbb.givenAt = at;
    delete report.sbb.withdrawnAt;
  } else {
    report.sbb.withdrawnAt = at;
  }
  appendAudit(draft, { actorId: REPORTER_ACTOR, action: give ? 'report.consent-given' : 'report.consent-withdrawn', subjectType: 'report', subjectId: report.id }, now);
  return { outcome: { ok: true, value: report }, messages: toStaff(draft, staff, report, give ? 'consent-given' : 'consent-withdrawn', at) };
}

export function hasConsent(report: Report): boolean {
  return report.sbb.givenAt !== undefined && report.sbb.withdrawnAt === undefined;
}

/** The sealed link of a case, in a draft whose scope holds it (by `reportKey`). */
export function linkOf(view: Readonly<KoppelView>, reportId: string): ReportLink | undefined {
  return Object.values(view.reportLinks).find((l) => l.reportId === reportId);
}

function changeState(draft: KoppelView, report: Report, state: Report['state'], staffId: string, now: Date, messages: QueuedNotification[]): Outcome<Report, never> {
  report.state = state;
  report.history.push({ state, at: now.toISOString(), by: staffId });
  appendAudit(draft, { actorId: staffId, action: 'report.state-changed', subjectType: 'report', subjectId: report.id, detail: { state } }, now);
  return { outcome: { ok: true, value: report }, messages };
}

function refused<R extends string>(reason: R): { outcome: { ok: false; reason: R }; messages: QueuedNotification[] } {
  return { outcome: { ok: false, reason }, messages: [] };
}
