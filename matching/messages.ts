// Renders structured reasons in a language: Dutch first, English second. The texts live in
// messages.nl.ts and messages.en.ts only.
import type { CandidateResult, HelpHint, MatchOutcome, MatchReason, Placement, RoundWarning, UnmatchedCause } from './match-outcome.js';
import type { MessageTable } from './message-table.js';
import { en } from './messages.en.js';
import { nl } from './messages.nl.js';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const MESSAGES: Readonly<Record<Language, MessageTable>> = { nl, en };

// One generic dispatcher: the table's mapped type guarantees the renderer matches the code.
function render<U extends { readonly code: string }>(table: { readonly [K in U['code']]: (r: Extract<U, { code: K }>) => string }, item: U): string {
  return (table[item.code as U['code']] as (r: U) => string)(item);
}

export const renderReason = (r: MatchReason, lang: Language): string => render(MESSAGES[lang].reason, r);
export const renderCause = (r: UnmatchedCause, lang: Language): string => render(MESSAGES[lang].cause, r);
export const renderHelp = (r: HelpHint, lang: Language): string => render(MESSAGES[lang].help, r);
export const renderWarning = (r: RoundWarning, lang: Language): string => render(MESSAGES[lang].warning, r);

/** "deelt 3 van je 4 werkprocessen: …; ongeveer 25 min met de fiets" */
export function placementText(p: Placement, lang: Language): string {
  return p.reasons.map((r) => renderReason(r, lang)).join('; ');
}

export interface ResultText {
  readonly summary: string;
  /** matched: the reasons; proposed: one line per proposal; unmatched: the causes */
  readonly lines: readonly string[];
  /** unmatched only: what would help */
  readonly help: readonly string[];
}

export function resultText(result: CandidateResult, lang: Language): ResultText {
  const t = MESSAGES[lang];
  switch (result.status) {
    case 'matched':
      return { summary: t.summary.matched(result.offerId), lines: [placementText(result, lang)], help: [] };
    case 'proposed':
      return { summary: t.summary.proposed(result.proposals.length), lines: result.proposals.map((p) => `${p.offerId}: ${placementText(p, lang)}`), help: [] };
    case 'unmatched':
      return {
        summary: t.summary.unmatched,
        lines: [result.causes.map((c) => renderCause(c, lang)).join('; ')],
        help: result.help.map((h) => renderHelp(h, lang)),
      };
  }
}

type OkOutcome = Extract<MatchOutcome, { status: 'ok' }>;
export type OutcomeWithText =
  | (Omit<OkOutcome, 'results' | 'warnings'> & {
      readonly results: readonly (CandidateResult & { readonly text: ResultText })[];
      readonly warnings: readonly (RoundWarning & { readonly text: string })[];
    })
  | Extract<MatchOutcome, { status: 'failed' }>;

/** The outcome with a rendered text next to every result and warning (what the CLI prints). */
export function outcomeWithText(outcome: MatchOutcome, lang: Language): OutcomeWithText {
  if (outcome.status !== 'ok') return outcome;
  return {
    ...outcome,
    results: outcome.results.map((r) => ({ ...r, text: resultText(r, lang) })),
    warnings: outcome.warnings.map((w) => ({ ...w, text: renderWarning(w, lang) })),
  };
}
