import { z } from 'zod/v4';
import { Id, IsoDateTime } from './common.js';

// A contact moment (contactmoment) between student, school and company during the internship. The
// Stagepact asks for at least three per internship, one of them at the company with the student,
// the school and the workplace trainer together.

export const MIN_CONTACT_MOMENTS = 3;

export const CONTACT_MOMENT_KINDS = ['on-site', 'online', 'at-school'] as const;
export const ContactMomentKind = z.enum(CONTACT_MOMENT_KINDS);
export type ContactMomentKind = z.infer<typeof ContactMomentKind>;

export const ContactMoment = z.strictObject({
  id: Id,
  placementId: Id,
  roundId: Id,
  studentId: Id,
  companyId: Id,
  kind: ContactMomentKind,
  at: IsoDateTime,
  /** The coordinator or BPV-docent who planned it (their configured user id). */
  plannedBy: Id,
  plannedAt: IsoDateTime,
  outcome: z.enum(['held', 'not-held']).optional(),
  recordedBy: Id.optional(),
  recordedAt: IsoDateTime.optional(),
});
export type ContactMoment = z.infer<typeof ContactMoment>;
