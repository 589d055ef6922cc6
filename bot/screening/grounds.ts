// The grounds a screen names when it refuses a phrase. One list for both screens, so a school reads
// the same words in a refused wish, a refused offer and the command line's JSON.
//
// The protected grounds follow the Dutch equal-treatment law (AWGB: religion, belief, political
// opinion, race/origin, sex, nationality, sexual orientation, civil status, disability or chronic
// illness, age) plus what objective matching forbids on top: appearance, mother tongue and "fit".
// `trait` is the wish screen's own: a self-description of character ("ik ben sociaal").
import { z } from 'zod/v4';

export const PROTECTED_GROUNDS = [
  'origin', 'nationality', 'religion', 'belief', 'political-opinion', 'gender', 'sexual-orientation', 'civil-status',
  'age', 'health', 'disability', 'appearance', 'mother-tongue', 'fit',
] as const;

export const Ground = z.enum([...PROTECTED_GROUNDS, 'trait']);
export type Ground = z.infer<typeof Ground>;
export type ProtectedGround = (typeof PROTECTED_GROUNDS)[number];

/** One refused phrase, as written, with every ground it touches. */
export interface Finding {
  readonly phrase: string;
  readonly grounds: readonly Ground[];
}

export const ScreenKind = z.enum(['wish', 'requirement']);
export type ScreenKind = z.infer<typeof ScreenKind>;

export interface ScreenVerdict {
  readonly verdict: 'allow' | 'refuse';
  /** Every ground of every finding, once each, in the order first found. */
  readonly grounds: readonly Ground[];
  readonly findings: readonly Finding[];
}

export function verdictOf(findings: readonly Finding[]): ScreenVerdict {
  const grounds = [...new Set(findings.flatMap((f) => f.grounds))];
  return { verdict: findings.length === 0 ? 'allow' : 'refuse', grounds, findings };
}
