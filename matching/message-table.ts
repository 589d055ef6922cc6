// The shape every language table must fill: one renderer per reason code, so a new code without
// a Dutch and an English text does not compile.
import type { Rule } from './eligibility.js';
import type { HelpHint, MatchReason, RoundWarning, UnmatchedCause } from './match-outcome.js';
import type { Requirement, TransportMode } from './matching-input.js';

type Renderers<U extends { readonly code: string }> = { readonly [K in U['code']]: (r: Extract<U, { code: K }>) => string };

export interface MessageTable {
  readonly reason: Renderers<MatchReason>;
  readonly cause: Renderers<UnmatchedCause>;
  readonly help: Renderers<HelpHint>;
  readonly warning: Renderers<RoundWarning>;
  /** a rule as a short noun phrase, e.g. in "overrides: travel time, days" */
  readonly rule: Readonly<Record<Rule, string>>;
  readonly mode: Readonly<Record<TransportMode, string>>;
  readonly requirement: Readonly<Record<Requirement, string>>;
  readonly summary: {
    readonly matched: (offerId: string) => string;
    readonly proposed: (count: number) => string;
    readonly unmatched: string;
    readonly helpIntro: string;
  };
}

export function list(items: readonly string[]): string {
  return items.join(', ');
}
