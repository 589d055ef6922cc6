import type { SetScore } from '../../bot/screening/evaluation/score.js';

/** The closing line other tools read: `bench:screen wish_false_refusals=N requirement_missed=N total=N`. */
export function summaryLine(scores: readonly SetScore[]): string {
  const of = (kind: SetScore['kind']) => scores.find((s) => s.kind === kind);
  const wishFalseRefusals = of('wish')?.falseRefusals.length ?? 0;
  const requirementMissed = of('requirement')?.missed.length ?? 0;
  const total = scores.reduce((n, s) => n + s.texts, 0);
  return `bench:screen wish_false_refusals=${wishFalseRefusals} requirement_missed=${requirementMissed} total=${total}`;
}
