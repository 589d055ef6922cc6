// Where a proposals round stands, pure: which stage, which moment releases what, and until when
// students choose. A proposals round goes through the lifecycle twice: the proposals stage
// (closed → matched → approved → scheduled at `proposalsAt`), then, once the proposals are out, the
// final stage (closed again, the final match after the choice deadline, approved, scheduled at
// `releaseAt`, released as any round).
import type { Round, RoundStage } from '../domain/round.js';

export const DEFAULT_CHOICE_DAYS = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Rounds of another mechanism have only the final stage; a proposals round starts with its proposals. */
export function stageOf(round: Pick<Round, 'mechanism' | 'stage'>): RoundStage {
  return round.mechanism === 'proposals' ? round.stage ?? 'proposals' : 'final';
}

export function inProposalsStage(round: Pick<Round, 'mechanism' | 'stage'>): boolean {
  return stageOf(round) === 'proposals';
}

/** The moment of the next release: the proposals' in the proposals stage (until planned, the round's release moment), else the result's. */
export function releaseMomentOf(round: Round): string {
  return inProposalsStage(round) ? round.proposalsAt ?? round.releaseAt : round.releaseAt;
}

/** The stored deadline, or the default: some days after the proposals were (or will be) released. Undefined for other rounds. */
export function choiceDeadlineOf(round: Round): string | undefined {
  if (round.mechanism !== 'proposals') return undefined;
  if (round.choiceDeadline) return round.choiceDeadline;
  const from = round.proposalsReleasedAt ?? round.proposalsAt;
  return from ? new Date(Date.parse(from) + DEFAULT_CHOICE_DAYS * DAY_MS).toISOString() : undefined;
}

/** Students may choose (and change their choice) once the proposals are out and until the deadline. */
export function acceptsChoices(round: Round, now: Date): boolean {
  const deadline = choiceDeadlineOf(round);
  return round.proposalsReleasedAt !== undefined && stageOf(round) === 'final' && round.status === 'closed'
    && deadline !== undefined && now.getTime() < Date.parse(deadline);
}

/** The final match waits for every student's choice: until the deadline it is refused. */
export function awaitsChoices(round: Round, now: Date): boolean {
  const deadline = choiceDeadlineOf(round);
  return round.proposalsReleasedAt !== undefined && deadline !== undefined && now.getTime() < Date.parse(deadline);
}
