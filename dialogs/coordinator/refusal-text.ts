import type { RunRefusal } from '../../bot/matching-runs/run-service.js';
import type { DialogServices } from '../router.js';
import { textOf, type Texts } from '../texts/index.js';

/**
 * Why a round cannot do this, and — when the step does not fit where the round is — what must
 * happen first, from the round's current state (e.g. "the round is still open: first `ronde sluit`").
 */
export async function roundRefusalText(code: string, roundId: string, services: DialogServices, t: Texts['coordinator']): Promise<string> {
  // With one configured coordinator four eyes is a dead end until a second one is added: say how.
  if (code === 'needs-second-coordinator' && services.coordinatorCount() < 2) return `${t.refusals['needs-second-coordinator']} ${t.refusals['only-one-coordinator']}`;
  const round = (await services.rounds.list()).find((r) => r.id === roundId);
  // Two coordinators, but only one of them may run this round's programmes (COORDINATOR_PROGRAMMES).
  if (code === 'needs-second-coordinator' && round && services.coordinatorCount(round) < 2) return `${t.refusals['needs-second-coordinator']} ${t.onlyOneForProgrammes}`;
  if (code !== 'not-allowed') return textOf(t.refusals, code) ?? t.refusals['not-allowed'];
  return round ? `${t.refusals['not-allowed']} ${t.nextStep[round.status]}` : t.refusals['not-allowed'];
}

/** The same for a refusal of the matching services. */
export async function runRefusalText(refusal: RunRefusal, roundId: string, services: DialogServices, t: Texts['coordinator']): Promise<string> {
  if (refusal.code === 'transition') return roundRefusalText(refusal.refusal, roundId, services, t);
  return textOf(t.matching.refusals, refusal.code) ?? textOf(t.refusals, refusal.code) ?? t.refusals['not-allowed'];
}
