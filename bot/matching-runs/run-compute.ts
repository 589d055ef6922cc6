import { matchRound, parseRound, resolveChoices, type Choice, type MatchOutcome, type RoundInput } from '../../matching/index.js';
import type { Catalogue } from '../catalogue/index.js';
import type { MatchPin } from '../domain/match-run.js';
import type { Round } from '../domain/round.js';
import type { RoundWeights } from '../domain/round-weights.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { KoppelView } from '../koppel-data.js';
import { coreRound, type Skipped } from './core-round.js';

export type CoreSolve = (round: RoundInput, choices: readonly Choice[]) => MatchOutcome;
export type OkOutcome = Extract<MatchOutcome, { status: 'ok' }>;

export interface RunContext {
  catalogue: Catalogue;
  gazetteer: Gazetteer;
  solve: CoreSolve;
}

export interface Computed {
  outcome: OkOutcome;
  skipped: Skipped[];
}

/**
 * The proposals mechanism needs the students' choices for a final match; until they choose,
 * the run places everyone as in a school round. Choices are the first entry of a student's ranking.
 */
export const defaultSolve: CoreSolve = (round, choices) =>
  round.policy.mechanism === 'proposals' ? resolveChoices(round, choices) : matchRound(round);

function choicesOf(data: Readonly<KoppelView>, round: Round, candidateIds: ReadonlySet<string>): Choice[] {
  if (round.mechanism !== 'proposals') return [];
  return Object.values(data.students)
    .filter((s) => s.roundId === round.id && candidateIds.has(s.id) && s.ranking.length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => ({ candidateId: s.id, offerId: s.ranking[0] }));
}

/**
 * One run of the core on the stored round with a given seed and pins, and the weights of the run
 * it reproduces (by default the round's own); a failure is a reason, never a throw.
 */
export function computeRun(
  data: Readonly<KoppelView>, round: Round, seed: string, pins: readonly MatchPin[], context: RunContext, weights: RoundWeights = round.weights,
): { ok: true; computed: Computed } | { ok: false; reason: string } {
  const { round: file, skipped } = coreRound({
    round: { ...round, seed, weights },
    students: Object.values(data.students),
    offers: Object.values(data.offers),
    companies: Object.values(data.companies),
    catalogue: context.catalogue,
    gazetteer: context.gazetteer,
  });
  const candidateIds = new Set(file.candidates.map((c) => c.id));
  // A pinned student who has since left the matching (own place found) needs no place.
  const corePins = pins.filter((p) => candidateIds.has(p.studentId)).map((p) => ({ candidateId: p.studentId, offerId: p.offerId, reason: p.reason }));
  const parsed = parseRound({ ...file, policy: { ...file.policy, pins: corePins } });
  if (!parsed.ok) return { ok: false, reason: parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
  const outcome = context.solve(parsed.value, choicesOf(data, round, candidateIds));
  if (outcome.status !== 'ok') return { ok: false, reason: outcome.reason };
  return { ok: true, computed: { outcome, skipped } };
}
