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

/** An elective (keuzedeel) by its code and title; a code the catalogue does not know stays a code. */
function electiveTitle(catalogue: Titles, code: string, lang: Language): string {
  const elective = catalogue.programmes.flatMap((p) => p.electives).find((e) => e.code === code);
  return elective ? `${lang === 'en' && elective.titleEn ? elective.titleEn : elective.title} (${code})` : code;
}

// The core only knows references like 90001/B1-K1-W1 and codes like K9012; people read titles.
export function titledReason(reason: MatchReason, catalogue: Titles, lang: Language): MatchReason {
  if (reason.code === 'electives') return { ...reason, shared: reason.shared.map((code) => electiveTitle(catalogue, code, lang)) };
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
