// The wish screen's rules for a wish for people like oneself: colleagues, a boss or a company of
// one's own group ("Turkse collega's", "collega's die ook moslim zijn"), "mensen zoals ik",
// "dezelfde afkomst als ik". A wish for clients of a group is subject matter and stays allowed.
import type { Ground } from './grounds.js';
import { groundsOf, hasKind, sensesOf } from './protected-lexicon.js';
import { backOver, CLIENT_HEADS, isProtected, startsWith } from './screen-grammar.js';
import type { Token } from './screen-tokens.js';
import type { Span } from './spans.js';
import {
  AND_WORDS, COLLEAGUE_HEADS, FROM_WORDS, HEAD_FILLERS, HEAD_RELATIVES, LIKE_ME, PEOPLE_WORDS, SAME_WORDS, SPEAK_VERBS,
} from './wish-grammar-words.js';
import { span, type Rule } from './wish-span.js';

/** "Turkse collega's", "collega's die ook moslim zijn", "een team met veel vrouwen". */
export const likeColleagues: Rule = (tokens, i) => {
  if (!COLLEAGUE_HEADS.has(tokens[i].norm)) return undefined;
  const before = groupBefore(tokens, i);
  if (before) return before;
  if (tokens[i].clauseEnd || !HEAD_RELATIVES.has(tokens[i + 1]?.norm ?? '')) return undefined;
  const grounds: Ground[] = [];
  let end = -1;
  for (let k = i + 2; k < Math.min(tokens.length, i + 8); k++) {
    const senses = sensesOf(tokens[k].norm);
    if (SPEAK_VERBS.has(tokens[k].norm) || CLIENT_HEADS.has(tokens[k].norm)) return undefined;
    const place = FROM_WORDS.has(tokens[k - 1].norm) ? groundsOf(senses, 'place') : [];
    const own = SAME_WORDS.has(tokens[k - 1].norm) || ['mijn', 'my', 'eigen', 'own'].includes(tokens[k - 1].norm) ? groundsOf(senses, 'own') : [];
    const found = [...groundsOf(senses, 'person', 'attribute', 'state', 'topic'), ...place, ...own];
    if (found.length > 0) {
      grounds.push(...found);
      end = k;
    }
    if (tokens[k].clauseEnd) break;
  }
  return span(i, end, grounds);
};

function groupBefore(tokens: readonly Token[], i: number): Span | undefined {
  const k = backOver(tokens, i, (t) => HEAD_FILLERS.has(t.norm));
  if (k < 0 || !hasKind(sensesOf(tokens[k].norm), 'person', 'attribute')) return undefined;
  let from = k;
  while (from > 0 && !tokens[from - 1].clauseEnd && (isProtected(tokens[from - 1]) || AND_WORDS.has(tokens[from - 1].norm))) from--;
  const grounds = tokens.slice(from, k + 1).flatMap((t) => groundsOf(sensesOf(t.norm), 'person', 'attribute'));
  return span(from, i, grounds);
}

/** "mensen zoals ik", "dezelfde afkomst als ik", "the same religion as me". */
export const likeMe: Rule = (tokens, i) => {
  const like = LIKE_ME.find((words) => startsWith(tokens, i, words));
  if (like) {
    const people = PEOPLE_WORDS.has(tokens[i - 1]?.norm ?? '') || COLLEAGUE_HEADS.has(tokens[i - 1]?.norm ?? '');
    const grounds = clauseGrounds(tokens, i);
    if (!people && grounds.length === 0) return undefined;
    return span(people ? i - 1 : i, i + like.length - 1, grounds.length > 0 ? grounds : ['trait']);
  }
  if (!SAME_WORDS.has(tokens[i].norm) || tokens[i].clauseEnd) return undefined;
  const senses = sensesOf(tokens[i + 1]?.norm ?? '');
  if (!hasKind(senses, 'topic', 'own') || !clauseHasSelf(tokens, i)) return undefined;
  return span(i, i + 1, groundsOf(senses, 'topic', 'own'));
};

function clauseGrounds(tokens: readonly Token[], i: number): Ground[] {
  let from = i;
  while (from > 0 && !tokens[from - 1].clauseEnd) from--;
  const grounds: Ground[] = [];
  for (let k = from; k < tokens.length; k++) {
    grounds.push(...groundsOf(sensesOf(tokens[k].norm), 'person', 'attribute', 'topic', 'state'));
    if (tokens[k].clauseEnd) break;
  }
  return grounds;
}

function clauseHasSelf(tokens: readonly Token[], i: number): boolean {
  let from = i;
  while (from > 0 && !tokens[from - 1].clauseEnd) from--;
  for (let k = from; k < tokens.length; k++) {
    if (['ik', 'i', 'me', 'mij', 'mijn', 'my'].includes(tokens[k].norm)) return true;
    if (tokens[k].clauseEnd) break;
  }
  return false;
}

