import type { HelpHint, MatchReason, UnmatchedCause } from '../../matching/index.js';
import type { MatchRun } from '../domain/match-run.js';
import type { TransitionRefusal } from '../rounds/round-lifecycle.js';
import { abortable, type Abortable } from '../store/abort.js';

export type RunRefusal =
  | { code: 'unknown-round' } | { code: 'transition'; refusal: TransitionRefusal }
  | { code: 'unknown-student' } | { code: 'unknown-offer' } | { code: 'no-reason' }
  | { code: 'core-failed'; reason: string }
  /** A manual placement that breaks hard rules waits for the coordinator's confirmation. */
  | { code: 'pin-breaks-rules'; rules: string[] }
  /** The proposal was rerun after the approver looked at it: they approve only what they saw. */
  | { code: 'proposal-changed' };

/**
 * Why a student stays unplaced in a preview: the core's causes, plus the bot's own ones for students
 * the core never saw. The bot's codes have their own texts (the core's message table does not know them).
 */
export type BotCause = { code: 'unknown_programme'; programme: string };
export type PreviewCause = UnmatchedCause | BotCause;

export function isBotCause(cause: PreviewCause): cause is BotCause {
  return cause.code === 'unknown_programme';
}

export interface ProposedPlace { offerId: string; companyName: string; fit: number; minutes: number | null; mode: string | null }

export type PreviewStudent = { studentId: string; studentNumber: string } & (
  | { status: 'matched'; offerId: string; companyName: string; fit: number; minutes: number | null; mode: string | null; pinned: boolean; reasons: MatchReason[] }
  /** a proposals round's first stage: the places the student may choose from, best first */
  | { status: 'proposed'; proposals: ProposedPlace[] }
  | { status: 'unmatched'; causes: PreviewCause[]; help: HelpHint[] }
  | { status: 'left-out'; reason: 'own-placement' | 'not-confirmed' }
);

export interface RunPreview {
  run: MatchRun;
  /** per student of the round: placed (offerId, fit, minutes, mode, pinned), unmatched (causes, help), or left out (own place / not confirmed) — ids and codes, no names */
  students: PreviewStudent[];
  statistics: { matched: number; proposed: number; unmatched: number; ownPlacement: number; notConfirmed: number; averageFit: number | null; medianMinutes: number | null; unusedPlaces: number };
}

/** A refused run change drops the whole update, audit events included; turned into a result outside. */
export const runRefusals: Abortable<RunRefusal> = abortable();
