import { z } from 'zod/v4';
import type { RemindGroup, RemindNowDone, RemindWho } from '../../bot/reminders/remind-now.js';
import type { Handler } from '../router.js';
import { textsFor, type Texts } from '../texts/index.js';
import type { Reply } from '../turn.js';
import { chooseRound } from './choose-round.js';
import { coordinatorOnly } from './round-dialog.js';
import { userText } from '../user-text.js';

const text = (t: string): Reply => ({ kind: 'text', text: t });
// Anything else than a known group (an old card, a hand-made submit) means the default: both.
const Who = z.enum(['both', 'students', 'companies']).catch('both');

/** `ronde herinner`: the open round, then whom to remind (students, companies or both). */
export const showRemind: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).exportReminders.remind;
  const found = await chooseRound(turn, services, 'round.remind.form', ['open'], x.chooseRound);
  if ('replies' in found) return found.replies;
  const { round } = found;
  if (round.status !== 'open') return [text(x.refusals['round-not-open'])];
  return [{ kind: 'form', form: {
    id: 'round.remind', title: x.title(userText(round.name)), intro: x.intro,
    fields: [{ kind: 'choice', id: 'who', label: x.who, value: 'both', style: 'expanded', choices: (['both', 'students', 'companies'] as const).map((value) => ({ value, label: x.whoChoices[value] })) }],
    actions: [{ verb: 'round.remind', label: x.send, data: { roundId: round.id } }],
  } }];
});

export const sendReminders: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const v = turn.input.kind === 'submit' ? turn.input.values : {};
  const roundId = typeof v.roundId === 'string' ? v.roundId : '';
  const who = Who.parse(v.who);
  const result = await services.remindNow(roundId, turn.person.userId, who);
  if (!result.ok) return [text(t.exportReminders.remind.refusals[result.refusal] ?? t.coordinator.refusals['not-allowed'])];
  return [text(countsText(result, who, t))];
});

/** "12 studenten en 3 bedrijven krijgen nu een herinnering; 2 nog niet bereikbaar (…); 1 vandaag al herinnerd." */
function countsText(result: RemindNowDone, who: RemindWho, t: Texts): string {
  const x = t.exportReminders.remind;
  const { students, companies, pastDeadline } = result;
  const asked = (group: RemindGroup) => (who === 'both' || who === group) && !pastDeadline.includes(group);
  const unreachable = students.unreachable + companies.unreachable;
  const already = students.alreadyRemindedToday + companies.alreadyRemindedToday;
  const parts = [
    x.reminded(asked('students') ? students.reminded : undefined, asked('companies') ? companies.reminded : undefined),
    ...(unreachable ? [x.unreachable(unreachable)] : []),
    ...(already ? [x.alreadyToday(already)] : []),
  ];
  return [`${parts.join('; ')}.`, ...pastDeadline.map((group) => x.pastDeadline[group])].join(' ');
}
