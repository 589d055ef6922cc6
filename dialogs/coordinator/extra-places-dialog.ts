import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Reply } from '../turn.js';
import { userText } from '../user-text.js';
import { chooseRound } from './choose-round.js';
import { coordinatorOnly } from './round-dialog.js';

// `ronde plekken`: after a match, a short list a coordinator can phone: where one or three extra
// places would place the most of the students still without one, as the core finds by re-solving.

const text = (t: string): Reply => ({ kind: 'text', text: t });
const MATCHED = ['matched', 'approved', 'scheduled', 'released', 'follow-up'] as const;
const SHOWN = 5;

export const showExtraPlaces: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const x = t.coordinator.extraPlaces;
  const found = await chooseRound(turn, services, 'round.places', [...MATCHED], t.coordinator.matching.chooseRound);
  if ('replies' in found) return found.replies;
  if (!(MATCHED as readonly string[]).includes(found.round.status)) return [text(x.notMatched)];
  const advice = await services.extraPlaces(found.round.id);
  if (advice.length === 0) return [text(x.none)];
  const companies = await services.companies.list();
  return [{ kind: 'summary', title: x.title(userText(found.round.name)), intro: x.intro, facts: advice.slice(0, SHOWN).map((a) => {
    const company = companies.find((c) => c.id === a.companyId);
    return {
      label: `${userText(company?.name ?? a.companyId)}, ${userText(a.municipality)}`,
      value: x.line(a.withOne, a.withThree, a.reachable, a.workProcesses.join(', ')),
    };
  }) }];
});
