import type { RoundStatus } from '../../bot/domain/round.js';
import type { RunRefusal } from '../../bot/matching-runs/run-service.js';
import type { Handler } from '../router.js';
import { textOf, textsFor, type Texts } from '../texts/index.js';
import type { Reply } from '../turn.js';
import { chooseRound } from './choose-round.js';
import { figuresFile, resultFile } from './export-csv.js';
import { coordinatorOnly } from './round-dialog.js';
import { userText } from '../user-text.js';

const text = (t: string): Reply => ({ kind: 'text', text: t });

/** Rounds with a match to export: from the first run on, also after the release. */
const EXPORTABLE: RoundStatus[] = ['matched', 'approved', 'scheduled', 'released', 'follow-up'];

/**
 * `ronde export`: the latest run of a round as two CSV files, the matching per student number and
 * the figures per programme. How a file reaches the coordinator is the platform's business.
 */
export const exportRound: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const x = t.exportReminders.export;
  const found = await chooseRound(turn, services, 'round.export', EXPORTABLE, x.chooseRound);
  if ('replies' in found) return found.replies;
  const { round } = found;
  const exported = await services.runs.exportRun(round.id, turn.person.userId);
  if (!exported.ok) return [text(refusalText(exported.refusal, t))];
  const result = resultFile(round.id, exported.exported, { programmes: services.programmes() }, turn.language);
  const figures = figuresFile(round.id, exported.exported, turn.language);
  return [
    text(x.ready(userText(round.name))),
    { kind: 'file', name: result.name, mediaType: 'text/csv', content: result.csv, description: x.resultDescription(userText(round.name)) },
    { kind: 'file', name: figures.name, mediaType: 'text/csv', content: figures.csv, description: x.figuresDescription(userText(round.name)) },
  ];
});

function refusalText(refusal: RunRefusal, t: Texts): string {
  if (refusal.code === 'transition' && refusal.refusal === 'needs-match-run') return t.exportReminders.export.noRun;
  return textOf(t.coordinator.refusals, refusal.code) ?? t.coordinator.refusals['not-allowed'];
}
