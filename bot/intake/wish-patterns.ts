// Finds the fixed phrases of wish-word-lists.ts (the vague fillers) in a wish, token by token,
// with their place in the original text so a dialog can quote exactly what the student wrote.
// Who a wish is about is the wish screen's work (bot/screening/wish-screen.ts), not this file's.
import { normalizeText } from '../../matching/text-similarity.js';

export interface WishToken {
  /** lowercase, accents stripped */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** punctuation or the end of the text follows */
  readonly clauseEnd: boolean;
}

export interface Hit<T> {
  /** token indexes, end exclusive */
  readonly start: number;
  readonly end: number;
  readonly tag: T;
}

type PartTest = (norm: string) => boolean;

export interface PhraseSet {
  readonly patterns: readonly (readonly PartTest[])[];
}

export function tokenizeWish(text: string): WishToken[] {
  const found = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
  return found.map((m, i) => {
    const end = m.index + m[0].length;
    const gap = text.slice(end, found[i + 1]?.index ?? text.length);
    return { norm: normalizeText(m[0]), start: m.index, end, clauseEnd: i === found.length - 1 || /[.,;:!?()\n]/.test(gap) };
  });
}

/** "veel leren" is two tokens in a row; "goed met *" takes any one token in the place of "*". */
export function phraseSet(phrases: readonly string[]): PhraseSet {
  const part = (p: string): PartTest => (p === '*' ? () => true : (norm) => norm === p);
  return { patterns: phrases.map((p) => normalizeText(p).split(' ').map(part)) };
}

function matchEnd(tokens: readonly WishToken[], i: number, parts: readonly PartTest[]): number | undefined {
  for (let k = 0; k < parts.length; k++) {
    const token = tokens[i + k];
    if (token === undefined || !parts[k](token.norm)) return undefined;
    if (k < parts.length - 1 && token.clauseEnd) return undefined;
  }
  return i + parts.length;
}

/** Every phrase of the set in the wish, longest first where they overlap, in text order. */
export function findHits(tokens: readonly WishToken[], set: PhraseSet): Hit<'phrase'>[] {
  const all: Hit<'phrase'>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const parts of set.patterns) {
      const end = matchEnd(tokens, i, parts);
      if (end !== undefined) all.push({ start: i, end, tag: 'phrase' });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Hit<'phrase'>[] = [];
  for (const hit of all) if (kept.length === 0 || hit.start >= kept[kept.length - 1].end) kept.push(hit);
  return kept;
}

/** The student's own words for a hit, as written (case, accents and hyphens kept). */
export function phraseOf(text: string, tokens: readonly WishToken[], hit: Hit<unknown>): string {
  return text.slice(tokens[hit.start].start, tokens[hit.end - 1].end);
}
