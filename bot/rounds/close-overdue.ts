import { appendAudit } from '../audit-log.js';
import type { KoppelView } from '../koppel-data.js';
import { checkTransition } from './round-lifecycle.js';
import type { KoppelStore } from '../store/index.js';

/** The actor in the audit log when Koppel closes a round by itself. */
export const DEADLINE_ACTOR = 'koppel:deadline';

// Every round is a candidate; nothing else is read or changed (the audit trail is appended to).
const ROUNDS = { rounds: 'all' } as const;

/**
 * open → closed once both deadlines (wishes and offers) have passed. Nothing could change after the
 * deadlines anyway (see acceptsWishes/acceptsOffers); closing makes the round ready to match and shows
 * coordinators the same state the students and companies already see. Returns the closed rounds' ids.
 */
export async function closeOverdueRounds(store: KoppelStore, now: Date): Promise<string[]> {
  const overdue = (data: Readonly<KoppelView>) => Object.values(data.rounds).filter((r) => r.status === 'open'
    && Date.parse(r.wishesDeadline) <= now.getTime() && Date.parse(r.offersDeadline) <= now.getTime());
  if (overdue(await store.read(ROUNDS)).length === 0) return [];
  return store.update(ROUNDS, (draft) => overdue(draft).flatMap((round) => {
    if (checkTransition(round, 'closed', { now, actorId: DEADLINE_ACTOR })) return [];
    appendAudit(draft, { actorId: DEADLINE_ACTOR, action: 'round.transition', subjectType: 'round', subjectId: round.id, detail: { from: 'open', to: 'closed' } }, now);
    round.status = 'closed';
    return [round.id];
  }));
}
