// Finds a protected ground (origin, religion, gender, age, health, appearance, "klik") in the free
// text of an offer, so it is refused before it is stored and never reaches a student or the matcher.
//
// The heuristic (word lists and scopes in protected-ground-lists.ts):
// - A description (what a student learns, the extra support on offer) is about the WORK. Clients
//   and colleagues may be men, women, older, or have a disability. A personal word there is refused
//   only when it is phrased as a requirement or preference about the student ("alleen jongens",
//   "wij zoeken een vrouw", "moet gezond zijn"), or when it can only be about the student
//   ("geen buitenlanders", "representatief uiterlijk", "past in het team", a named religion, an age).
// - The other-requirement text IS a requirement, so every personal word in it is refused, except
//   right after "met"/"bij"/"voor"/"van" ("ervaring met ouderen met dementie").
// Matching reuses the learning-wish matcher: whole tokens, accents and case ignored, so "man"
// never matches inside "management".
import { findHits, patternSet, phraseOf, tokenizeWish, type Hit, type PatternSet, type WishToken } from '../intake/wish-patterns.js';
import type { TermList } from '../intake/wish-word-lists.js';
import {
  PROTECTED_TERMS, QUOTED_CUES, REQUIREMENT_CUES, REQUIREMENT_SKIP_WORDS, WORK_NOUNS, type ProtectedCategory,
} from './protected-ground-lists.js';

export type { ProtectedCategory };

/** How a text is read: a description of the work, or a requirement about the student. */
export type TextUse = 'description' | 'requirement';

export interface ProtectedGroundHit {
  /** As the company wrote it, so the dialog can quote it back. */
  phrase: string;
  category: ProtectedCategory;
}

const categories = Object.keys(PROTECTED_TERMS) as ProtectedCategory[];

function buildSet(asRequirement: (list: TermList) => TermList): PatternSet<ProtectedCategory> {
  return patternSet(
    categories.map((category) => ({ list: asRequirement(PROTECTED_TERMS[category]), tag: category })),
    REQUIREMENT_CUES,
    REQUIREMENT_SKIP_WORDS,
  );
}

// In a requirement text no cue is needed: `self` terms count like `subject` terms.
const sets: Readonly<Record<TextUse, PatternSet<ProtectedCategory>>> = {
  description: buildSet((list) => list),
  requirement: buildSet((list) => ({ any: list.any, subject: [...(list.subject ?? []), ...(list.self ?? [])] })),
};
const quotedCues = new Set(QUOTED_CUES);
const workNouns = new Set(WORK_NOUNS);
const listWords = new Set(['en', 'of', 'and', 'or']);
// Origin words wherever they stand, to see past a list of them ("Turkse en Surinaamse gerechten").
const originWordSet = patternSet([{ list: { any: PROTECTED_TERMS.origin.subject }, tag: 'origin' as const }], []);

/** Every protected ground in the text, in text order. */
export function findProtectedGrounds(text: string, use: TextUse): ProtectedGroundHit[] {
  const tokens = tokenizeWish(text);
  const originWords = new Set(findHits(tokens, originWordSet).filter((h) => h.end - h.start === 1).map((h) => h.start));
  return findHits(tokens, sets[use])
    .filter((hit) => !namesDishOrGoods(tokens, originWords, hit))
    .map((hit) => ({ phrase: phraseOf(text, tokens, withCue(tokens, hit)), category: hit.tag }));
}

/** The first protected ground in the text, if any. */
export function findProtectedGround(text: string, use: TextUse): ProtectedGroundHit | undefined {
  return findProtectedGrounds(text, use)[0];
}

// "de Marokkaanse keuken", "Turkse en Surinaamse gerechten": the origin word describes the food.
function namesDishOrGoods(tokens: readonly WishToken[], originWords: ReadonlySet<number>, hit: Hit<ProtectedCategory>): boolean {
  if (hit.tag !== 'origin' || !originWords.has(hit.start)) return false;
  let k = hit.end;
  while (k < tokens.length && (listWords.has(tokens[k].norm) || originWords.has(k))) k++;
  return k < tokens.length && workNouns.has(tokens[k].norm);
}

// "geen ADHD" tells the company what to change; "ADHD" alone reads like a description.
function withCue(tokens: readonly WishToken[], hit: Hit<ProtectedCategory>): Hit<ProtectedCategory> {
  const before = tokens[hit.start - 1];
  if (before === undefined || before.clauseEnd || !quotedCues.has(before.norm)) return hit;
  return { ...hit, start: hit.start - 1 };
}
