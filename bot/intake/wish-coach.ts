// The learning-wish coach: judges a student's leerwens before it is saved and suggests work
// processes of their programme that fit it.
//
// It returns codes only (WishIssue), never user text: the dialogs render each code in the
// student's language (texts live in dialogs/texts), so one rule reads the same in Dutch and
// English, in Teams and in Slack.
//
// Personal characteristics (origin, religion, gender, age, appearance, health) are flagged and
// block saving until the student removes them, so they never reach the stored wish. They are never
// used in matching either: the matching core only compares the wish text for similarity with what
// an offer can teach, and the suggestions below are computed with flagged words left out.
import { ENGLISH_STOP_WORDS } from '../../matching/english-stop-words.js';
import { profileSimilarity, textProfile, verbBase, type TextProfile } from '../../matching/text-similarity.js';
import { workProcessesOf, type Programme } from '../catalogue/index.js';
import { LearningWish } from '../domain/student.js';
import { hasActivity } from './wish-activity.js';
import { findHits, patternSet, phraseOf, tokenizeWish, type Hit, type WishToken } from './wish-patterns.js';
import {
  PERSONAL_PREFIXES, PERSONAL_TERMS, SELF_SKIP_WORDS, TRAIT_PREFIXES, TRAIT_TERMS, VAGUE_PHRASES,
  type PersonalCategory,
} from './wish-word-lists.js';

export type WishIssue =
  | { code: 'too-short'; minWords: number; words: number }
  | { code: 'too-long'; maxChars: number }
  | { code: 'vague'; phrase: string }
  | { code: 'no-activity' }
  | { code: 'trait'; phrase: string }
  | { code: 'personal'; category: PersonalCategory; phrase: string };

export type WishIssueCode = WishIssue['code'];
export type { PersonalCategory };

export interface WishSuggestion {
  code: string;
  score: number;
}

export interface WishAdvice {
  /** true when nothing blocks saving; warnings may remain */
  ok: boolean;
  /** blocking issues first, each group in text order */
  issues: WishIssue[];
  /** work processes of the programme that fit the text, best first, at most 5 */
  suggestions: WishSuggestion[];
}

// "ik wil leren koken" is the shortest wish that says what and how; fewer words is a keyword.
export const MIN_WISH_WORDS = 4;
// The stored wish allows this much; saying so before saving beats a failed save.
export const MAX_WISH_CHARS = LearningWish.shape.text.maxLength ?? 600;
export const MAX_SUGGESTIONS = 5;

// Blocking: a wish nobody can match on (too short, too long, nothing to do) or one holding words
// that must not be stored. Warnings (vague, trait): the wish still says something to match on.
export const BLOCKING_ISSUES: ReadonlySet<WishIssueCode> = new Set(['too-short', 'too-long', 'personal', 'no-activity']);

const personalSet = patternSet(
  (Object.keys(PERSONAL_TERMS) as PersonalCategory[]).map((category) => ({ list: PERSONAL_TERMS[category], tag: category })),
  PERSONAL_PREFIXES,
);
// Trait words may chain: "ik ben heel sociaal en behulpzaam" is one self-description.
const traitSet = patternSet([{ list: TRAIT_TERMS, tag: 'trait' as const }], TRAIT_PREFIXES, [
  ...SELF_SKIP_WORDS, 'en', 'and', ...(TRAIT_TERMS.self ?? []).filter((t) => !t.includes(' ')),
]);
const vagueSet = patternSet([{ list: { any: VAGUE_PHRASES }, tag: 'vague' as const }], []);
const englishStopWords = new Set(ENGLISH_STOP_WORDS);

export function isBlocking(issue: WishIssue): boolean {
  return BLOCKING_ISSUES.has(issue.code);
}

export function coachWish(text: string, programme: Programme): WishAdvice {
  const tokens = tokenizeWish(text);
  const personal = findHits(tokens, personalSet);
  const traits = findHits(tokens, traitSet);
  const vague = findHits(tokens, vagueSet);
  const claimed = claimedTokens([...personal, ...traits, ...vague]);
  const titles = titleProfiles(programme);
  const issues: WishIssue[] = [
    ...lengthIssues(text, tokens),
    ...unique(personal.map((h) => ({ code: 'personal' as const, category: h.tag, phrase: phraseOf(text, tokens, h) }))),
    ...(hasActivity(tokens, claimed, titles.stems) ? [] : [{ code: 'no-activity' as const }]),
    ...unique(vague.map((h) => ({ code: 'vague' as const, phrase: phraseOf(text, tokens, h) }))),
    ...unique(traits.map((h) => ({ code: 'trait' as const, phrase: phraseOf(text, tokens, h) }))),
  ];
  const wish = textProfile(contentText(tokens, claimed));
  return { ok: !issues.some(isBlocking), issues, suggestions: suggest(wish, titles.byProcess) };
}

function lengthIssues(text: string, tokens: readonly WishToken[]): WishIssue[] {
  const issues: WishIssue[] = [];
  // Counted as the student sees them, so "you wrote 2 words" is true.
  if (tokens.length < MIN_WISH_WORDS) issues.push({ code: 'too-short', minWords: MIN_WISH_WORDS, words: tokens.length });
  // The raw length: the text is stored as given, and the store checks the raw length too.
  if (text.length > MAX_WISH_CHARS) issues.push({ code: 'too-long', maxChars: MAX_WISH_CHARS });
  return issues;
}

function claimedTokens(hits: readonly Hit<unknown>[]): Set<number> {
  const claimed = new Set<number>();
  for (const hit of hits) for (let i = hit.start; i < hit.end; i++) claimed.add(i);
  return claimed;
}

/** The same phrase twice is one thing to fix. */
function unique<T extends WishIssue>(issues: T[]): T[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify(issue).toLowerCase();
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

// The shared tokenizer drops Dutch stop words only; English ones ("the", "and", "to") would make
// every English wish look like every English title. Verb forms are evened out on both sides.
function contentText(tokens: readonly WishToken[], claimed: ReadonlySet<number> = new Set()): string {
  return tokens.filter((t, i) => !claimed.has(i) && !englishStopWords.has(t.norm)).map((t) => verbBase(t.norm)).join(' ');
}

interface ProcessProfiles {
  code: string;
  profiles: TextProfile[];
}

interface TitleProfiles {
  byProcess: ProcessProfiles[];
  stems: Set<string>;
}

// A programme's titles never change while Koppel runs (the catalogue is loaded once), and every
// intake turn after the wish asks for suggestions: profile them once per programme.
const profilesByProgramme = new WeakMap<Programme, TitleProfiles>();

function titleProfiles(programme: Programme): TitleProfiles {
  let profiles = profilesByProgramme.get(programme);
  if (!profiles) profilesByProgramme.set(programme, (profiles = buildTitleProfiles(programme)));
  return profiles;
}

function buildTitleProfiles(programme: Programme): TitleProfiles {
  const byProcess = workProcessesOf(programme).map((wp) => ({
    code: wp.code,
    profiles: [wp.title, wp.titleEn ?? ''].map((title) => textProfile(contentText(tokenizeWish(title)))),
  }));
  const stems = new Set(byProcess.flatMap((p) => p.profiles.flatMap((profile) => [...profile.stems])));
  return { byProcess, stems };
}

const codeOrder = new Intl.Collator('en', { numeric: true });
const SCORE_DECIMALS = 1000;

// Dutch and English titles are compared apart and the better one counts: mixing them would halve
// the score of a wish written in one language.
function suggest(wish: TextProfile, processes: readonly ProcessProfiles[]): WishSuggestion[] {
  return processes
    .map(({ code, profiles }) => {
      const best = Math.max(...profiles.map((title) => profileSimilarity(wish, title)));
      return { code, score: Math.round(best * SCORE_DECIMALS) / SCORE_DECIMALS };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || codeOrder.compare(a.code, b.code))
    .slice(0, MAX_SUGGESTIONS);
}
