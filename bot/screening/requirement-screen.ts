// The requirement screen: refuses what a company writes about WHO the student must be on a
// protected ground; allows what the work is about (clients, dishes, languages) and legitimate,
// job-related requirements (a language level, a legal minimum age for named work, a VOG, a
// driving licence).
//
// A protected word alone decides nothing. For each one the grammar finds the phrase it belongs to
// and asks what governs it, nearest first:
//   an inclusive word                     "ongeacht afkomst", "hoofddoek mag", "… zijn welkom"   allow
//   a marker of clients or the work       "kinderen met ADHD", "in hun moedertaal", "je verzorgt vrouwen"  allow
//   …unless the marker hangs on a student "geen studenten met een beperking", "iemand van Nederlandse afkomst"  refuse
//   a requirement cue                     "alleen", "geen", "liever", "wij zoeken", "moet", "gezocht"  refuse
//   a student word it describes           "Nederlandse studenten", "jonge stagiair"  refuse
// What nothing governs is a requirement in the other-requirement field ("Man", "Onder de 25"), and
// a description of the work elsewhere, except topics that can only be about the student
// ("representatief uiterlijk"). Ages, "fit" and photos have rules of their own below.
import { verdictOf, type Ground, type ScreenVerdict } from './grounds.js';
import { expectedGroupSensesOf, groundsOf, hasKind, sensesOf, type Sense } from './protected-lexicon.js';
import { LANGUAGE_NAMES } from './protected-words.js';
import { screenAges } from './requirement-ages.js';
import { screenFit, screenPhrases } from './requirement-fit.js';
import { CLIENT_HEADS, isStudentHead } from './screen-grammar.js';
import { tokenize, type Token } from './screen-tokens.js';
import { spansToFindings, type Span } from './spans.js';
import {
  ALWAYS_ABOUT_STUDENT, APPEARANCE_PHRASES, BENEFIT, CLIENT_MARKERS, CONDITIONALS, COPULAS, INCLUSIVE_AFTER, INCLUSIVE_BEFORE,
  MOTHER_TONGUE_PHRASES, NEGATIONS, NOUN_PHRASE_FILLERS, OTHER_HEADS, OTHERS_POSSESSIVES, PHOTO_OF_STUDENT, PHOTO_WORDS,
  POST_CUES, RESTRICTIVE_CUES, SUBSCRIBE_VERBS, WORK_VERBS,
} from './requirement-grammar-words.js';

/** How a text is read: a description of the work, or (the other-requirement field) a requirement. */
export type TextUse = 'description' | 'requirement';

export function screenRequirement(text: string, use: TextUse = 'requirement'): ScreenVerdict {
  const tokens = tokenize(text);
  const spans: Span[] = [
    ...screenAges(tokens, text), ...screenFit(tokens), ...screenPhrases(tokens, APPEARANCE_PHRASES, 'appearance'),
    ...screenPhrases(tokens, MOTHER_TONGUE_PHRASES, 'mother-tongue'),
  ];
  for (let i = 0; i < tokens.length; i++) {
    const span = groundAt(tokens, i, use);
    if (span) spans.push(span);
  }
  return verdictOf(spansToFindings(text, tokens, spans));
}

type Verdict = 'student' | 'work' | 'open';

function groundAt(tokens: readonly Token[], i: number, use: TextUse): Span | undefined {
  const senses = sensesOf(tokens[i].norm).filter((s) => s.kind !== 'place' && s.ground !== 'fit');
  if (senses.length === 0) return misspeltGroup(tokens, i);
  if (senses.every((s) => s.ground === 'age' && s.kind === 'topic') && ageInClause(tokens, i)) return undefined;
  const phrase = phraseAround(tokens, i);
  // Only the phrase's head is judged, once: "Nederlandse studenten" at "studenten", "Turkse klanten" not at all.
  if (phrase.head !== i) return undefined;
  const grounds = phrase.grounds;
  if (grounds.length === 0) return undefined;
  const about = aboutWhom(tokens, phrase, use, senses);
  return about === 'student' ? { from: phrase.cueFrom ?? phrase.from, to: phrase.to, grounds } : undefined;
}

/** "alleen manen": right after a cue a group word is forgiven a typo. */
function misspeltGroup(tokens: readonly Token[], i: number): Span | undefined {
  const cue = tokens[i - 1];
  if (cue === undefined || cue.clauseEnd || !RESTRICTIVE_CUES.has(cue.norm) || !(tokens[i].clauseEnd || i === tokens.length - 1)) return undefined;
  const grounds = groundsOf(expectedGroupSensesOf(tokens[i].norm));
  return grounds.length > 0 ? { from: i - 1, to: i, grounds } : undefined;
}

/** "minimum age 18 because of the forklift": the number's own rule (requirement-ages.ts) decides. */
function ageInClause(tokens: readonly Token[], i: number): boolean {
  let from = i;
  while (from > 0 && !tokens[from - 1].clauseEnd) from--;
  for (let k = from; k < tokens.length; k++) {
    if (/^\d+$/.test(tokens[k].norm)) return true;
    if (tokens[k].clauseEnd) break;
  }
  return false;
}

interface Phrase {
  from: number;
  to: number;
  head: number;
  grounds: Ground[];
  /** the phrase describes a noun that is no ground: "Turkse klanten", "jong team" */
  describesOther: boolean;
  studentHead: boolean;
  cueFrom?: number;
}

const INSIDE_PHRASE = (s: Sense) => s.kind !== 'place' && s.kind !== 'own' && s.ground !== 'fit';

/** The noun phrase around token i: adjectives and group words up to the noun they describe. */
function phraseAround(tokens: readonly Token[], i: number): Phrase {
  let from = i;
  while (from > 0 && !tokens[from - 1].clauseEnd && sensesOf(tokens[from - 1].norm).some(INSIDE_PHRASE)) from--;
  let to = i;
  // "Turkse cultuur", "Nederlandse taal": a subject of the work ends the phrase as the noun it describes.
  while (!tokens[to].clauseEnd && to + 1 < tokens.length && extendsPhrase(tokens[to + 1])) to++;
  const next = tokens[to].clauseEnd ? undefined : tokens[to + 1];
  const nextNorm = next?.norm ?? '';
  const noun = nounAfter(tokens, to);
  const studentHead = noun !== undefined && noun === to + 1 && isStudentHead(nextNorm) && !['je', 'u', 'jij', 'you'].includes(nextNorm);
  const hasNoun = tokens.slice(from, to + 1).some((t) => hasKind(sensesOf(t.norm), 'topic', 'own', 'person'));
  const describesOther = !studentHead && !hasNoun && noun !== undefined && !isStudentHead(tokens[noun].norm);
  const head = to;
  const withAttribute = tokens.slice(from, to).some((t) => hasKind(sensesOf(t.norm), 'attribute'));
  // "achtergrond", "roots" name an origin only with the adjective that says which.
  const grounds = tokens.slice(from, to + 1).flatMap((t) =>
    groundsOf(sensesOf(t.norm).filter((s) => s.kind !== 'place' && s.ground !== 'fit' && (s.kind !== 'own' || withAttribute))));
  return { from, to: studentHead ? to + 1 : to, head, grounds: originOverNationality(grounds), describesOther, studentHead };
}

function extendsPhrase(token: Token): boolean {
  const senses = sensesOf(token.norm);
  return senses.length > 0 && !CLIENT_HEADS.has(token.norm) && !senses.every((s) => s.kind === 'place');
}

/** "van Marokkaanse afkomst" names an origin, "Nederlands als moedertaal" a mother tongue: not a passport. */
function originOverNationality(grounds: Ground[]): Ground[] {
  const unique = [...new Set(grounds)];
  return unique.includes('origin') || unique.includes('mother-tongue') ? unique.filter((g) => g !== 'nationality') : unique;
}

/**
 * The noun an adjective phrase ending at `to` describes: the next word, or one a few words on past
 * coordinated adjectives ("jong en gezellig team", "Marokkaanse en Surinaamse keuken").
 */
function nounAfter(tokens: readonly Token[], to: number): number | undefined {
  if (tokens[to].clauseEnd || to + 1 >= tokens.length) return undefined;
  if (isNoun(tokens[to + 1]) || isStudentHead(tokens[to + 1].norm)) return to + 1;
  if (!['en', 'of', 'and', 'or'].includes(tokens[to + 1].norm)) return undefined;
  for (let k = to + 2; k < Math.min(tokens.length, to + 5); k++) {
    if (CLIENT_HEADS.has(tokens[k].norm) || OTHER_HEADS.has(tokens[k].norm) || isStudentHead(tokens[k].norm)) return k;
    if (tokens[k].clauseEnd) break;
  }
  return undefined;
}

/** A word that can be the noun an adjective describes: not a verb, a small word, or a number. */
function isNoun(token: Token): boolean {
  if (CLIENT_HEADS.has(token.norm)) return true;
  if (/^\d/.test(token.norm) || token.norm.length < 3) return false;
  return !NOUN_PHRASE_FILLERS.has(token.norm) && !COPULAS.has(token.norm) && !RESTRICTIVE_CUES.has(token.norm)
    && !POST_CUES.has(token.norm) && !INCLUSIVE_AFTER.has(token.norm) && !CLIENT_MARKERS.has(token.norm)
    && !['spreken', 'spreekt', 'speaking', 'speak', 'schrijven', 'lezen', 'als', 'as', 'op', 'is', 'zijn', 'in'].includes(token.norm);
}

function aboutWhom(tokens: readonly Token[], phrase: Phrase, use: TextUse, senses: readonly Sense[]): Verdict {
  const words = tokens.slice(phrase.from, phrase.head + 1).map((t) => t.norm);
  const onlyLanguage = words.every((w) => LANGUAGE_NAMES.has(w));
  if (!phrase.studentHead && words.some((w) => PHOTO_WORDS.has(w))) return photoOfStudent(tokens, phrase) ? 'student' : 'work';
  if (phrase.describesOther) return subscribes(tokens, phrase.from) ? 'student' : 'work';
  if (conditional(tokens, phrase.from)) return 'work';
  if (inclusiveAfter(tokens, phrase.to)) return 'work';
  const before = governor(tokens, phrase.from);
  if (before.kind === 'inclusive' || before.kind === 'work') return 'work';
  if (before.kind === 'marker') {
    const student = markerOnStudent(tokens, before.at, use);
    if (student !== undefined) phrase.cueFrom = student;
    return student === undefined ? 'work' : 'student';
  }
  if (before.kind === 'cue') {
    phrase.cueFrom = before.at;
    return 'student';
  }
  if (before.kind === 'copula') return subjectIsClient(tokens, before.at) ? 'work' : 'student';
  if (phrase.studentHead || postCue(tokens, phrase.to)) return 'student';
  if (onlyLanguage) return 'work';
  if (clientEarlier(tokens, phrase.from)) return 'work';
  if (use === 'requirement') return 'student';
  return words.some((w) => ALWAYS_ABOUT_STUDENT.has(w)) || senses.some((s) => s.ground === 'mother-tongue') ? 'student' : 'work';
}

type Governor = { kind: 'inclusive' | 'work' | 'marker' | 'cue' | 'copula' | 'student' | 'none'; at: number };

/** The nearest word before the phrase that says whose it is, across fillers and a list of grounds. */
function governor(tokens: readonly Token[], from: number): Governor {
  let adjectivesSkipped = 0;
  for (let k = from - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.clauseEnd && !(t.commaEnd && sensesOf(t.norm).length > 0)) break;
    const norm = t.norm;
    // "tatoeages of piercings": a list of grounds shares what governs its first.
    if (['en', 'of', 'and', 'or'].includes(norm) && sensesOf(tokens[k - 1]?.norm ?? '').length > 0) continue;
    if (INCLUSIVE_BEFORE.has(norm)) return { kind: 'inclusive', at: k };
    if (OTHERS_POSSESSIVES.has(norm) || WORK_VERBS.has(norm)) return { kind: 'work', at: k };
    if (CLIENT_MARKERS.has(norm) && !(norm === 'voor' && tokens[k - 1]?.norm === 'bij')) return { kind: 'marker', at: k };
    if (RESTRICTIVE_CUES.has(norm)) return { kind: 'cue', at: cueStart(tokens, k) };
    if (COPULAS.has(norm)) return { kind: 'copula', at: k };
    if (isStudentHead(norm) && !['je', 'u', 'jij', 'you'].includes(norm)) return { kind: 'cue', at: k };
    if (NOUN_PHRASE_FILLERS.has(norm) || sensesOf(norm).length > 0) continue;
    // "je helpt oudere vrouwen": an inflected adjective stands between a verb and its object.
    if (norm.endsWith('e') && norm.length > 3 && adjectivesSkipped++ < 2) continue;
    return { kind: 'none', at: k };
  }
  return { kind: 'none', at: -1 };
}

/** "bij voorkeur", "liever geen": quote the whole cue. */
function cueStart(tokens: readonly Token[], k: number): number {
  let start = k;
  while (start > 0 && !tokens[start - 1].clauseEnd && (RESTRICTIVE_CUES.has(tokens[start - 1].norm) || ['bij', 'wij', 'we'].includes(tokens[start - 1].norm))) start--;
  return start;
}

/**
 * "geen studenten met ADHD", "iemand van Nederlandse afkomst": the marker hangs on the student.
 * Returns where to start quoting (the cue, or the student word), or undefined when it is the work.
 */
function markerOnStudent(tokens: readonly Token[], marker: number, use: TextUse): number | undefined {
  let k = marker - 1;
  while (k >= 0 && !tokens[k].clauseEnd && NOUN_PHRASE_FILLERS.has(tokens[k].norm)) k--;
  if (k < 0 || tokens[k].clauseEnd) return undefined;
  const cue = clauseBefore(tokens, k).findIndex((t) => RESTRICTIVE_CUES.has(t.norm) && t.norm !== 'te');
  // "niet geschikt voor mensen met een handicap": people kept out are the applicants.
  const people = ['mensen', 'people', 'personen', 'persons'].includes(tokens[k].norm) && cue >= 0;
  if (!people && !(isStudentHead(tokens[k].norm) || ['lid', 'member'].includes(tokens[k].norm))) return undefined;
  if (cue >= 0) return cueStart(tokens, k - 1 - cue);
  const benefit = clauseBefore(tokens, k).some((t) => BENEFIT.has(t.norm)) || inclusiveAfter(tokens, marker + 1, 8);
  return !benefit && use === 'requirement' ? k : undefined;
}

function clauseBefore(tokens: readonly Token[], k: number): Token[] {
  const before: Token[] = [];
  for (let j = k - 1; j >= 0 && !tokens[j].clauseEnd; j--) before.push(tokens[j]);
  return before;
}

function inclusiveAfter(tokens: readonly Token[], to: number, reach = 4): boolean {
  for (let k = to + 1; k < Math.min(tokens.length, to + 1 + reach); k++) {
    const norm = tokens[k].norm;
    if (INCLUSIVE_AFTER.has(norm) && norm !== 'geen') {
      const negated = NEGATIONS.has(tokens[k + 1]?.norm ?? '') || NEGATIONS.has(tokens[k - 1].norm);
      return norm === 'probleem' || norm === 'problem' || norm === 'uit' || norm === 'matter' ? true : !negated;
    }
    if (tokens[k - 1].clauseEnd) return false;
  }
  return false;
}

function postCue(tokens: readonly Token[], to: number): boolean {
  for (let k = to + 1; k < Math.min(tokens.length, to + 4) && !tokens[k - 1].clauseEnd; k++) if (POST_CUES.has(tokens[k].norm)) return true;
  return false;
}

/** "je onderschrijft onze christelijke identiteit": the student must share the belief. */
function subscribes(tokens: readonly Token[], from: number): boolean {
  return clauseBefore(tokens, from).some((t) => SUBSCRIBE_VERBS.has(t.norm));
}

/** "meld je af als je ziek bent". */
function conditional(tokens: readonly Token[], from: number): boolean {
  const before = clauseBefore(tokens, from);
  const at = before.findIndex((t, n) => CONDITIONALS.has(t.norm) && n > 0 && SUBJECTS.has(before[n - 1].norm));
  return at >= 0 && !before.slice(0, at).some((t) => RESTRICTIVE_CUES.has(t.norm) && !COPULAS.has(t.norm));
}

const SUBJECTS = new Set(['je', 'jij', 'u', 'er', 'ze', 'zij', 'hij', 'het', 'you', 'they', 'he', 'she', 'it', 'we', 'wij']);

/** "de bewoners zijn vaak ziek" is about clients; "je moet gezond zijn" is not. */
function subjectIsClient(tokens: readonly Token[], copula: number): boolean {
  return clauseBefore(tokens, copula).some((t) => CLIENT_HEADS.has(t.norm));
}

function clientEarlier(tokens: readonly Token[], from: number): boolean {
  const before = clauseBefore(tokens, from);
  return before.some((t) => CLIENT_HEADS.has(t.norm)) && !before.some((t) => RESTRICTIVE_CUES.has(t.norm));
}

function photoOfStudent(tokens: readonly Token[], phrase: Phrase): boolean {
  let from = phrase.from;
  while (from > 0 && !tokens[from - 1].clauseEnd) from--;
  let to = phrase.to;
  while (to < tokens.length - 1 && !tokens[to].clauseEnd) to++;
  const clause = tokens.slice(from, to + 1);
  return clause.length <= 2 || clause.some((t) => PHOTO_OF_STUDENT.has(t.norm));
}
