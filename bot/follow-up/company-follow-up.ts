import type { Requirement } from '../domain/common.js';
import type { Placement, RefusalReason } from '../domain/placement.js';
import type { KoppelView } from '../koppel-data.js';
import type { Finding } from '../screening/grounds.js';
import { screenRequirement } from '../screening/requirement-screen.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';
import { appendAudit } from '../audit-log.js';
import { toCoordinators, toStudent } from './follow-up-messages.js';
import { MAX_MEETING_MOMENTS, REFUSAL_FLAG_WINDOW_DAYS, REFUSALS_BEFORE_FLAG } from './follow-up-rules.js';
import { recentRefusals } from './placements.js';
import type { StepContext } from './student-follow-up.js';

// What a company contact does with a student placed with them, as changes on a draft that holds the
// placement, its offer, its student, the company's other placements and the coordinators' chats. A company acts only on its own
// placements that still hold: anything else is "not found", so ids of other companies reveal nothing.

export type CompanyStep =
  | { kind: 'propose-meeting'; moments: readonly string[] }
  | { kind: 'meeting-held' }
  | { kind: 'refuse'; reason: RefusalReason; requirement?: Requirement; text?: string };

export type CompanyStepOutcome =
  | { ok: true; placement: Placement; already?: boolean }
  | { ok: false; reason: 'not-found' | 'moments' | 'no-meeting' | 'not-yet' | 'already-refused' | 'requirement' | 'text' | 'no-show-too-early' }
  | { ok: false; reason: 'protected-ground'; findings: readonly Finding[] };

export function companyStep(
  draft: KoppelView, companyId: string, placementId: string, actorId: string, step: CompanyStep, { now, coordinators }: StepContext,
): { outcome: CompanyStepOutcome; messages: QueuedNotification[] } {
  const placement = Object.hasOwn(draft.placements, placementId) ? draft.placements[placementId] : undefined;
  if (!placement || placement.companyId !== companyId || placement.endedAt) return refused('not-found');
  const at = now.toISOString();
  switch (step.kind) {
    case 'propose-meeting': {
      const moments = [...new Set(step.moments.map((m) => new Date(m).toISOString()))].sort();
      if (moments.length === 0 || moments.length > MAX_MEETING_MOMENTS || moments.some((m) => Date.parse(m) <= now.getTime())) return refused('moments');
      // A new proposal replaces the old one (the student asked for another moment, or plans changed).
      placement.meeting = { proposed: moments, proposedAt: at };
      return { outcome: { ok: true, placement }, messages: toStudent(draft, placement, 'meeting-proposed', at) };
    }
    case 'meeting-held': {
      const chosen = placement.meeting?.chosen;
      if (!chosen) return refused('no-meeting');
      if (Date.parse(chosen) > now.getTime()) return refused('not-yet');
      if (placement.meeting?.heldByCompanyAt) return { outcome: { ok: true, placement, already: true }, messages: [] };
      placement.meeting!.heldByCompanyAt = at;
      return { outcome: { ok: true, placement }, messages: [] };
    }
    case 'refuse':
      return refuse(draft, placement, actorId, step, now, coordinators);
  }
}

function refuse(
  draft: KoppelView, placement: Placement, actorId: string, step: Extract<CompanyStep, { kind: 'refuse' }>, now: Date, coordinators: readonly string[],
): { outcome: CompanyStepOutcome; messages: QueuedNotification[] } {
  if (placement.refusal && placement.refusal.decision !== 'overturned') return refused('already-refused');
  const offer = Object.hasOwn(draft.offers, placement.offerId) ? draft.offers[placement.offerId] : undefined;
  if (step.reason === 'requirement-not-met' && !(step.requirement && offer?.requirements.includes(step.requirement))) return refused('requirement');
  const text = step.reason === 'other' ? step.text?.trim() ?? '' : undefined;
  if (text !== undefined) {
    if (text.length < 3) return refused('text');
    // Free text is screened like an offer's requirement: no protected ground, no "klik", ever.
    const screened = screenRequirement(text, 'requirement');
    if (screened.verdict === 'refuse') return { outcome: { ok: false, reason: 'protected-ground', findings: screened.findings }, messages: [] };
  }
  if (step.reason === 'no-show') {
    const chosen = placement.meeting?.chosen;
    if (!chosen || Date.parse(chosen) > now.getTime()) return refused('no-show-too-early');
  }
  placement.refusal = {
    reason: step.reason, by: actorId, at: now.toISOString(),
    ...(step.reason === 'requirement-not-met' ? { requirement: step.requirement } : {}),
    ...(text ? { text } : {}),
  };
  appendAudit(draft, { actorId, action: 'placement.refused', subjectType: 'placement', subjectId: placement.id, detail: { reason: step.reason, companyId: placement.companyId } }, now);
  // Never final on the company's word alone: the coordinators hear it at once and decide. A company
  // that refuses often is flagged for a conversation, never blocked.
  const flagged = recentRefusals(draft, placement.companyId, now, REFUSAL_FLAG_WINDOW_DAYS) > REFUSALS_BEFORE_FLAG;
  return {
    outcome: { ok: true, placement },
    messages: [
      ...toCoordinators(draft, coordinators, placement, 'refusal-reported', placement.refusal.at),
      ...(flagged ? toCoordinators(draft, coordinators, placement, 'company-flagged', placement.refusal.at) : []),
    ],
  };
}

function refused(reason: Exclude<CompanyStepOutcome, { ok: true } | { reason: 'protected-ground' }>['reason']): { outcome: CompanyStepOutcome; messages: QueuedNotification[] } {
  return { outcome: { ok: false, reason }, messages: [] };
}
