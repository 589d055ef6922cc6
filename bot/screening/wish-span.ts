// What the wish screen's rules return, and how a rule makes one.
import type { Ground } from './grounds.js';
import type { Token } from './screen-tokens.js';
import type { Span } from './spans.js';

export type Rule = (tokens: readonly Token[], i: number) => Span | undefined;

export function span(from: number, to: number, grounds: Ground[]): Span | undefined {
  if (grounds.length === 0 || to < from) return undefined;
  // "van Marokkaanse afkomst": the adjective names the origin, not a passport.
  return { from, to, grounds: grounds.includes('origin') ? grounds.filter((g) => g !== 'nationality') : grounds };
}
