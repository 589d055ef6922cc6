import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Reply } from '../turn.js';
import { userText } from '../user-text.js';
import { chooseRound } from './choose-round.js';
import { coordinatorOnly } from './round-dialog.js';

// `ronde cijfers`: a round's figures in the chat, as a chart where the client draws one. The round's
// totals are charted; per programme the figures follow the "< 5" rule, so they are facts only.

export const showFigures: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const d = t.web.dashboard;
  const found = await chooseRound(turn, services, 'round.figures', ['open', 'closed', 'matched', 'approved', 'scheduled', 'released', 'follow-up'], t.coordinator.matching.chooseRound);
  if ('replies' in found) return found.replies;
  const figures = await services.figures.round(found.round.id);
  if (!figures) return [{ kind: 'text', text: t.coordinator.refusals['unknown-round'] }];
  const { totals } = figures;
  const chart: Reply = {
    kind: 'chart', title: `${d.title}: ${userText(found.round.name)}`,
    labels: [d.placed, d.ownPlace, d.waiting, d.notConfirmed],
    series: [{ label: d.students, values: [totals.placed, totals.ownPlace, totals.waiting, totals.imported - totals.confirmed - totals.ownPlace] }],
    facts: [
      { label: d.imported, value: String(totals.imported) },
      { label: d.placed, value: String(totals.placed) }, { label: d.ownPlace, value: String(totals.ownPlace) }, { label: d.waiting, value: String(totals.waiting) },
      ...figures.programmes.map((p) => ({ label: `${d.programme} ${p.programmeCode}`, value: `${d.placed} ${p.placed} · ${d.waiting} ${p.waiting}` })),
      { label: d.struggled, value: `${Math.round(figures.indicators.struggledShare * 100)}%` },
    ],
  };
  return [chart, { kind: 'text', text: d.more }];
});
