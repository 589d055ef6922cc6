import { z } from 'zod/v4';
import { Id, IsoDateTime } from './common.js';

export const AuditAction = z.enum([
  'round.created', 'round.edited', 'round.transition', 'match.run', 'match.pinned', 'match.approved',
  'release.scheduled', 'release.cancelled', 'release.started', 'release.retried', 'export.created',
  'student.imported', 'student.deleted', 'company.registered', 'company.imported', 'company.deleted',
  'company.invited', 'company.contact-linked', 'offer.saved', 'offer.requirement-reviewed',
  'reminders.sent-now', 'own-placement.decided', 'placement.refused', 'placement.refusal-decided', 'rematch.run', 'rematch.approved', 'placement.by-hand', 'placement.vog-marked', 'company.links-revoked',
  'report.received', 'report.state-changed', 'report.consent-given', 'report.consent-withdrawn', 'report.forwarded',
  'contact-moment.planned', 'contact-moment.recorded',
  'proposals.released', 'proposal.chosen',
  // Reading sensitive data is itself recorded: who read which record, when; never what it said.
  'support.read', 'report.read', 'retention.erased', 'erasure.requested', 'erasure.refused', 'erasure.carried-out', 'data.exported', 'company.contact-removed',
]);
export type AuditAction = z.infer<typeof AuditAction>;

/** Ids only: names and free text never enter the audit log. */
export const AuditEvent = z.object({
  id: Id,
  at: IsoDateTime,
  actorId: Id,
  action: AuditAction,
  subjectType: z.enum(['round', 'student', 'company', 'offer', 'match', 'export', 'placement', 'rematch', 'report', 'contact-moment', 'retention', 'person']),
  subjectId: Id,
  detail: z.record(z.string(), z.union([z.string().max(80), z.number(), z.boolean()])).default({}),
}).strict();
export type AuditEvent = z.infer<typeof AuditEvent>;
