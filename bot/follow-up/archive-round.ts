import { appendAudit } from '../audit-log.js';
import type { KoppelView } from '../koppel-data.js';
import { checkTransition } from '../rounds/round-lifecycle.js';
import { waitingStudents } from './rematch.js';

// The round's lifecycle after the release: released → follow-up when the internships start (by the
// scheduled pass), follow-up → archived by a coordinator once no student waits and no refusal is
// undecided. Every transition is audited.

export type ArchiveRefusal = { code: 'unknown-round' } | { code: 'not-in-follow-up' } | { code: 'waiting'; count: number } | { code: 'refusals-pending' };

export const FOLLOW_UP_ACTOR = 'koppel-follow-up';

export function archiveRound(draft: KoppelView, roundId: string, actorId: string, now: Date): { ok: true; roundName: string } | { ok: false; refusal: ArchiveRefusal } {
  const round = Object.hasOwn(draft.rounds, roundId) ? draft.rounds[roundId] : undefined;
  if (!round) return { ok: false, refusal: { code: 'unknown-round' } };
  if (checkTransition(round, 'archived', { now, actorId })) return { ok: false, refusal: { code: 'not-in-follow-up' } };
  const waiting = waitingStudents(draft, roundId).length;
  if (waiting > 0) return { ok: false, refusal: { code: 'waiting', count: waiting } };
  if (Object.values(draft.placements).some((p) => p.roundId === roundId && p.refusal && !p.refusal.decision)) return { ok: false, refusal: { code: 'refusals-pending' } };
  appendAudit(draft, { actorId, action: 'round.transition', subjectType: 'round', subjectId: roundId, detail: { from: round.status, to: 'archived' } }, now);
  round.status = 'archived';
  return { ok: true, roundName: round.name };
}

/** released → follow-up once the internship start date has come (Amsterdam's midnight is close enough: a date, not a moment). */
export function startFollowUp(draft: KoppelView, roundId: string, now: Date): boolean {
  const round = Object.hasOwn(draft.rounds, roundId) ? draft.rounds[roundId] : undefined;
  if (!round || round.status !== 'released' || now.toISOString().slice(0, 10) < round.internshipStart) return false;
  if (checkTransition(round, 'follow-up', { now, actorId: FOLLOW_UP_ACTOR })) return false;
  appendAudit(draft, { actorId: FOLLOW_UP_ACTOR, action: 'round.transition', subjectType: 'round', subjectId: roundId, detail: { from: 'released', to: 'follow-up' } }, now);
  round.status = 'follow-up';
  return true;
}
