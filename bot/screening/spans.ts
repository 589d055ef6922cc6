// Turns the token spans a grammar refused into findings: overlapping spans become one phrase with
// all their grounds, so "ik ben een Turks meisje" is one thing to fix, named for both grounds.
import type { Finding, Ground } from './grounds.js';
import type { Token } from './screen-tokens.js';

export interface Span {
  /** token indexes, both inclusive */
  readonly from: number;
  readonly to: number;
  readonly grounds: readonly Ground[];
}

export function spansToFindings(text: string, tokens: readonly Token[], spans: readonly Span[]): Finding[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from || b.to - a.to);
  const merged: { from: number; to: number; grounds: Ground[] }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.from <= last.to) {
      last.to = Math.max(last.to, s.to);
      last.grounds.push(...s.grounds);
    } else merged.push({ from: s.from, to: s.to, grounds: [...s.grounds] });
  }
  return merged.map((m) => ({
    phrase: text.slice(tokens[m.from].start, tokens[m.to].end),
    grounds: [...new Set(m.grounds)],
  }));
}
