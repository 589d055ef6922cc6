import type { EvaluationFigures } from '../../bot/evaluations/evaluation-figures.js';
import { REPORT_PHASES } from '../../bot/domain/report.js';
import { chooseRound } from '../coordinator/choose-round.js';
import { coordinatorOnly } from '../coordinator/round-dialog.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language } from '../turn.js';
import { userText } from '../user-text.js';

// `ronde evaluaties`: the look backs of a round as anonymous figures per side.

export const showEvaluationFigures: Handler = coordinatorOnly(async (turn, services) => {
  const e = textsFor(turn.language).evaluations;
  const found = await chooseRound(turn, services, 'round.evaluations', ['follow-up', 'archived'], textsFor(turn.language).coordinator.matching.chooseRound);
  if ('replies' in found) return found.replies;
  const figures = await services.evaluations.figures(found.round.id);
  return [{ kind: 'summary', title: e.figuresTitle(userText(found.round.name)), intro: e.figuresIntro, facts: figures.map((f) => fact(f, turn.language)) }];
});

function fact(f: EvaluationFigures, language: Language) {
  const e = textsFor(language).evaluations;
  const d = f.detail;
  const lines = [e.figuresLine(f.asked, String(f.answered))];
  if (d) {
    const satisfaction = Object.entries(d.satisfaction).map(([n, c]) => `${n}: ${c}`).join(', ');
    const discrimination = ['no' as const, ...REPORT_PHASES].map((p) => `${p === 'no' ? e.discriminationNo : e.phases[p]}: ${d.discrimination[p]}`).join(', ');
    const agreements = (['yes', 'partly', 'no'] as const).map((a) => `${e.agreements[a]}: ${d.agreementsKept[a]}`).join(', ');
    const again = f.side === 'company' ? `${e.yes}: ${d.matchAgain.yes}, ${e.no}: ${d.matchAgain.no}` : '';
    lines.push(e.figuresDetail(satisfaction, String(d.selectionConversation), discrimination, agreements, again));
  }
  return { label: e.sides[f.side], value: lines.join('\n') };
}
