import type { Round, RoundStatus } from '../domain/round.js';
import { awaitsChoices, inProposalsStage, releaseMomentOf } from '../proposals/proposal-stage.js';

// The round's lifecycle (DESIGN.md), enforced here and nowhere else:
// draft → open → closed → matched → approved → scheduled → released → follow-up → archived
// with the few ways back a real round needs (reopen before matching, a change after approval,
// a release postponed before it happens). A proposals round goes through it twice (bot/proposals/):
// its proposals are released from `scheduled` back to `closed` in the final stage, and once the
// choice deadline has passed the final match runs the same way again.

export type TransitionRefusal =
  | 'same-status'
  | 'not-allowed'
  | 'needs-match-run'
  | 'needs-second-coordinator'
  | 'release-moment-passed'
  | 'release-not-due'
  /** A proposals round's final match waits until the students' choice deadline has passed. */
  | 'choices-open';

export interface TransitionContext {
  now: Date;
  actorId: string;
  /** Who ran the match that would be approved: four eyes means someone else approves. */
  lastMatchRunBy?: string;
  /** Only the demo (one person playing every role, in its own data file) turns four eyes off. */
  fourEyes?: boolean;
}

const allowed: Record<RoundStatus, readonly RoundStatus[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open', 'matched'],
  matched: ['matched', 'approved', 'closed'],
  approved: ['matched', 'scheduled'],
  // → closed: a proposals round's proposals are out, and its students choose (see below).
  scheduled: ['approved', 'released', 'closed'],
  released: ['follow-up'],
  'follow-up': ['archived'],
  archived: [],
};

export function nextStatuses(status: RoundStatus): readonly RoundStatus[] {
  return allowed[status];
}

/** Whether `round` may move to `to` now, and if not, the one thing that must happen first. */
export function checkTransition(round: Round, to: RoundStatus, context: TransitionContext): TransitionRefusal | undefined {
  if (round.status === to && to !== 'matched') return 'same-status';
  if (!allowed[round.status].includes(to)) return 'not-allowed';
  // Approving a match needs four eyes; going back from scheduled is a postponement, not an approval.
  if (to === 'approved' && round.status === 'matched') {
    if (!context.lastMatchRunBy) return 'needs-match-run';
    if (context.fourEyes !== false && context.lastMatchRunBy === context.actorId) return 'needs-second-coordinator';
  }
  // Once the proposals are out the students choose: the round cannot open again, and the final
  // match waits for the deadline.
  if (round.proposalsReleasedAt !== undefined && to === 'open') return 'not-allowed';
  // A scheduled proposals stage releases proposals (→ closed), any other scheduled round its result.
  if (round.status === 'scheduled' && (to === 'closed' || to === 'released') && (to === 'closed') !== inProposalsStage(round)) return 'not-allowed';
  if (to === 'matched' && round.status === 'closed' && awaitsChoices(round, context.now)) return 'choices-open';
  const releaseAt = new Date(releaseMomentOf(round)).getTime();
  if (round.status === 'scheduled' && to === 'approved' && context.now.getTime() >= releaseAt) return 'release-moment-passed';
  if ((to === 'released' || (to === 'closed' && round.status === 'scheduled')) && context.now.getTime() < releaseAt) return 'release-not-due';
  return undefined;
}

/**
 * Why answers can no longer change: the deadline passed, or a coordinator closed the round before it
 * (then "the deadline has passed" would be untrue). Undefined while they still can.
 */
export function lockedBecause(round: Round, deadline: string, now: Date): 'deadline-passed' | 'round-closed' | undefined {
  if (now.getTime() >= new Date(deadline).getTime()) return 'deadline-passed';
  return round.status === 'open' ? undefined : 'round-closed';
}

/** Students may write and change their wish while the round is open and its deadline has not passed. */
export function acceptsWishes(round: Round, now: Date): boolean {
  return round.status === 'open' && now.getTime() < new Date(round.wishesDeadline).getTime();
}

export function acceptsOffers(round: Round, now: Date): boolean {
  return round.status === 'open' && now.getTime() < new Date(round.offersDeadline).getTime();
}

/**
 * Before the release moment nobody outside the coordinators may learn any result. From the moment
 * of a scheduled release everyone may, even before the release runner has marked the round
 * released: the stored moment decides, not how quickly a timer fires, so nobody sees it later than
 * anyone else. (A scheduled release can no longer be postponed once its moment has passed.)
 */
export function resultsVisible(round: Round, now: Date): boolean {
  // The proposals stage releases proposals, never a result.
  if (inProposalsStage(round)) return false;
  const decided = round.status === 'scheduled' || round.status === 'released' || round.status === 'follow-up' || round.status === 'archived';
  return decided && now.getTime() >= new Date(round.releaseAt).getTime();
}
