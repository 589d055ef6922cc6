// How well a student's learning wish ("ik wil leren verzorgen van ouderen") fits what an offer
// says can be learned ("verzorging van ouderen, helpen bij wassen"). Dutch-aware: lowercase,
// diacritics stripped, Dutch and English stop words and wish fillers dropped, present-tense -t
// endings taken off, Snowball Dutch stems compared as sets.
//
// Score = Ochiai (cosine on binary stem sets) with compound credit: Dutch glues words together
// ("ouderenzorg"), so a stem of 4+ letters found inside a longer stem on the other side counts
// half. Ochiai, not Dice or overlap: a long offer text is not punished much for listing more, and
// does not win just by listing everything.
import { newStemmer } from 'snowball-stemmers';
import { DUTCH_STOP_WORDS, LEARNING_TEXT_FILLERS } from './dutch-stop-words.js';
import { ENGLISH_STOP_WORDS } from './english-stop-words.js';

export const COMPOUND_CREDIT = 0.5;
export const MIN_COMPOUND_STEM = 4;

const stemmer = newStemmer('dutch');
const ignored = new Set([...DUTCH_STOP_WORDS, ...LEARNING_TEXT_FILLERS, ...ENGLISH_STOP_WORDS]);
// Stemming is the slow part and vocabularies are small: a word is stemmed once per process.
const stemCache = new Map<string, string>();

export interface TextProfile {
  readonly stems: ReadonlySet<string>;
  /** stem → first word in the text that produced it, to show people real words, not stems */
  readonly words: ReadonlyMap<string, string>;
}

export function normalizeText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Meaningful words of a text, lowercase with their diacritics kept (for showing them back). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !/^\p{N}+$/u.test(w) && !ignored.has(normalizeText(w)));
}

/** Meaningful words, normalised: lowercase, no diacritics, no stop words or fillers. */
export function tokenize(text: string): string[] {
  return words(text).map(normalizeText);
}

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer.stem(word);
    stemCache.set(word, s);
  }
  return s;
}

export function textProfile(text: string): TextProfile {
  const byStem = new Map<string, string>();
  for (const word of words(text)) {
    const s = stem(verbBase(normalizeText(word)));
    if (s.length >= 2 && !byStem.has(s)) byStem.set(s, word);
  }
  return { stems: new Set(byStem.keys()), words: byStem };
}

function compoundHit(s: string, others: ReadonlySet<string>): boolean {
  if (s.length < MIN_COMPOUND_STEM) return false;
  for (const o of others) if (o.length > s.length && o.includes(s)) return true;
  return false;
}

function credit(from: ReadonlySet<string>, to: ReadonlySet<string>): number {
  let total = 0;
  for (const s of from) {
    if (to.has(s)) total += 1;
    else if (compoundHit(s, to)) total += COMPOUND_CREDIT;
  }
  return total;
}

/** Similarity in [0, 1]; 0 when either text has no meaningful words. */
export function profileSimilarity(a: TextProfile, b: TextProfile): number {
  if (a.stems.size === 0 || b.stems.size === 0) return 0;
  const shared = (credit(a.stems, b.stems) + credit(b.stems, a.stems)) / 2;
  return Math.min(1, shared / Math.sqrt(a.stems.size * b.stems.size));
}

export function textSimilarity(a: string, b: string): number {
  return profileSimilarity(textProfile(a), textProfile(b));
}

/** Words of the offer text that match the wish exactly (by stem), in offer-text order. */
export function sharedWords(wish: TextProfile, learn: TextProfile): string[] {
  const out: string[] = [];
  for (const [s, word] of learn.words) if (wish.stems.has(s)) out.push(word);
  return out;
}

/**
 * The stem of a present-tense verb form, so "verzorgt" meets "verzorgen" and the titles'
 * "Monteert" meets "monteren": Snowball's Dutch stemmer leaves the -t on. Only endings where a
 * dropped -t is almost always a verb ending; "klant", "recept", "test" stay as they are.
 */
export function verbBase(norm: string): string {
  if (norm.length < 4 || !/(?:[dgkl]|lp|mp|eer|oor)t$/.test(norm)) return norm;
  return norm.slice(0, -1).replace(/([aeou])\1([^aeiou])$/, '$1$2');
}
