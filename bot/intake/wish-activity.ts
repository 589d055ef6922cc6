// Does a wish name something to DO or learn? A heuristic, on purpose lenient: missing an empty
// wish only lets it through to the coordinator, while a false alarm blocks a student who wrote a
// good one. A token counts as activity when it is (after dropping stop words and the words an
// earlier rule already claimed, such as traits and personal words):
//   - a Dutch infinitive: ends in -en, is no generic verb (leren, willen, werken, opdoen…) and no
//     known plural or adverb (klanten, kinderen, samen…): "klanten helpen", "om wonden te verzorgen"
//   - an English "-ing" word ("cooking") or the word after "to" ("to help customers")
//   - a skill stem ("kassa", "magazijn", "wondverzorging") or a skill word ("care")
//   - a word whose stem appears in a work-process title of the student's programme ("zorg")
//   - the object of "werken met", "omgaan met", "work with": "werken met een oven"
//   - a word ending in -t after "hoe je/ik": "hoe je met ouders praat"
// A place alone ("in een ziekenhuis werken") is no activity: the student still has to say what.
// Limits: an unknown plural noun ending in -en ("planten", "taarten") passes as a verb; other
// conjugated verbs ("ik wil dat ik goed kook") count only through a skill stem or a title; Dutch
// and English only.
import { DUTCH_STOP_WORDS, LEARNING_TEXT_FILLERS } from '../../matching/dutch-stop-words.js';
import { stem, verbBase } from '../../matching/text-similarity.js';
import type { WishToken } from './wish-patterns.js';
import {
  GENERIC_VERBS, ING_NON_ACTIVITIES, NON_ACTIVITY_WORDS, NON_VERBS, SKILL_STEMS, SKILL_WORDS, TO_NON_VERBS,
  WORK_WITH_VERBS, WORK_WITH_WORDS, HOW_SUBJECTS, HOW_WORDS,
} from './wish-word-lists.js';

const ignored = new Set([...DUTCH_STOP_WORDS, ...LEARNING_TEXT_FILLERS, ...GENERIC_VERBS, ...NON_ACTIVITY_WORDS]);
const nonVerbs = new Set(NON_VERBS);
const ingNonActivities = new Set(ING_NON_ACTIVITIES);
const toNonVerbs = new Set(TO_NON_VERBS);
const skillWords = new Set(SKILL_WORDS);
const workWithVerbs = new Set(WORK_WITH_VERBS);
const workWithWords = new Set(WORK_WITH_WORDS);
const WORK_WITH_REACH = 3;
const howWords = new Set(HOW_WORDS);
const howSubjects = new Set(HOW_SUBJECTS);
// Compounds put the head last ("ouderenzorg") or first ("kassawerk"); only long stems may sit in
// the middle, so "wond" is not found in "verwonderen".
const MIN_INNER_STEM = 6;
const MIN_TITLE_STEM = 4;

function isDutchInfinitive(norm: string): boolean {
  return norm.length >= 5 && norm.endsWith('en') && !nonVerbs.has(norm);
}

function isEnglishVerb(norm: string, previous: string | undefined): boolean {
  if (norm.length >= 6 && norm.endsWith('ing') && !ingNonActivities.has(norm)) return true;
  return previous === 'to' && /^[a-z]{2,}$/.test(norm) && !toNonVerbs.has(norm);
}

function hasSkillStem(norm: string): boolean {
  if (skillWords.has(norm)) return true;
  return SKILL_STEMS.some(
    (s) => norm.startsWith(s) || norm.endsWith(s) || (s.length >= MIN_INNER_STEM && norm.includes(s)),
  );
}

function isActivity(norm: string, previous: string | undefined, titleStems: ReadonlySet<string>): boolean {
  if (ignored.has(norm) || /^\p{N}+$/u.test(norm)) return false;
  if (isDutchInfinitive(norm) || isEnglishVerb(norm, previous) || hasSkillStem(norm)) return true;
  const s = stem(verbBase(norm));
  return s.length >= MIN_TITLE_STEM && titleStems.has(s);
}

/** A content word shortly after "werken met"/"omgaan met"/"work with", in the same clause. */
function followsWorkWith(tokens: readonly WishToken[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - WORK_WITH_REACH && !tokens[k].clauseEnd; k--) {
    if (workWithWords.has(tokens[k].norm)) return workWithVerbs.has(tokens[k - 1].norm) && !tokens[k - 1].clauseEnd;
  }
  return false;
}

/** "hoe je met ouders praat": a word ending in -t after "hoe je" in the same clause is its verb. */
function conjugatedAfterHow(tokens: readonly WishToken[], i: number): boolean {
  if (tokens[i].norm.length < 4 || !tokens[i].norm.endsWith('t')) return false;
  for (let k = i - 1; k >= 1 && !tokens[k].clauseEnd; k--) {
    if (howSubjects.has(tokens[k].norm) && howWords.has(tokens[k - 1].norm) && !tokens[k - 1].clauseEnd) return true;
  }
  return false;
}

function countsAsActivity(tokens: readonly WishToken[], i: number, titleStems: ReadonlySet<string>): boolean {
  const { norm } = tokens[i];
  if (isActivity(norm, tokens[i - 1]?.norm, titleStems)) return true;
  return !ignored.has(norm) && (followsWorkWith(tokens, i) || conjugatedAfterHow(tokens, i));
}

/** `claimed` holds token indexes an earlier rule used (a trait, a personal word, a filler). */
export function hasActivity(
  tokens: readonly WishToken[],
  claimed: ReadonlySet<number>,
  titleStems: ReadonlySet<string>,
): boolean {
  return tokens.some((_, i) => !claimed.has(i) && countsAsActivity(tokens, i, titleStems));
}
