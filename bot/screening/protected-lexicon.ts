// Looks a token up in the protected words, forgiving one typing error in a long word
// ("marokaanse", "moslem", "homoseksuele" typed "homosexuele") the way a reader would.
import type { ProtectedGround } from './grounds.js';
import { PROTECTED_WORDS, type WordKind } from './protected-words.js';

export interface Sense {
  readonly ground: ProtectedGround;
  readonly kind: WordKind;
}

const exact = new Map<string, Sense[]>();
for (const [ground, kinds] of Object.entries(PROTECTED_WORDS) as [ProtectedGround, Partial<Record<WordKind, string>>][]) {
  for (const [kind, words] of Object.entries(kinds) as [WordKind, string][]) {
    for (const word of words.trim().split(/\s+/)) exact.set(word, [...(exact.get(word) ?? []), { ground, kind }]);
  }
}

// Only long words are forgiven a typo: among short ones one letter turns a word into another
// ("vrouw"/"trouw", "bidden"/"bieden"). A typo rarely hits the first two letters.
const MIN_FUZZY_LENGTH = 7;
const fuzzyWords = [...exact.keys()].filter((w) => w.length >= MIN_FUZZY_LENGTH - 1);
// Ordinary words one letter away from a protected one.
const NOT_TYPOS = new Set(['afkomt', 'beperkt', 'geloven', 'lengtes', 'mannetje', 'vrouwtje', 'meisjes']);

const cache = new Map<string, readonly Sense[]>();

/** What a token can mean on a protected ground; empty when nothing. */
export function sensesOf(norm: string): readonly Sense[] {
  const hit = exact.get(norm);
  if (hit) return hit;
  let found = cache.get(norm);
  if (found === undefined) {
    found = fuzzy(norm);
    if (cache.size > 50_000) cache.clear();
    cache.set(norm, found);
  }
  return found;
}

function fuzzy(norm: string): readonly Sense[] {
  if (norm.length < MIN_FUZZY_LENGTH - 1 || NOT_TYPOS.has(norm) || /\d/.test(norm)) return [];
  for (const word of fuzzyWords) {
    if (Math.max(word.length, norm.length) < MIN_FUZZY_LENGTH) continue;
    if (word[0] !== norm[0] || word[1] !== norm[1] || Math.abs(word.length - norm.length) > 1) continue;
    if (withinOneEdit(word, norm)) return exact.get(word) ?? [];
  }
  return [];
}

/** One insertion, deletion, substitution or swap of neighbours (Damerau). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/**
 * Right after "alleen", "geen" or "only" a group of people is expected, so a short word is forgiven
 * a typo too ("alleen manen"); elsewhere "manen" is an ordinary word.
 */
export function expectedGroupSensesOf(norm: string): readonly Sense[] {
  const found = sensesOf(norm);
  if (found.length > 0 || norm.length < 4 || /\d/.test(norm)) return found;
  for (const [word, senses] of exact) {
    if (word.length < 4 || word[0] !== norm[0] || Math.abs(word.length - norm.length) > 1) continue;
    const groups = senses.filter((s) => s.kind === 'person');
    if (groups.length > 0 && withinOneEdit(word, norm)) return groups;
  }
  return [];
}

export function hasKind(senses: readonly Sense[], ...kinds: WordKind[]): boolean {
  return senses.some((s) => kinds.includes(s.kind));
}

export function groundsOf(senses: readonly Sense[], ...kinds: WordKind[]): ProtectedGround[] {
  return [...new Set(senses.filter((s) => kinds.length === 0 || kinds.includes(s.kind)).map((s) => s.ground))];
}
