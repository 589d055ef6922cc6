// "Fit" in a company's text: a "klik", fitting in the team, a culture fit. Objective matching has no
// such requirement (the company's own agreement calls it subjective), so it is refused wherever it
// stands; a click of the mouse ("met één klik", "klik op de knop") is work. Also fixed phrases
// of other grounds that no single word gives away ("er goed uitzien", "van huis uit").
import type { Ground } from './grounds.js';
import { sensesOf } from './protected-lexicon.js';
import { CLICK_OF_A_MOUSE, FIT_PHRASES, FIT_PLACES, FIT_VERBS } from './requirement-grammar-words.js';
import { startsWith } from './screen-grammar.js';
import type { Token } from './screen-tokens.js';
import type { Span } from './spans.js';

/** Fixed phrases of one ground wherever they stand. */
export function screenPhrases(tokens: readonly Token[], list: readonly (readonly string[])[], ground: Ground): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = list.find((words) => startsWith(tokens, i, words));
    if (found) spans.push({ from: i, to: i + found.length - 1, grounds: [ground] });
  }
  return spans;
}

/** "klik", "moet goed in ons team passen", "culture fit": fitting in is no job requirement. */
export function screenFit(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i].norm;
    const phrase = FIT_PHRASES.find((words) => startsWith(tokens, i, words));
    if (phrase && !(phrase[0] === 'bij' || phrase[0] === 'in' || phrase[0] === 'binnen')) spans.push({ from: i, to: i + phrase.length - 1, grounds: ['fit'] });
    if (sensesOf(norm).some((s) => s.ground === 'fit') && !clickOfMouse(tokens, i)) spans.push({ from: i, to: i, grounds: ['fit'] });
    if (FIT_VERBS.has(norm) && !clickOfMouse(tokens, i)) {
      const place = fitPlace(tokens, i);
      if (place !== undefined) spans.push({ from: Math.min(i, place), to: Math.max(i, place), grounds: ['fit'] });
    }
  }
  return spans;
}

function clickOfMouse(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i].clauseEnd ? '' : tokens[i + 1]?.norm ?? '';
  const before = tokens.slice(Math.max(0, i - 2), i).map((t) => t.norm);
  return CLICK_OF_A_MOUSE.has(next) || before.some((w) => CLICK_OF_A_MOUSE.has(w) || w === 'met' || w === 'with');
}

/** The team word in the fit verb's clause: "in ons team past", "past bij ons". */
function fitPlace(tokens: readonly Token[], i: number): number | undefined {
  let from = i;
  while (from > 0 && !tokens[from - 1].clauseEnd) from--;
  let to = i;
  while (to < tokens.length - 1 && !tokens[to].clauseEnd) to++;
  for (let k = from; k <= to; k++) {
    if (FIT_PLACES.has(tokens[k].norm)) return k;
    if ((tokens[k].norm === 'ons' || tokens[k].norm === 'onze' || tokens[k].norm === 'us') && k > from) return k;
  }
  return undefined;
}
