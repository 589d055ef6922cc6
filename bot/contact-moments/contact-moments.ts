import { randomBytes } from 'node:crypto';
import { appendAudit } from '../audit-log.js';
import { MIN_CONTACT_MOMENTS, type ContactMoment, type ContactMomentKind } from '../domain/contact-moment.js';
import type { KoppelView } from '../koppel-data.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';
import { toAllThree } from './contact-moment-messages.js';

// Contact moments as changes on a draft, and the figures per internship. Pure: the service decides
// the scope and the unit of work. Audited by ids only.

type Outcome<T, R extends string> = { outcome: { ok: true; value: T } | { ok: false; reason: R }; messages: QueuedNotification[] };

export const newContactMomentId = (): string => `cm_${randomBytes(10).toString('hex')}`;

export function planMoment(
  draft: KoppelView, p: { id: string; placementId: string; kind: ContactMomentKind; at: string; plannerId: string; now: Date },
): Outcome<ContactMoment, 'no-placement' | 'in-the-past'> {
  const placement = Object.hasOwn(draft.placements, p.placementId) ? draft.placements[p.placementId] : undefined;
  if (!placement || placement.endedAt) return { outcome: { ok: false, reason: 'no-placement' }, messages: [] };
  if (Date.parse(p.at) <= p.now.getTime()) return { outcome: { ok: false, reason: 'in-the-past' }, messages: [] };
  const moment: ContactMoment = {
    id: p.id, placementId: placement.id, roundId: placement.roundId, studentId: placement.studentId, companyId: placement.companyId,
    kind: p.kind, at: p.at, plannedBy: p.plannerId, plannedAt: p.now.toISOString(),
  };
  draft.contactMoments[moment.id] = moment;
  appendAudit(draft, { actorId: p.plannerId, action: 'contact-moment.planned', subjectType: 'contact-moment', subjectId: moment.id, detail: { placementId: placement.id, kind: p.kind } }, p.now);
  return { outcome: { ok: true, value: moment }, messages: toAllThree(draft, moment, 'invited') };
}

export function recordMoment(draft: KoppelView, id: string, outcome: 'held' | 'not-held', by: string, now: Date): Outcome<ContactMoment, 'unknown' | 'not-yet'> {
  const moment = Object.hasOwn(draft.contactMoments, id) ? draft.contactMoments[id] : undefined;
  if (!moment) return { outcome: { ok: false, reason: 'unknown' }, messages: [] };
  if (Date.parse(moment.at) > now.getTime()) return { outcome: { ok: false, reason: 'not-yet' }, messages: [] };
  moment.outcome = outcome;
  moment.recordedBy = by;
  moment.recordedAt = now.toISOString();
  appendAudit(draft, { actorId: by, action: 'contact-moment.recorded', subjectType: 'contact-moment', subjectId: id, detail: { outcome } }, now);
  return { outcome: { ok: true, value: moment }, messages: [] };
}

/** Reminders the day before each planned moment, to all three. */
export function dueReminders(view: Readonly<KoppelView>, now: Date): QueuedNotification[] {
  return Object.values(view.contactMoments)
    .filter((m) => !m.outcome && Date.parse(m.at) > now.getTime() && Date.parse(m.at) - now.getTime() <= 86_400_000)
    .flatMap((m) => toAllThree(view, m, 'reminder'));
}

export interface ContactMomentFigures {
  internships: number;
  /** Internships with at least three moments held. */
  enoughHeld: number;
  /** Internships whose visit on site took place. */
  onSiteHeld: number;
  planned: number;
  held: number;
  notHeld: number;
  /** Per internship that does not have its three moments and its visit on site yet: how far it is. */
  incomplete: Array<{ studentNumber: string; held: number; onSite: boolean }>;
}

/** Per round: how many internships had their three moments and their visit on site. The view holds the round's placements, students and moments. */
export function contactMomentFigures(view: Readonly<KoppelView>, roundId: string): ContactMomentFigures {
  const placements = Object.values(view.placements).filter((p) => p.roundId === roundId && !p.endedAt);
  const moments = Object.values(view.contactMoments).filter((m) => m.roundId === roundId);
  const heldOf = (placementId: string) => moments.filter((m) => m.placementId === placementId && m.outcome === 'held');
  return {
    internships: placements.length,
    enoughHeld: placements.filter((p) => heldOf(p.id).length >= MIN_CONTACT_MOMENTS).length,
    onSiteHeld: placements.filter((p) => heldOf(p.id).some((m) => m.kind === 'on-site')).length,
    planned: moments.filter((m) => !m.outcome).length,
    held: moments.filter((m) => m.outcome === 'held').length,
    notHeld: moments.filter((m) => m.outcome === 'not-held').length,
    incomplete: placements
      .map((p) => ({ studentNumber: view.students[p.studentId]?.studentNumber ?? p.studentId, held: heldOf(p.id).length, onSite: heldOf(p.id).some((m) => m.kind === 'on-site') }))
      .filter((i) => i.held < MIN_CONTACT_MOMENTS || !i.onSite)
      .sort((a, b) => a.studentNumber.localeCompare(b.studentNumber)),
  };
}
