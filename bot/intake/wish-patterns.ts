// Finds the phrases of wish-word-lists.ts in a wish, token by token, with their place in the
// original text so a dialog can quote exactly what the student wrote.
import { normalizeText } from '../../matching/text-similarity.js';
import {
  CLAUSE_FOLLOWERS, CLIENT_MARKER_FILLERS, CLIENT_MARKERS, NO_SKIP_PREFIXES, SELF_SKIP_WORDS, SUBORDINATE_VERBS, type TermList,
} from './wish-word-lists.js';

export interface WishToken {
  /** lowercase, accents stripped */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** punctuation or the end of the text follows: a self-description never reaches past it */
  readonly clauseEnd: boolean;
}

export interface Hit<T> {
  /** token indexes, end exclusive; start includes a self-description prefix when there is one */
  readonly start: number;
  readonly end: number;
  readonly tag: T;
}

type Scope = keyof TermList;
type PartTest = (norm: string) => boolean;

interface Pattern<T> {
  readonly parts: readonly PartTest[];
  readonly clauseFinal: boolean;
  readonly scope: Scope;
  readonly tag: T;
}

export interface PatternSet<T> {
  readonly patterns: readonly Pattern<T>[];
  readonly prefixes: readonly (readonly string[])[];
  readonly skipWords: ReadonlySet<string>;
}

const MAX_SKIPPED = 4;
const AGE_WORDS = new Set([
  'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
]);
const followers = new Set(CLAUSE_FOLLOWERS);
const clientMarkers = new Set(CLIENT_MARKERS);
const subordinateVerbs = new Set(SUBORDINATE_VERBS);
const noSkipPrefixes = new Set(NO_SKIP_PREFIXES);
const markerFillers = new Set(CLIENT_MARKER_FILLERS);

export function tokenizeWish(text: string): WishToken[] {
  const found = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
  return found.map((m, i) => {
    const end = m.index + m[0].length;
    const gap = text.slice(end, found[i + 1]?.index ?? text.length);
    return { norm: normalizeText(m[0]), start: m.index, end, clauseEnd: i === found.length - 1 || /[.,;:!?()\n]/.test(gap) };
  });
}

/** Students are about 16; 14-30 leaves room for adult learners without catching "4 jaar". */
function isAge(norm: string): boolean {
  if (AGE_WORDS.has(norm)) return true;
  return /^\d{2}$/.test(norm) && Number(norm) >= 14 && Number(norm) <= 30;
}

function partTest(part: string): PartTest {
  if (part === '<age>') return isAge;
  if (part.endsWith('*')) {
    const prefix = part.slice(0, -1);
    return (norm) => norm.startsWith(prefix);
  }
  return (norm) => norm === part;
}

function compile<T>(source: string, scope: Scope, tag: T): Pattern<T> {
  const clauseFinal = source.endsWith('$');
  const text = normalizeText(clauseFinal ? source.slice(0, -1) : source);
  return { parts: text.split(' ').map(partTest), clauseFinal, scope, tag };
}

export function patternSet<T>(
  lists: readonly { list: TermList; tag: T }[],
  prefixes: readonly string[],
  skipWords: Iterable<string> = SELF_SKIP_WORDS,
): PatternSet<T> {
  const patterns = lists.flatMap(({ list, tag }) =>
    (['any', 'self', 'subject'] as const).flatMap((scope) => (list[scope] ?? []).map((p) => compile(p, scope, tag))),
  );
  const split = prefixes.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
  return { patterns, prefixes: split, skipWords: new Set(skipWords) };
}

function matchEnd<T>(tokens: readonly WishToken[], i: number, pattern: Pattern<T>): number | undefined {
  const { parts } = pattern;
  for (let k = 0; k < parts.length; k++) {
    const token = tokens[i + k];
    if (token === undefined || !parts[k](token.norm)) return undefined;
    if (k < parts.length - 1 && token.clauseEnd) return undefined;
  }
  return i + parts.length;
}

function endsClause(tokens: readonly WishToken[], end: number): boolean {
  return end >= tokens.length || tokens[end - 1].clauseEnd || followers.has(tokens[end].norm);
}

function prefixEndingAt(tokens: readonly WishToken[], k: number, prefixes: PatternSet<unknown>['prefixes']): readonly string[] | undefined {
  return prefixes.find((p) => {
    const first = k - p.length + 1;
    if (first < 0) return false;
    return p.every((word, n) => tokens[first + n].norm === word && (n === p.length - 1 || !tokens[first + n].clauseEnd));
  });
}

/** Index where a self-description opening the term at i starts ("ik ben (heel) …"), if any. */
function selfPrefixStart(tokens: readonly WishToken[], i: number, set: PatternSet<unknown>): number | undefined {
  let skipped = 0;
  for (let k = i - 1; k >= 0 && !tokens[k].clauseEnd; k--) {
    const prefix = prefixEndingAt(tokens, k, set.prefixes);
    if (prefix !== undefined && (skipped === 0 || !noSkipPrefixes.has(prefix.join(' ')))) return k - prefix.length + 1;
    if (!set.skipWords.has(tokens[k].norm) || ++skipped > MAX_SKIPPED) return undefined;
  }
  return undefined;
}

/** "omdat ik (heel) lang ben": the Dutch subordinate clause puts the verb after the term. */
function subordinateStart(tokens: readonly WishToken[], i: number, end: number, set: PatternSet<unknown>): number | undefined {
  const verb = tokens[end];
  if (verb === undefined || !subordinateVerbs.has(verb.norm) || tokens[end - 1].clauseEnd) return undefined;
  let skipped = 0;
  for (let k = i - 1; k >= 0 && !tokens[k].clauseEnd; k--) {
    if (tokens[k].norm === 'ik') return k;
    if (!set.skipWords.has(tokens[k].norm) || ++skipped > MAX_SKIPPED) return undefined;
  }
  return undefined;
}

function afterClientMarker(tokens: readonly WishToken[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && markerFillers.has(tokens[k].norm) && !tokens[k].clauseEnd) k--;
  return k >= 0 && !tokens[k].clauseEnd && clientMarkers.has(tokens[k].norm);
}

function hitAt<T>(tokens: readonly WishToken[], i: number, pattern: Pattern<T>, set: PatternSet<T>): Hit<T> | undefined {
  const end = matchEnd(tokens, i, pattern);
  if (end === undefined || (pattern.clauseFinal && !endsClause(tokens, end))) return undefined;
  const prefixed = selfPrefixStart(tokens, i, set);
  const subordinate = prefixed === undefined ? subordinateStart(tokens, i, end, set) : undefined;
  const self = prefixed ?? subordinate;
  if (pattern.scope === 'self' && self === undefined) return undefined;
  if (pattern.scope === 'subject' && self === undefined && afterClientMarker(tokens, i)) return undefined;
  // "omdat ik lang ben": the closing verb belongs to what the student should remove.
  return { start: self ?? i, end: subordinate === undefined ? end : end + 1, tag: pattern.tag };
}

/** Every phrase of the set in the wish, longest first where they overlap, in text order. */
export function findHits<T>(tokens: readonly WishToken[], set: PatternSet<T>): Hit<T>[] {
  const all: Hit<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const pattern of set.patterns) {
      const hit = hitAt(tokens, i, pattern, set);
      if (hit !== undefined) all.push(hit);
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Hit<T>[] = [];
  for (const hit of all) if (kept.length === 0 || hit.start >= kept[kept.length - 1].end) kept.push(hit);
  return kept;
}

/** The student's own words for a hit, as written (case, accents and hyphens kept). */
export function phraseOf(text: string, tokens: readonly WishToken[], hit: Hit<unknown>): string {
  return text.slice(tokens[hit.start].start, tokens[hit.end - 1].end);
}

