// How the matching core words its reasons, causes and hints, for whoever shows a result.
import { MESSAGES, renderCause, renderHelp, renderReason, type HelpHint, type Language, type MatchReason, type Rule } from '../matching/index.js';
import { workProcessTitle, type Catalogue } from './catalogue/index.js';

export { renderCause, renderHelp, renderReason };
export type { HelpHint, MatchReason, UnmatchedCause } from '../matching/index.js';

type Titles = Pick<Catalogue, 'programmes'>;

/** "reistijd, extra begeleiding": the hard rules by their names. */
export function ruleNames(rules: readonly string[], lang: Language): string {
  return rules.map((r) => (r in MESSAGES[lang].rule ? MESSAGES[lang].rule[r as Rule] : r)).join(', ');
}

// The core only knows references like 90001/B1-K1-W1; people read the title of the work process.
export function titledReason(reason: MatchReason, catalogue: Titles, lang: Language): MatchReason {
  return reason.code === 'work_processes' ? { ...reason, shared: reason.shared.map((ref) => workProcessTitle(catalogue, ref, lang)) } : reason;
}

export function titledHint(hint: HelpHint, catalogue: Titles, lang: Language): HelpHint {
  return hint.code === 'work_process_farther' ? { ...hint, workProcess: workProcessTitle(catalogue, hint.workProcess, lang) } : hint;
}

export function renderTitledReason(reason: MatchReason, catalogue: Titles, lang: Language): string {
  return renderReason(titledReason(reason, catalogue, lang), lang);
}

export function renderTitledHelp(hint: HelpHint, catalogue: Titles, lang: Language): string {
  return renderHelp(titledHint(hint, catalogue, lang), lang);
}
