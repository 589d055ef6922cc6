import { figure, type Figure } from '../check-ins/check-in-figures.js';
import type { EvaluationSide } from '../domain/evaluation.js';
import { REPORT_PHASES } from '../domain/report.js';
import type { KoppelView } from '../koppel-data.js';

// The evaluations as anonymous figures per side, for the school's figures: counts only, every count
// from 1 to 4 shown as "< 5", and nothing at all for fewer than 5 answers.

export interface EvaluationFigures {
  side: EvaluationSide;
  asked: number;
  answered: Figure;
  /** Undefined when fewer than 5 answered. */
  detail?: {
    satisfaction: Record<'1' | '2' | '3' | '4' | '5', Figure>;
    selectionConversation: Figure;
    discrimination: Record<'no' | (typeof REPORT_PHASES)[number], Figure>;
    agreementsKept: Record<'yes' | 'partly' | 'no', Figure>;
    matchAgain: Record<'yes' | 'no', Figure>;
  };
}

export function evaluationFigures(view: Readonly<KoppelView>, roundId: string): EvaluationFigures[] {
  return (['student', 'company'] as const).map((side) => {
    const asked = Object.values(view.evaluations).filter((e) => e.roundId === roundId && e.side === side);
    const answers = asked.flatMap((e) => (e.answers ? [e.answers] : []));
    const count = (test: (a: (typeof answers)[number]) => boolean) => figure(answers.filter(test).length);
    const detail: EvaluationFigures['detail'] = answers.length < 5 ? undefined : {
      satisfaction: Object.fromEntries((['1', '2', '3', '4', '5'] as const).map((n) => [n, count((a) => String(a.satisfaction) === n)])) as Record<'1' | '2' | '3' | '4' | '5', Figure>,
      selectionConversation: count((a) => a.selectionConversation === 'yes'),
      discrimination: Object.fromEntries((['no', ...REPORT_PHASES] as const).map((p) => [p, count((a) => a.discrimination === p)])) as Record<'no' | (typeof REPORT_PHASES)[number], Figure>,
      agreementsKept: { yes: count((a) => a.agreementsKept === 'yes'), partly: count((a) => a.agreementsKept === 'partly'), no: count((a) => a.agreementsKept === 'no') },
      matchAgain: { yes: count((a) => a.matchAgain === 'yes'), no: count((a) => a.matchAgain === 'no') },
    };
    return { side, asked: asked.length, answered: figure(answers.length), ...(detail ? { detail } : {}) };
  });
}
