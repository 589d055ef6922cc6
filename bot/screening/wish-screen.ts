// The wish screen: refuses a learning wish in which the student describes themself by a protected
// characteristic or a personal trait, or asks for people like themself; allows cultures, languages,
// religions and groups of people as what the work is about or for.
//
// A protected word alone decides nothing ("Surinaamse gerechten bereiden", "moslim cliënten helpen
// tijdens de ramadan"). The grammar below asks who the word is about, and refuses it only when that
// is the student:
//   be        "ik ben (zelf) Turks", "omdat ik moslim ben", "ben 16", "I'm gay", "ik word 17"
//   have      "ik heb ADHD", "ik heb een Turkse achtergrond", "ik draag een hoofddoek"
//   from      "ik kom uit Marokko", "mijn ouders komen uit Turkije", "I was born in Syria"
//   as        "als moslim", "als meisje wil ik", "as a girl I"
//   mine      "mijn geloof", "mijn eigen cultuur", "my age"
//   like me   "collega's die ook moslim zijn", "Turkse collega's", "mensen zoals ik", "dezelfde afkomst"
//   headline  "Turks meisje zoekt stage", "16 jaar, wil leren koken"
import { groundsOf, hasKind, sensesOf } from './protected-lexicon.js';
import { verdictOf, type Ground, type ScreenVerdict } from './grounds.js';
import { CLIENT_HEADS, isProtected, numberOf, startsWith } from './screen-grammar.js';
import { tokenize, type Token } from './screen-tokens.js';
import { spansToFindings, type Span } from './spans.js';
import { likeColleagues, likeMe } from './wish-people-like-me.js';
import { span, type Rule } from './wish-span.js';
import {
  AND_WORDS, AS_CLAUSE_GOES_ON, AS_WORDS, ATTRACTION, BORN_WORDS, COPULAS, FIRST_PERSON, FROM_WORDS, HAVE_VERBS, HEADLINE_VERBS,
  KIN, KIN_VERBS, NOT_AGE_UNITS, NOUN_PHRASE_FILLERS, POSSESSIVES, PRACTICE_VERBS, TRAIT_PAIRS, TRAIT_PHRASES, TRAIT_WORDS,
  WORSHIP_PLACES,
} from './wish-grammar-words.js';

export function screenWish(text: string): ScreenVerdict {
  const tokens = tokenize(text);
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const rule of RULES) {
      const span = rule(tokens, i);
      if (span) spans.push(span);
    }
  }
  return verdictOf(spansToFindings(text, tokens, spans));
}

const MIN_AGE = 12;
const MAX_AGE = 80;

/** "16", "zestien": an age when nothing after it makes it hours or days. */
function isAge(tokens: readonly Token[], k: number): boolean {
  const n = numberOf(tokens[k].norm);
  const next = tokens[k + 1];
  return n !== undefined && n >= MIN_AGE && n <= MAX_AGE && (tokens[k].clauseEnd || next === undefined || !NOT_AGE_UNITS.has(next.norm));
}

interface Description {
  readonly end: number;
  readonly grounds: Ground[];
}

/**
 * What follows "ik ben" / "ik heb": filler words and protected or trait words, up to the first
 * word that is neither. A place counts only after "uit"/"from" or "geboren in"; a year only after
 * "geboren"; under "have" an adjective counts only with the noun it describes ("Turkse roots").
 */
function describe(tokens: readonly Token[], start: number, mode: 'be' | 'have'): Description {
  const grounds: Ground[] = [];
  let end = -1;
  let pending: Ground[] = [];
  let born = false;
  for (let k = start; k < tokens.length; k++) {
    const { norm } = tokens[k];
    const senses = sensesOf(norm);
    const prev = tokens[k - 1]?.norm ?? '';
    born ||= BORN_WORDS.has(norm);
    const found = described(tokens, k, mode, born, prev);
    if (found.length > 0) {
      grounds.push(...pending, ...found);
      pending = [];
      end = k;
    } else if (mode === 'have' && hasKind(senses, 'attribute')) {
      pending = groundsOf(senses, 'attribute');
    } else if (!NOUN_PHRASE_FILLERS.has(norm) && !(AND_WORDS.has(norm) && isProtected(tokens[k + 1])) && !opensTraitPair(tokens, k)
      && !(mode === 'have' && describesTopic(tokens, k))) {
      break;
    }
    if (tokens[k].clauseEnd) break;
  }
  return { end, grounds };
}

/** "ik heb een lichamelijke beperking": an adjective of the topic that follows. */
function describesTopic(tokens: readonly Token[], k: number): boolean {
  return tokens[k].norm.endsWith('e') && !tokens[k].clauseEnd && hasKind(sensesOf(tokens[k + 1]?.norm ?? ''), 'topic');
}

/** "harde" in "harde werker", "people" in "people person". */
function opensTraitPair(tokens: readonly Token[], k: number): boolean {
  return TRAIT_PAIRS.some(([a, b]) => tokens[k].norm === a && tokens[k + 1]?.norm === b);
}

function described(tokens: readonly Token[], k: number, mode: 'be' | 'have', born: boolean, prev: string): Ground[] {
  const { norm } = tokens[k];
  const senses = sensesOf(norm);
  if (mode === 'be') {
    if (isAge(tokens, k)) return ['age'];
    if (born && /^(19|20)\d\d$/.test(norm)) return ['age'];
    if (TRAIT_WORDS.has(norm) || TRAIT_PAIRS.some(([a, b]) => prev === a && norm === b)) return ['trait'];
    const place = FROM_WORDS.has(prev) || (born && prev === 'in') ? groundsOf(senses, 'place') : [];
    // "ik ben lang" is about the body, "ik ben al lang bezig" is not: a state ends what is said.
    const state = groundsOf(senses, 'state').filter((g) => g !== 'appearance' || endsDescription(tokens, k));
    return [...groundsOf(senses, 'person', 'attribute', 'topic'), ...state, ...place];
  }
  return groundsOf(senses, 'topic', 'own', 'state');
}

function endsDescription(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k].clauseEnd || next === undefined || AND_WORDS.has(next.norm) || COPULAS.has(next.norm) || isProtected(next)
    || ['heb', 'dus', 'want', 'so', 'because'].includes(next.norm);
}

const SUBJECT_FILLERS = new Set(['zelf', 'ook', 'echt', 'wel', 'also', 'really', 'myself', 'eigenlijk', 'nu', 'now']);

/** "ik ben …", "ik heb …", "ik kom uit …", "ik bid", "ik val op …", and the subordinate "omdat ik moslim ben". */
const firstPerson: Rule = (tokens, i) => {
  if (!FIRST_PERSON.has(tokens[i].norm) || tokens[i].clauseEnd) return undefined;
  let j = i + 1;
  while (SUBJECT_FILLERS.has(tokens[j]?.norm ?? '') && !tokens[j - 1].clauseEnd) j++;
  const verb = tokens[j]?.norm ?? '';
  if (COPULAS.has(verb) || HAVE_VERBS.has(verb)) {
    const d = describe(tokens, j + 1, COPULAS.has(verb) ? 'be' : 'have');
    return span(i, d.end, d.grounds);
  }
  if (verb === 'kom' || verb === 'come' || verb === 'kwam' || verb === 'came') return fromPlace(tokens, i, j + 1);
  if (PRACTICE_VERBS.has(verb) && (verb === 'bid' || verb === 'pray' || clauseHas(tokens, j, 'ramadan'))) return span(i, j, ['religion']);
  if (verb === 'ga' || verb === 'go' || verb === 'goes') {
    const place = worshipPlace(tokens, j);
    if (place !== undefined) return span(i, place, ['religion']);
  }
  if (ATTRACTION.some((words) => startsWith(tokens, j, words)) && hasKind(sensesOf(tokens[j + 2]?.norm ?? ''), 'person')) {
    return span(i, j + 2, ['sexual-orientation']);
  }
  // Dutch subordinate clause: the verb comes last ("dat ik 16 ben", "omdat ik ADHD heb").
  const inner = describe(tokens, i + 1, 'be');
  const closing = tokens[inner.end + 1]?.norm ?? '';
  if (inner.end > i && !tokens[inner.end].clauseEnd && (COPULAS.has(closing) || closing === 'heb')) return span(i, inner.end + 1, inner.grounds);
  return undefined;
};

/** "ik ga (elke vrijdag) naar de moskee". */
function worshipPlace(tokens: readonly Token[], j: number): number | undefined {
  for (let k = j + 1; k < Math.min(tokens.length, j + 7); k++) {
    if (WORSHIP_PLACES.has(tokens[k].norm) && ['naar', 'to', 'de', 'the', 'church', 'kerk'].includes(tokens[k - 1].norm)) return k;
    if (tokens[k].clauseEnd) break;
  }
  return undefined;
}

function clauseHas(tokens: readonly Token[], i: number, word: string): boolean {
  for (let k = i; k < tokens.length; k++) {
    if (tokens[k].norm === word) return true;
    if (tokens[k].clauseEnd) break;
  }
  return false;
}

/** "ik kom (oorspronkelijk) uit Turkije", "mijn ouders komen uit Marokko". */
function fromPlace(tokens: readonly Token[], from: number, k: number): Span | undefined {
  let j = k;
  while (['oorspronkelijk', 'originally', 'zelf', 'ook', 'also', 'eigenlijk', 'echt'].includes(tokens[j]?.norm ?? '')) j++;
  if (!FROM_WORDS.has(tokens[j]?.norm ?? '')) return undefined;
  const senses = sensesOf(tokens[j + 1]?.norm ?? '');
  return span(from, j + 1, groundsOf(senses, 'place', 'attribute', 'person').map((g) => (g === 'nationality' ? 'origin' : g)));
}

/** "ben zelf Turks" (no subject), "ben ik moslim" (inverted). */
const bareCopula: Rule = (tokens, i) => {
  if (!COPULAS.has(tokens[i].norm) || tokens[i].clauseEnd) return undefined;
  const inverted = FIRST_PERSON.has(tokens[i + 1]?.norm ?? '');
  if (!inverted && i > 0 && !tokens[i - 1].clauseEnd) return undefined;
  const d = describe(tokens, i + (inverted ? 2 : 1), 'be');
  return span(i, d.end, d.grounds);
};

/** "als moslim", "als meisje wil ik", "as a Muslim woman, I": speaking as one of a group. */
const speakingAs: Rule = (tokens, i) => {
  if (!AS_WORDS.has(tokens[i].norm) || tokens[i].clauseEnd) return undefined;
  if (['such', 'well', 'same', 'zo', 'net', 'soon'].includes(tokens[i - 1]?.norm ?? '')) return undefined;
  let k = i + 1;
  if (['een', 'a', 'an'].includes(tokens[k]?.norm ?? '')) k++;
  const grounds: Ground[] = [];
  let person = false;
  let end = -1;
  for (; k < tokens.length; k++) {
    const senses = sensesOf(tokens[k].norm);
    const age = isAge(tokens, k) && ['jarige', 'jarig', 'year', 'jaar'].includes(tokens[k + 1]?.norm ?? '');
    if (!age && !hasKind(senses, 'person', 'attribute', 'state') && !(tokens[k].norm === 'jarige' && end === k - 1)) break;
    grounds.push(...(age ? ['age' as const] : groundsOf(senses, 'person', 'attribute', 'state')));
    person ||= age || hasKind(senses, 'person') || tokens[k].norm === 'jarige';
    end = age ? k + 1 : k;
    if (age) k++;
    if (tokens[k].clauseEnd) break;
  }
  if (end < 0) return undefined;
  const next = tokens[end + 1];
  const goesOn = tokens[end].clauseEnd || next === undefined || AS_CLAUSE_GOES_ON.has(next.norm);
  if (!goesOn && (!person || CLIENT_HEADS.has(next.norm) || !['in', 'op', 'bij', 'met', 'die', 'en', 'van', 'uit', 'with', 'who', 'and', 'of', 'from'].includes(next.norm))) return undefined;
  return span(i, end, grounds);
};

/** "mijn geloof", "mijn eigen cultuur", "my age", and "mijn ouders komen uit Turkije". */
const mine: Rule = (tokens, i) => {
  if (!POSSESSIVES.has(tokens[i].norm) || tokens[i].clauseEnd) return undefined;
  if (KIN.has(tokens[i + 1]?.norm ?? '')) return kinFrom(tokens, i);
  const grounds: Ground[] = [];
  let k = i + 1;
  for (; k < tokens.length; k++) {
    const senses = sensesOf(tokens[k].norm);
    if (hasKind(senses, 'topic', 'own')) {
      if (['in', 'als', 'as'].includes(tokens[k + 1]?.norm ?? '') && !hasKind(senses, 'topic')) return undefined;
      return span(i, k, [...grounds, ...groundsOf(senses, 'topic', 'own')]);
    }
    if (hasKind(senses, 'attribute')) grounds.push(...groundsOf(senses, 'attribute'));
    else if (!['eigen', 'own', 'zelf', 'oude', 'old'].includes(tokens[k].norm)) return undefined;
    if (tokens[k].clauseEnd) return undefined;
  }
  return undefined;
};

function kinFrom(tokens: readonly Token[], i: number): Span | undefined {
  const verb = tokens[i + 2];
  if (verb === undefined || !KIN_VERBS.has(verb.norm) || tokens[i + 1].clauseEnd) return undefined;
  const from = fromPlace(tokens, i, i + 3);
  if (from) return from;
  const d = describe(tokens, i + 3, 'be');
  return span(i, d.end, d.grounds.filter((g) => g !== 'trait' && g !== 'age'));
}

const HEADLINE_FILLERS = new Set(['een', 'a', 'an', 'van', 'of', 'jaar', 'jr', 'years', 'year', 'old', 'oud', 'yo', 'en', 'and', 'hoi', 'hallo', 'hey', 'hi', 'hello']);

/** A clause that is only a description of its writer, or one that goes on "… zoekt stage". */
const headline: Rule = (tokens, i) => {
  if (i > 0 && !tokens[i - 1].clauseEnd) return undefined;
  const grounds: Ground[] = [];
  let self = false;
  let k = i;
  let end = -1;
  for (; k < tokens.length; k++) {
    const senses = sensesOf(tokens[k].norm);
    if (isAge(tokens, k)) {
      grounds.push('age');
      self = true;
      end = k;
    } else if (end === k - 1 && ['jaar', 'jr', 'years', 'old', 'oud', 'yo'].includes(tokens[k].norm)) end = k;
    else if (hasKind(senses, 'person', 'attribute', 'state')) {
      grounds.push(...groundsOf(senses, 'person', 'attribute', 'state'));
      self ||= hasKind(senses, 'person');
      end = k;
    } else if (i === 0 && hasKind(senses, 'topic') && opensAboutWriter(tokens, k)) {
      // "ADHD, dus ik wil …": a text that opens with a bare condition, then goes on about the writer.
      grounds.push(...groundsOf(senses, 'topic'));
      self = true;
      end = k;
    } else if (!HEADLINE_FILLERS.has(tokens[k].norm)) break;
    if (tokens[k].clauseEnd) return self ? span(i, end, grounds) : undefined;
  }
  const verb = tokens[k];
  if (!self || verb === undefined || !HEADLINE_VERBS.has(verb.norm) || FIRST_PERSON.has(tokens[k + 1]?.norm ?? '')) return undefined;
  return span(i, end, grounds);
};

function opensAboutWriter(tokens: readonly Token[], k: number): boolean {
  if (!tokens[k].clauseEnd) return false;
  const next = tokens[k + 1]?.norm ?? '';
  return ['dus', 'so', 'daarom', 'therefore', 'want', 'because', 'ik', 'i'].includes(next);
}

/** "ik ben iemand die", "mijn sterke punten", "I consider myself". */
const traitPhrase: Rule = (tokens, i) => {
  const phrase = TRAIT_PHRASES.find((words) => startsWith(tokens, i, words));
  return phrase ? span(i, i + phrase.length - 1, ['trait']) : undefined;
};

const RULES: readonly Rule[] = [firstPerson, bareCopula, speakingAs, mine, likeColleagues, likeMe, headline, traitPhrase];
