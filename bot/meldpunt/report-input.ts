import { z } from 'zod/v4';
import { IsoDate } from '../domain/common.js';
import { AFTERCARE_TEXT_MAX, ContactWish, REPORT_TEXT_MAX, ReportPhase } from '../domain/report.js';

// What a reporter and the meldpunt's staff may send, checked at the boundary. Each message says
// what to fix; the dialogs show them with the field.

export const ReportInput = z.object({
  phase: ReportPhase,
  what: z.string().trim().min(3, 'too-short').max(REPORT_TEXT_MAX, 'too-long'),
  happenedOn: IsoDate.optional(),
  /** `own`: the student's own internship company (Koppel knows which); `other`: a name in `companyText`. */
  company: z.enum(['own', 'other', 'none']).default('none'),
  companyText: z.string().trim().max(200, 'too-long').optional(),
  contactWish: ContactWish,
  contactDetail: z.string().trim().max(200, 'too-long').optional(),
  anonymous: z.boolean(),
  coordinatorsMayKnow: z.boolean().default(false),
}).superRefine((input, ctx) => {
  if (input.company === 'other' && !input.companyText) ctx.addIssue({ code: 'custom', path: ['companyText'], message: 'required' });
  // Someone who wants to be phoned but stays anonymous must say how: Koppel cannot look them up.
  if (input.contactWish === 'phone' && !input.contactDetail) ctx.addIssue({ code: 'custom', path: ['contactDetail'], message: 'required' });
});
export type ReportInput = z.infer<typeof ReportInput>;

export const CaseStep = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('in-conversation') }),
  z.object({ kind: z.literal('close'), note: z.string().trim().min(3, 'too-short').max(AFTERCARE_TEXT_MAX, 'too-long'), followUpOn: IsoDate }),
  z.object({ kind: z.literal('forward') }),
]);
export type CaseStep = z.infer<typeof CaseStep>;
