import type { Verb } from '../verbs.js';
import type { Round, RoundStatus } from '../../bot/domain/round.js';
import type { DialogServices } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Reply, Turn } from '../turn.js';
import { userText } from '../user-text.js';

/**
 * The round a command is about: the one named in the card action, or typed after the command
 * (`ronde match Zorg 2027`), else the only round in the given states; otherwise a choice of buttons
 * that repeats the command for a chosen round (saying so when a typed name matched no round).
 */
export async function chooseRound(
  turn: Turn, services: DialogServices, verb: Verb, states: RoundStatus[], title: string,
  /** Values the command already has (e.g. a typed student number), kept through the choice. */
  carry: Record<string, string> = {},
): Promise<{ round: Round } | { replies: Reply[] }> {
  const rounds = await services.rounds.list();
  const asked = turn.input.kind === 'submit' && typeof turn.input.values.roundId === 'string' ? turn.input.values.roundId : undefined;
  const named = rounds.find((r) => r.id === asked);
  if (named) return { round: named };
  const typed = turn.input.kind === 'text' ? turn.input.args : undefined;
  const byName = typed ? roundNamed(rounds, typed) : undefined;
  if (byName) return { round: byName };
  const candidates = rounds.filter((r) => states.includes(r.status));
  if (!typed && candidates.length === 1) return { round: candidates[0] };
  const choices = candidates.length ? candidates : rounds;
  const notice = typed ? { tone: 'warning' as const, text: textsFor(turn.language).coordinator.unknownRoundName(typed) } : undefined;
  return { replies: [{ kind: 'form', form: {
    id: 'round.choose', title, ...(notice ? { notice } : {}), fields: [],
    actions: choices.map((r) => ({ verb, label: userText(r.name), data: { ...carry, roundId: r.id }, style: 'secondary' as const })),
  } }] };
}

/** A round by the name a coordinator typed: exactly (any case), else the only one whose name starts with it. */
export function roundNamed(rounds: readonly Round[], typed: string): Round | undefined {
  const wanted = typed.trim().toLowerCase();
  const exact = rounds.find((r) => r.name.toLowerCase() === wanted);
  if (exact) return exact;
  const starting = rounds.filter((r) => r.name.toLowerCase().startsWith(wanted));
  return starting.length === 1 ? starting[0] : undefined;
}
