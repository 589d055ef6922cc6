// What a round produces. Reasons are data (a code plus parameters), never text: messages.*.ts
// render them per language, and the bot can render them its own way later.
import type { Mechanism, OrganisationSize, Requirement, TransportMode } from './matching-input.js';
import type { Rule } from './eligibility.js';
import type { CostScale } from './fit.js';
import type { RoundStatistics } from './statistics-types.js';

export type MatchReason =
  | { readonly code: 'work_processes'; readonly shared: readonly string[]; readonly total: number }
  | { readonly code: 'organisation_type'; readonly organisationType: string }
  | { readonly code: 'organisation_size'; readonly organisationSize: OrganisationSize }
  /** only when the round counts the allowance (its weight is above 0) */
  | { readonly code: 'allowance'; readonly perMonth: number }
  | { readonly code: 'learning_wish'; readonly words: readonly string[] }
  | { readonly code: 'electives'; readonly shared: readonly string[] }
  | {
      readonly code: 'travel';
      readonly minutes: number | null;
      readonly mode: TransportMode | null;
      readonly via: 'minutes' | 'municipality';
      readonly municipality: string;
    }
  | { readonly code: 'extra_support' }
  | { readonly code: 'ranked_choice'; readonly rank: number }
  /** ranked mechanism: none of the student's ranked offers could be given */
  | { readonly code: 'ranking_unavailable' }
  | { readonly code: 'own_choice' }
  | { readonly code: 'choice_taken'; readonly offerId: string }
  | { readonly code: 'pinned'; readonly reason: string; readonly brokenRules: readonly Rule[] };

export type UnmatchedCause =
  | { readonly code: 'no_offer_for_programme'; readonly programme: string; readonly level: number }
  /** offers of the student's programme refused by this rule (an offer may break several) */
  | { readonly code: 'refused'; readonly rule: Rule; readonly offers: number }
  /** the student had eligible offers, but every one was needed to place as many students as possible */
  | { readonly code: 'places_taken'; readonly offers: number };

export type HelpHint =
  | { readonly code: 'longer_travel'; readonly minutes: number; readonly offers: number }
  | {
      readonly code: 'work_process_farther';
      readonly workProcess: string;
      readonly minutes: number;
      readonly widerMinutes: number;
      readonly wider: number;
    }
  | { readonly code: 'meet_requirement'; readonly requirement: Requirement; readonly offers: number }
  | { readonly code: 'more_days'; readonly offers: number }
  | { readonly code: 'accept_shifts'; readonly offers: number }
  | { readonly code: 'support_capacity'; readonly offers: number }
  | { readonly code: 'extra_place'; readonly offerIds: readonly string[] }
  | { readonly code: 'manual_placement' };

export interface Placement {
  readonly offerId: string;
  readonly fit: number;
  readonly minutes: number | null;
  readonly mode: TransportMode | null;
  readonly reasons: readonly MatchReason[];
}

export type CandidateResult =
  | ({ readonly status: 'matched'; readonly candidateId: string; readonly pinned: boolean; readonly rank: number | null } & Placement)
  /** proposals mechanism, first pass: offers to choose from, best first */
  | { readonly status: 'proposed'; readonly candidateId: string; readonly proposals: readonly Placement[] }
  | {
      readonly status: 'unmatched';
      readonly candidateId: string;
      readonly causes: readonly UnmatchedCause[];
      readonly help: readonly HelpHint[];
    };

export interface PinReport {
  readonly candidateId: string;
  readonly offerId: string;
  readonly reason: string;
  /** hard rules the coordinator chose to override; empty when the pin breaks nothing */
  readonly brokenRules: readonly Rule[];
}

export type RoundWarning =
  | { readonly code: 'pin_breaks_rules'; readonly candidateId: string; readonly rules: readonly Rule[] }
  /** ranked mechanism: the student ranked an offer they cannot be placed at */
  | { readonly code: 'ranking_not_eligible'; readonly candidateId: string; readonly offerId: string; readonly rules: readonly Rule[] }
  | {
      readonly code: 'choice_ignored';
      readonly candidateId: string;
      readonly offerId: string;
      readonly why: 'unknown_candidate' | 'unknown_offer' | 'not_eligible' | 'duplicate' | 'pinned';
    };

export type MatchOutcome =
  | {
      readonly status: 'ok';
      readonly mechanism: Mechanism;
      /** 'proposals' = first pass of the proposals mechanism; 'final' = a match to release */
      readonly stage: 'final' | 'proposals';
      readonly seed: string | number;
      /** one per candidate, sorted by candidateId */
      readonly results: readonly CandidateResult[];
      readonly pins: readonly PinReport[];
      readonly warnings: readonly RoundWarning[];
      readonly statistics: RoundStatistics;
      /** recorded for audits: the exact cost scale the solver used */
      readonly costScale: CostScale | null;
    }
  | { readonly status: 'failed'; readonly reason: string };
