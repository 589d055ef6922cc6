// The proposals' release: at the moment a coordinator planned, every student of the round gets the
// places the approved run proposed them, in one unit of work with the round's move to the final
// stage, so a crash never leaves proposals released without their messages, or the reverse. The
// messages go through the outbox under one key per round and student (sent once, paced, resumed
// after a restart); their words and cards are decided when sending. Companies learn nothing here.
import { appendAudit } from '../audit-log.js';
import { changeWithMessages } from '../follow-up/with-messages.js';
import type { KoppelView } from '../koppel-data.js';
import { latestRun } from '../matching-runs/run-records.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';
import { checkTransition } from '../rounds/round-lifecycle.js';
import { byIds, byKeys, roundKey, type KoppelStore } from '../store/index.js';
import { inProposalsStage } from './proposal-stage.js';

export const PROPOSALS_ACTOR = 'koppel:proposals';

export function proposalsKey(roundId: string, studentId: string): string {
  return `proposals-released:${roundId}:${studentId}`;
}

function proposalMessages(draft: Readonly<KoppelView>, roundId: string, studentIds: readonly string[]): QueuedNotification[] {
  return studentIds.flatMap((id) => {
    const identity = draft.students[id]?.identities[0];
    return identity ? [{
      key: proposalsKey(roundId, id),
      recipient: { platform: identity.platform, userId: identity.userId },
      notification: { kind: 'proposals-released' as const, roundId, studentId: id },
    }] : [];
  });
}

/** Releases the proposals of a scheduled round in its proposals stage whose moment has come; false when there was nothing to do. */
export async function releaseProposals(store: KoppelStore, roundId: string, now: Date): Promise<boolean> {
  const ofRound = byKeys(roundKey(roundId));
  const { released } = await changeWithMessages(store, { rounds: byIds(roundId), students: ofRound, matchRuns: ofRound }, (draft) => {
    const round = Object.hasOwn(draft.rounds, roundId) ? draft.rounds[roundId] : undefined;
    // Re-checked inside the unit of work: another process, or a postponement, may have come first.
    if (round?.status !== 'scheduled' || !inProposalsStage(round) || checkTransition(round, 'closed', { now, actorId: PROPOSALS_ACTOR })) return { released: false, messages: [] };
    const run = latestRun(draft, roundId);
    const proposals = run?.approvedBy ? run.proposals ?? {} : {};
    const studentIds = Object.keys(proposals).filter((id) => draft.students[id]?.roundId === roundId).sort();
    for (const id of studentIds) draft.students[id].proposals = { roundId, offerIds: [...proposals[id]] };
    // Not a release of results: the round is closed again, now in its final stage, while students choose.
    appendAudit(draft, { actorId: PROPOSALS_ACTOR, action: 'round.transition', subjectType: 'round', subjectId: roundId, detail: { from: 'scheduled', to: 'closed' } }, now);
    appendAudit(draft, { actorId: PROPOSALS_ACTOR, action: 'proposals.released', subjectType: 'round', subjectId: roundId, detail: { students: studentIds.length } }, now);
    Object.assign(round, { status: 'closed', stage: 'final', proposalsReleasedAt: now.toISOString() });
    return { released: true, messages: proposalMessages(draft, roundId, studentIds) };
  }, now);
  return released;
}
