import type { Placement, ProblemKind } from '../domain/placement.js';
import type { KoppelView } from '../koppel-data.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';
import { toCompany, toCoordinators } from './follow-up-messages.js';
import { activePlacement, placementFromMatch } from './placements.js';

// What a student does with their place after the release, as changes on a draft that holds the
// student's placements (and, before the release runner made them, the round's match): each returns
// its outcome and the messages it causes, and changes nothing when it is refused.

export type StudentStep =
  | { kind: 'acknowledge' }
  | { kind: 'problem'; problem: ProblemKind }
  | { kind: 'choose-moment'; moment: string }
  | { kind: 'other-moment' }
  | { kind: 'meeting-held'; feltLikeSelection: boolean }
  | { kind: 'vog'; state: 'requested' | 'arranged' };

export type StudentStepOutcome =
  | { ok: true; placement: Placement; already?: boolean }
  | { ok: false; reason: 'no-placement' | 'no-meeting' | 'unknown-moment' | 'not-yet' | 'to-meldpunt' | 'no-vog-needed' };

export interface StepContext {
  now: Date;
  coordinators: readonly string[];
}

export function studentStep(
  draft: KoppelView, roundId: string, studentId: string, step: StudentStep, { now, coordinators }: StepContext,
): { outcome: StudentStepOutcome; messages: QueuedNotification[] } {
  const placement = activePlacement(draft, studentId) ?? placementFromMatch(draft, roundId, studentId, now);
  if (!placement) return refused('no-placement');
  const at = now.toISOString();
  switch (step.kind) {
    case 'acknowledge':
      if (placement.acknowledgedAt) return { outcome: { ok: true, placement, already: true }, messages: [] };
      placement.acknowledgedAt = at;
      return { outcome: { ok: true, placement }, messages: [] };
    case 'problem':
      // Unfair treatment is for the meldpunt, which the student reaches with a report of their own
      // (anonymous if they like): it never lands on the placement the coordinators read.
      if (step.problem === 'unfair') return refused('to-meldpunt');
      placement.problems.push({ kind: step.problem, at });
      // Each report is its own message: a second problem is heard too.
      return { outcome: { ok: true, placement }, messages: toCoordinators(draft, coordinators, placement, 'problem-raised', String(placement.problems.length)) };
    case 'choose-moment': {
      const meeting = placement.meeting;
      if (!meeting) return refused('no-meeting');
      const chosen = meeting.proposed.find((m) => Date.parse(m) === Date.parse(step.moment));
      if (!chosen) return refused('unknown-moment');
      if (meeting.chosen === chosen) return { outcome: { ok: true, placement, already: true }, messages: [] };
      meeting.chosen = chosen;
      delete meeting.otherAskedAt;
      return { outcome: { ok: true, placement }, messages: toCompany(draft, placement, 'meeting-chosen', chosen) };
    }
    case 'other-moment': {
      const meeting = placement.meeting;
      if (!meeting) return refused('no-meeting');
      if (meeting.otherAskedAt) return { outcome: { ok: true, placement, already: true }, messages: [] };
      meeting.otherAskedAt = at;
      delete meeting.chosen;
      return { outcome: { ok: true, placement }, messages: toCompany(draft, placement, 'meeting-other-asked', meeting.proposedAt) };
    }
    case 'vog': {
      const offer = Object.hasOwn(draft.offers, placement.offerId) ? draft.offers[placement.offerId] : undefined;
      if (!offer?.requirements.includes('certificate_of_conduct')) return refused('no-vog-needed');
      if (placement.certificateOfConduct?.state === step.state) return { outcome: { ok: true, placement, already: true }, messages: [] };
      placement.certificateOfConduct = { state: step.state, at, by: studentId };
      return { outcome: { ok: true, placement }, messages: [] };
    }
    case 'meeting-held': {
      const meeting = placement.meeting;
      if (!meeting?.chosen) return refused('no-meeting');
      if (Date.parse(meeting.chosen) > now.getTime()) return refused('not-yet');
      meeting.heldByStudentAt ??= at;
      meeting.feltLikeSelection = step.feltLikeSelection;
      return { outcome: { ok: true, placement }, messages: [] };
    }
  }
}

function refused(reason: Extract<StudentStepOutcome, { ok: false }>['reason']): { outcome: StudentStepOutcome; messages: QueuedNotification[] } {
  return { outcome: { ok: false, reason }, messages: [] };
}
