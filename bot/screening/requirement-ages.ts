// Ages in a company's text. The student's age may be asked only as a legal minimum for named work
// ("minimaal 18 jaar i.v.m. de heftruck", "16+ vanwege machines"); a maximum ("onder de 25"), a
// range, a plain age or a minimum without a legal reason is refused. Ages of clients are the work
// ("kinderen van 0 tot 4 jaar", "jongeren van 16 tot 23 begeleiden").
import { CLIENT_HEADS, numberOf } from './screen-grammar.js';
import { NOT_AGE_UNITS } from './wish-grammar-words.js';
import type { Token } from './screen-tokens.js';
import type { Span } from './spans.js';
import {
  AGE_UNITS, AGE_WORDS, WORK_VERBS, LEGAL_MINIMUM_AGES, LEGAL_REASONS, MAXIMUM_AGE_WORDS, MINIMUM_AGE_WORDS, RANGE_WORDS,
} from './requirement-grammar-words.js';

// Students are 15 at the youngest; adults return to mbo well into their forties.
const STUDENT_AGES = { min: 14, max: 45 };
const REACH = 3;

export function screenAges(tokens: readonly Token[], text: string): Span[] {
  const legal = tokens.some((t) => LEGAL_REASONS.has(t.norm));
  const spans: Span[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const n = numberOf(tokens[k].norm);
    if (n === undefined || n < STUDENT_AGES.min || n > STUDENT_AGES.max) continue;
    const span = ageAt(tokens, text, k, n, legal);
    if (span) spans.push(span);
  }
  return spans;
}

function ageAt(tokens: readonly Token[], text: string, k: number, n: number, legal: boolean): Span | undefined {
  const before = wordsBefore(tokens, k);
  const after = wordsAfter(tokens, k);
  const plus = text[tokens[k].end] === '+';
  const unit = AGE_UNITS.has(after[0]?.norm ?? '') || (RANGE_WORDS.has(after[0]?.norm ?? '') && after.some((t) => AGE_UNITS.has(t.norm)));
  const named = before.some((t) => AGE_WORDS.has(t.norm)) || plus;
  const maximum = before.some((t) => MAXIMUM_AGE_WORDS.has(t.norm)) && !before.some((t) => t.norm === 'van');
  const minimum = plus || before.some((t) => MINIMUM_AGE_WORDS.has(t.norm)) || ['ouder', 'older'].includes(after[2]?.norm ?? '');
  // "een stagiaire tussen 18 en 25": two student ages as a range, about a student.
  const studentRange = ['tussen', 'between'].includes(before[0]?.norm ?? '') && RANGE_WORDS.has(after[0]?.norm ?? '')
    && isStudentAge(numberOf(after[1]?.norm ?? ''));
  if (!unit && !named && !maximum && !minimum && !studentRange) return undefined;
  const bound = ['de', 'dan', 'than'].includes(before[0]?.norm ?? '') || MAXIMUM_AGE_WORDS.has(before[0]?.norm ?? '') || MINIMUM_AGE_WORDS.has(before[0]?.norm ?? '');
  if (!unit && !named && !bound && !studentRange) return undefined;
  if (NOT_AGE_UNITS.has(after[0]?.norm ?? '')) return undefined;
  if (clientNearby(tokens, k)) return undefined;
  const range = RANGE_WORDS.has(after[0]?.norm ?? '') && numberOf(after[1]?.norm ?? '') !== undefined;
  // "van 12 tot 18 jaar": a range that starts below any student's age is the clients'.
  const lower = RANGE_WORDS.has(before[0]?.norm ?? '') ? numberOf(before[1]?.norm ?? '') : undefined;
  if (lower !== undefined && lower < STUDENT_AGES.min) return undefined;
  // With a named legal reason, 16 and 18 are the law's own limits: a minimum age for the work ("18+
  // i.v.m. de heftruck"), or work a younger student may not do ("geen nachtdiensten onder de 18").
  const forbidsWork = maximum && clauseOf(tokens, k).some((t) => ['geen', 'niet', 'no', 'not'].includes(t.norm));
  const allowed = !range && LEGAL_MINIMUM_AGES.has(n) && legal && ((minimum && !maximum) || forbidsWork);
  if (allowed) return undefined;
  const from = before.length > 0 ? before[before.length - 1].index : k;
  const unitAt = after.findIndex((t) => AGE_UNITS.has(t.norm));
  return { from: Math.min(from, k), to: unitAt >= 0 ? after[unitAt].index : k, grounds: ['age'] };
}

function isStudentAge(n: number | undefined): boolean {
  return n !== undefined && n >= STUDENT_AGES.min && n <= STUDENT_AGES.max;
}

type Indexed = Token & { index: number };

function clauseOf(tokens: readonly Token[], k: number): Token[] {
  let from = k;
  while (from > 0 && !tokens[from - 1].clauseEnd) from--;
  let to = k;
  while (to < tokens.length - 1 && !tokens[to].clauseEnd) to++;
  return tokens.slice(from, to + 1);
}

function wordsBefore(tokens: readonly Token[], k: number): Indexed[] {
  const found: Indexed[] = [];
  for (let j = k - 1; j >= Math.max(0, k - REACH) && !tokens[j].clauseEnd; j--) found.push({ ...tokens[j], index: j });
  return found;
}

function wordsAfter(tokens: readonly Token[], k: number): Indexed[] {
  const found: Indexed[] = [];
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + REACH) && !tokens[j - 1].clauseEnd; j++) found.push({ ...tokens[j], index: j });
  return found;
}

/** "jongeren van 16 tot 23 jaar", "je begeleidt meiden van 16": a client's age, earlier in the clause. */
function clientNearby(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && !tokens[j].clauseEnd; j--) if (CLIENT_HEADS.has(tokens[j].norm) || WORK_VERBS.has(tokens[j].norm)) return true;
  return false;
}
