// Scores a screen on a labelled set: what it let through that should be refused, and what it
// refused that should be allowed. Used by the benchmark and by the evaluation test alike, so the
// figures in README and the test's targets are the same numbers.
import type { ScreenVerdict } from '../grounds.js';
import type { LabelledSet, LabelledText } from './evaluation-set.js';

export interface Miss {
  text: string;
  expected: LabelledText['verdict'];
  got: ScreenVerdict;
}

export interface SetScore {
  kind: LabelledSet['kind'];
  texts: number;
  /** should be refused, was allowed */
  missed: Miss[];
  /** should be allowed, was refused */
  falseRefusals: Miss[];
  /** milliseconds per text, the whole set screened once */
  msPerText: number;
}

export function scoreSet(set: LabelledSet, screen: (text: string) => ScreenVerdict, now: () => number = performance.now.bind(performance)): SetScore {
  const missed: Miss[] = [];
  const falseRefusals: Miss[] = [];
  const started = now();
  const results = set.texts.map((row) => ({ row, got: screen(row.text) }));
  const ms = now() - started;
  for (const { row, got } of results) {
    if (row.verdict === 'refuse' && got.verdict === 'allow') missed.push({ text: row.text, expected: row.verdict, got });
    if (row.verdict === 'allow' && got.verdict === 'refuse') falseRefusals.push({ text: row.text, expected: row.verdict, got });
  }
  return { kind: set.kind, texts: set.texts.length, missed, falseRefusals, msPerText: set.texts.length === 0 ? 0 : ms / set.texts.length };
}
