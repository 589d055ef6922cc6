import { CHECK_IN_QUESTIONS } from '../../bot/domain/check-in.js';
import type { CheckInGroup } from '../../bot/check-ins/check-in-figures.js';
import { chooseRound } from '../coordinator/choose-round.js';
import { coordinatorOnly } from '../coordinator/round-dialog.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply } from '../turn.js';
import { userText } from '../user-text.js';

// `ronde check-ins`: the check-ins of a round as anonymous figures per programme and moment. No
// student, no single answer: the answers themselves stay the students'.

export const showCheckInFigures: Handler = coordinatorOnly(async (turn, services) => {
  const c = textsFor(turn.language).checkIns;
  const found = await chooseRound(turn, services, 'round.check-ins', ['released', 'follow-up'], textsFor(turn.language).coordinator.matching.chooseRound);
  if ('replies' in found) return found.replies;
  const groups = await services.checkIns.figures(found.round.id);
  if (groups.length === 0) return [{ kind: 'text', text: c.figuresNone }];
  return [{ kind: 'summary', title: c.figuresTitle(userText(found.round.name)), intro: c.figuresIntro, facts: groups.map((g) => groupFact(g, turn.language)) }] satisfies Reply[];
});

function groupFact(group: CheckInGroup, language: Language) {
  const c = textsFor(language).checkIns;
  const lines = [c.figuresLine(group.asked, String(group.answered), String(group.conversationsAsked))];
  const answers = group.answers;
  if (answers) {
    for (const q of CHECK_IN_QUESTIONS) lines.push(c.figuresAnswer(c.questions[q], String(answers[q].yes), String(answers[q].partly), String(answers[q].no)));
  }
  return { label: c.figuresGroup(group.programmeCode, c.moments[group.moment]), value: lines.join('\n') };
}
