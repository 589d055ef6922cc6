import { matchRound, parseRound, resolveChoices, type Choice, type MatchOutcome, type RoundInput } from '../../matching/index.js';
import type { Catalogue } from '../catalogue/index.js';
import type { MatchPin } from '../domain/match-run.js';
import type { Round } from '../domain/round.js';
import type { RoundWeights } from '../domain/round-weights.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { KoppelView } from '../koppel-data.js';
import { stageOf } from '../proposals/proposal-stage.js';
import { coreRound, type Skipped } from './core-round.js';

/** `choices` null: a proposals round's first pass (or any other mechanism); a list: its final pass. */
export type CoreSolve = (round: RoundInput, choices: readonly Choice[] | null) => MatchOutcome;
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
 * A proposals round's first stage proposes places (the core's first pass); its final stage honours
 * the students' choices (the second pass). Other mechanisms match in one pass.
 */
export const defaultSolve: CoreSolve = (round, choices) =>
  round.policy.mechanism === 'proposals' && choices !== null ? resolveChoices(round, choices) : matchRound(round);

/**
 * The final stage's choices: what each student chose, and for a student who did not choose, the
 * best of their proposals, so the school places them there (as their card and reminder said).
 */
function choicesOf(data: Readonly<KoppelView>, round: Round, candidateIds: ReadonlySet<string>): Choice[] | null {
  if (stageOf(round) !== 'final' || round.mechanism !== 'proposals') return null;
  return Object.values(data.students)
    .filter((s) => s.roundId === round.id && candidateIds.has(s.id) && s.proposals?.roundId === round.id)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => (s.proposals!.chosen ? { candidateId: s.id, offerId: s.proposals!.chosen } : { candidateId: s.id, offerId: s.proposals!.offerIds[0], byDefault: true }));
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
  const choices = choicesOf(data, round, candidateIds);
  const outcome = context.solve(parsed.value, choices);
  if (outcome.status !== 'ok') return { ok: false, reason: outcome.reason };
  if (outcome.stage !== 'proposals') return { ok: true, computed: { outcome, skipped } };
  const school = context.solve({ ...parsed.value, policy: { ...parsed.value.policy, mechanism: 'school' } }, null);
  return { ok: true, computed: { outcome: school.status === 'ok' ? schoolPlaceFirst(outcome, school) : outcome, skipped } };
}

/**
 * A student who does not choose is placed on their first proposal. The core lists proposals by fit;
 * put first the place the school's own match gives them (the core's first proposal pass is that
 * match), so that all students who do not choose can be placed there together: only a place
 * another student chose can then be taken.
 */
function schoolPlaceFirst(outcome: OkOutcome, school: OkOutcome): OkOutcome {
  const placed = new Map(school.results.flatMap((r) => (r.status === 'matched' ? [[r.candidateId, r.offerId] as const] : [])));
  const results = outcome.results.map((r) => {
    if (r.status !== 'proposed') return r;
    const first = r.proposals.findIndex((p) => p.offerId === placed.get(r.candidateId));
    return first <= 0 ? r : { ...r, proposals: [r.proposals[first], ...r.proposals.filter((_, i) => i !== first)] };
  });
  return { ...outcome, results };
}
