import type { Round, RoundStatus } from '../../bot/domain/round.js';
import type { DialogServices } from '../router.js';
import type { Reply, Turn } from '../turn.js';

/**
 * The round a command is about: the one named in the card action, else the only round in the
 * given states; otherwise a choice of buttons that repeats the command for a chosen round.
 */
export async function chooseRound(turn: Turn, services: DialogServices, verb: string, states: RoundStatus[], title: string): Promise<{ round: Round } | { replies: Reply[] }> {
  const rounds = await services.rounds.list();
  const asked = turn.input.kind === 'submit' && typeof turn.input.values.roundId === 'string' ? turn.input.values.roundId : undefined;
  const named = rounds.find((r) => r.id === asked);
  if (named) return { round: named };
  const candidates = rounds.filter((r) => states.includes(r.status));
  if (candidates.length === 1) return { round: candidates[0] };
  const choices = candidates.length ? candidates : rounds;
  return { replies: [{ kind: 'form', form: { id: 'round.choose', title, fields: [], actions: choices.map((r) => ({ verb, label: r.name, data: { roundId: r.id }, style: 'secondary' as const })) } }] };
}
