import { z } from 'zod/v4';
import { Id, IsoDate, IsoDateTime, Platform } from './common.js';

// A report of discrimination (melding) to the school's meldpunt. Its contents are the most
// sensitive data Koppel holds: they live in their own collection, are read only by meldpunt staff
// (and the reporter), and never enter logs, the audit's text or exports.

/** Where it happened: the phase of looking for a place, the introduction meeting, the internship itself, or at school. */
export const REPORT_PHASES = ['searching', 'introduction', 'internship', 'school'] as const;
export const ReportPhase = z.enum(REPORT_PHASES);
export type ReportPhase = z.infer<typeof ReportPhase>;

/** How the reporter wants to be contacted, if at all; `none` is a real choice, and the default. */
export const CONTACT_WISHES = ['none', 'chat', 'phone', 'meeting'] as const;
export const ContactWish = z.enum(CONTACT_WISHES);
export type ContactWish = z.infer<typeof ContactWish>;

export const REPORT_STATES = ['received', 'in-conversation', 'closed'] as const;
export const ReportState = z.enum(REPORT_STATES);
export type ReportState = z.infer<typeof ReportState>;

export const REPORT_TEXT_MAX = 1500;
export const AFTERCARE_TEXT_MAX = 600;

/** Who reported, for a named report only: a role and the id of their record, never a platform id. */
export const NamedReporter = z.strictObject({
  role: z.enum(['student', 'company-contact', 'staff', 'other']),
  /** The student's or company's id; none for staff and others (they are known by the chat they write in). */
  recordId: Id.optional(),
});
export type NamedReporter = z.infer<typeof NamedReporter>;

/** Consent to pass the report on to SBB: asked apart from the report, and withdrawable until it is forwarded. */
export const SbbConsent = z.strictObject({
  givenAt: IsoDateTime.optional(),
  withdrawnAt: IsoDateTime.optional(),
  forwardedAt: IsoDateTime.optional(),
  forwardedBy: Id.optional(),
});
export type SbbConsent = z.infer<typeof SbbConsent>;

export const Report = z.strictObject({
  /** The case number, also the record's id (e.g. `M-7K3Q9X`): short enough to read out on the phone. */
  id: Id,
  createdAt: IsoDateTime,
  /** How it came in: the command or result card, or a check-in's button (counted, not linked to the check-in). */
  source: z.enum(['command', 'check-in', 'problem']),
  phase: ReportPhase,
  /** What happened, in the reporter's own words. */
  what: z.string().trim().min(3).max(REPORT_TEXT_MAX),
  /** When it happened: a date if the reporter knows it. */
  happenedOn: IsoDate.optional(),
  /** A company Koppel knows (the student's own internship company), or a name the reporter typed. */
  companyId: Id.optional(),
  companyText: z.string().trim().min(1).max(200).optional(),
  contactWish: ContactWish,
  /** A phone number or another way to reach the reporter, only when they chose to give it. */
  contactDetail: z.string().trim().min(1).max(200).optional(),
  anonymous: z.boolean(),
  /** Only on a named report. */
  named: NamedReporter.optional(),
  /** The reporter agreed that the coordinators may know about this case (default: they do not). */
  coordinatorsMayKnow: z.boolean().default(false),
  state: ReportState,
  /** Each change of state, by staff id and time: what the audit trail also records (by id only). */
  history: z.array(z.strictObject({ state: ReportState, at: IsoDateTime, by: Id })).max(50),
  aftercare: z.strictObject({ note: z.string().trim().min(3).max(AFTERCARE_TEXT_MAX), followUpOn: IsoDate }).optional(),
  sbb: SbbConsent.default({}),
}).superRefine((report, ctx) => {
  if (report.anonymous && report.named) ctx.addIssue({ code: 'custom', path: ['named'], message: 'an anonymous report names nobody' });
  if (!report.anonymous && !report.named) ctx.addIssue({ code: 'custom', path: ['named'], message: 'a named report says who' });
  if (report.state === 'closed' && !report.aftercare) ctx.addIssue({ code: 'custom', path: ['aftercare'], message: 'a closed case has its aftercare note' });
});
export type Report = z.infer<typeof Report>;

/**
 * The sealed link from a case to the chat account that reported it, kept apart from the case so
 * that whoever reads the case never reads who reported it. Only the meldpunt service opens it, to
 * send the reporter the staff's updates and to show the reporter their own cases.
 */
export const ReportLink = z.strictObject({
  reportId: Id,
  platform: Platform,
  userId: z.string().min(1).max(200),
  createdAt: IsoDateTime,
});
export type ReportLink = z.infer<typeof ReportLink>;
