// Splits a text into tokens a screen can reason about, evened out for how students and small
// companies really write: no capitals, accents or none ("cliënt", "client"), letters held too long
// ("meisjeeee"), chat spelling ("k ben", "im", "m'n") and emoji. Every token keeps its place in the
// original text, so a refusal quotes exactly what was written.
import { normalizeText } from '../../matching/text-similarity.js';

export interface Token {
  /** lowercase, accents stripped, chat spelling written out */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** punctuation, an emoji, a line break or the end of the text follows */
  readonly clauseEnd: boolean;
  /** only a comma follows: a list may go on past it ("afkomst, geloof of geslacht") */
  readonly commaEnd: boolean;
}

// Chat and dialect spellings of the few words the screens' grammar turns on. One written form may
// stand for two words ("kben" is "ik ben"); both then carry the same place in the text.
const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  k: ['ik'], ikke: ['ik'], ic: ['ik'], ich: ['ik'], kben: ['ik', 'ben'], ikben: ['ik', 'ben'], ikbn: ['ik', 'ben'],
  bn: ['ben'], bin: ['ben'], benne: ['ben'], hep: ['heb'], hb: ['heb'], kheb: ['ik', 'heb'], ikheb: ['ik', 'heb'],
  mn: ['mijn'], "m'n": ['mijn'], mijne: ['mijn'], mien: ['mijn'], "z'n": ['zijn'], n: ['een'], ff: ['even'], wl: ['wil'],
  im: ['i', 'am'], "i'm": ['i', 'am'], iam: ['i', 'am'], "i've": ['i', 'have'], ive: ['i', 'have'], ima: ['i', 'am'],
  ur: ['your'], coz: ['because'], cuz: ['because'], bc: ['because'], wanna: ['want', 'to'], gonna: ['going', 'to'],
};

// Words (with an apostrophe kept inside: "m'n", "i'm", "collega's") and numbers.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// What ends a clause between two words. Emoji count: students use them as full stops.
const CLAUSE_BREAK = /[.,;:!?()[\]\n\r/|•–—]|\s-\s|\p{Extended_Pictographic}/u;

export function tokenize(text: string): Token[] {
  const found = [...text.matchAll(WORD)];
  return found.flatMap((m, i) => {
    const end = m.index + m[0].length;
    const gap = text.slice(end, found[i + 1]?.index ?? text.length);
    const clauseEnd = i === found.length - 1 || CLAUSE_BREAK.test(gap);
    const commaEnd = clauseEnd && /^\s*,\s*$/.test(gap);
    const norms = spelled(m[0]);
    return norms.map((norm, k) => {
      const last = k === norms.length - 1;
      return { norm, start: m.index, end, clauseEnd: clauseEnd && last, commaEnd: commaEnd && last };
    });
  });
}

function spelled(raw: string): readonly string[] {
  const lower = normalizeText(raw).replace(/’/g, "'");
  // "meisjeeee", "heeeel": three or more of a letter are two, as in the word they stretch.
  const squeezed = lower.replace(/(\p{L})\1{2,}/gu, '$1$1');
  // Own entries only: a student may write "constructor" or "toString".
  const known = Object.hasOwn(SPELLINGS, squeezed) ? SPELLINGS[squeezed] : undefined;
  if (known) return known;
  // "collega's", "foto's": the plural apostrophe is spelling, not a word break.
  return [squeezed.replace(/'s$/, 's').replace(/'/g, '')];
}

/** Indexes [from, to) of the clause around token i. */
export function clauseAround(tokens: readonly Token[], i: number): [number, number] {
  let from = i;
  while (from > 0 && !tokens[from - 1].clauseEnd) from--;
  let to = i;
  while (to < tokens.length - 1 && !tokens[to].clauseEnd) to++;
  return [from, to + 1];
}

/** The words from token `from` to token `to` (inclusive) as written. */
export function phraseBetween(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to].end);
}
