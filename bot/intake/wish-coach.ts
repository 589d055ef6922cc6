// The learning-wish coach: judges a student's leerwens before it is saved and suggests work
// processes of their programme that fit it.
//
// It returns codes only (WishIssue), never user text: the dialogs render each code in the
// student's language (texts live in dialogs/texts), so one rule reads the same in Dutch and
// English, in Teams and in Slack.
//
// A wish in which the student describes themself (a protected characteristic or a personal trait)
// or asks for people like themself is refused by the wish screen (bot/screening/wish-screen.ts), and
// blocks saving until the student removes it, so it never reaches the stored wish. Cultures,
// languages, religions and groups as what the work is about or for are what to learn, and pass.
// None of it is used in matching: the core only compares the wish text with what an offer can teach,
// and the suggestions below are computed with the refused words left out.
import { ENGLISH_STOP_WORDS } from '../../matching/english-stop-words.js';
import { profileSimilarity, textProfile, verbBase, type TextProfile } from '../../matching/text-similarity.js';
import { workProcessesOf, type Programme } from '../catalogue/index.js';
import { LearningWish } from '../domain/student.js';
import { hasActivity } from './wish-activity.js';
import { PROTECTED_GROUNDS, type Finding, type ProtectedGround } from '../screening/grounds.js';
import { screenWish } from '../screening/wish-screen.js';
import { findHits, phraseOf, phraseSet, tokenizeWish, type Hit, type WishToken } from './wish-patterns.js';
import { VAGUE_PHRASES } from './wish-word-lists.js';

export type WishIssue =
  | { code: 'too-short'; minWords: number; words: number }
  | { code: 'too-long'; maxChars: number }
  | { code: 'vague'; phrase: string }
  | { code: 'no-activity' }
  | { code: 'trait'; phrase: string }
  | { code: 'personal'; grounds: ProtectedGround[]; phrase: string };

export type WishIssueCode = WishIssue['code'];

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

// Blocking: a wish nobody can match on (too short, too long, nothing to do) or one the wish screen
// refuses (personal, trait: who the student is must not be stored). Vague is a warning: the wish
// still says something to match on.
export const BLOCKING_ISSUES: ReadonlySet<WishIssueCode> = new Set(['too-short', 'too-long', 'personal', 'trait', 'no-activity']);

const vagueSet = phraseSet(VAGUE_PHRASES);
const protectedGrounds: ReadonlySet<string> = new Set(PROTECTED_GROUNDS);
const englishStopWords = new Set(ENGLISH_STOP_WORDS);

export function isBlocking(issue: WishIssue): boolean {
  return BLOCKING_ISSUES.has(issue.code);
}

export function coachWish(text: string, programme: Programme): WishAdvice {
  const tokens = tokenizeWish(text);
  const refused = screenWish(text).findings;
  const vague = findHits(tokens, vagueSet);
  const claimed = claimedTokens(text, tokens, refused, vague);
  const titles = titleProfiles(programme);
  const issues: WishIssue[] = [
    ...lengthIssues(text, tokens),
    ...unique(refused.map(selfIssue)),
    ...(hasActivity(tokens, claimed, titles.stems) ? [] : [{ code: 'no-activity' as const }]),
    ...unique(vague.map((h) => ({ code: 'vague' as const, phrase: phraseOf(text, tokens, h) }))),
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

/** A refused phrase names who the student is: a protected ground if it touches one, else a trait. */
function selfIssue(finding: Finding): WishIssue {
  const grounds = finding.grounds.filter((g): g is ProtectedGround => protectedGrounds.has(g));
  return grounds.length > 0 ? { code: 'personal', grounds, phrase: finding.phrase } : { code: 'trait', phrase: finding.phrase };
}

/** Tokens inside a refused or vague phrase: they say nothing about what to learn. */
function claimedTokens(text: string, tokens: readonly WishToken[], refused: readonly Finding[], vague: readonly Hit<unknown>[]): Set<number> {
  const claimed = new Set<number>();
  for (const hit of vague) for (let i = hit.start; i < hit.end; i++) claimed.add(i);
  // A finding quotes the text exactly, so where it stands is where its phrase occurs.
  for (const { phrase } of refused) {
    for (let start = text.indexOf(phrase); start >= 0; start = text.indexOf(phrase, start + 1)) {
      const end = start + phrase.length;
      tokens.forEach((t, i) => {
        if (t.start >= start && t.end <= end) claimed.add(i);
      });
    }
  }
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
