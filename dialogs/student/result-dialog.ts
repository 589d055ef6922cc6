import { formatMoment } from '../format-moment.js';
import { liveResultReply } from './result-content.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';

/**
 * `uitslag` / `result`: before the release moment nobody learns anything, and everybody hears
 * the same answer, so asking early gives no one an advantage.
 */
export const showResult: Handler = async (turn, services) => {
  const t = textsFor(turn.language).intake;
  const role = await services.roleOf(turn.person);
  const view = role.kind === 'student' ? await services.intake.view(role.studentId) : undefined;
  if (!view) return [{ kind: 'text', text: t.resultNoRound }];
  if (!view.resultsVisible) return [{ kind: 'text', text: t.resultNotYet(formatMoment(view.round.releaseAt, turn.language)) }];
  const result = await services.studentResult(view.student.id);
  return result ? [liveResultReply(view.student.id, result, turn.language)] : [{ kind: 'text', text: t.resultNoRound }];
};
