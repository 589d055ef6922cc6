import { formatMoment } from '../format-moment.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import { userText } from '../user-text.js';
import { coordinatorOnly } from './round-dialog.js';

/** At most this many lines: the next deletions matter, a school's whole history does not fit a card. */
const MAX_LINES = 40;

/** `verwijderingen` / `upcoming deletions`: what the retention pass erases next, per round and kind, and when. */
export const showDeletions: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).privacy.deletions;
  const upcoming = await services.retention.upcoming();
  if (upcoming.length === 0) return [{ kind: 'text', text: x.none }];
  return [{
    kind: 'summary',
    title: x.title,
    intro: x.intro,
    facts: upcoming.slice(0, MAX_LINES).map((d) => ({
      label: d.kind === 'reports' ? x.reports(d.count ?? 0) : `${userText(d.roundName ?? d.companyName ?? '')}: ${x.kinds[d.kind]}`,
      value: formatMoment(d.at, turn.language),
    })),
  }];
});
