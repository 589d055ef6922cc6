// Closing a round before its deadlines cuts students and companies off: the coordinator first sees
// what is still open and who has not answered, and confirms with a second press.
import type { Round } from '../../bot/domain/round.js';
import { formatMoment } from '../format-moment.js';
import type { Form } from '../form.js';
import type { DialogServices } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language } from '../turn.js';
import { userText } from '../user-text.js';

/** The confirmation card, or undefined when both deadlines have passed (closing is then only on time). */
export async function closeEarlyForm(round: Round, services: DialogServices, language: Language): Promise<Form | undefined> {
  const now = services.now().getTime();
  const wishesOpen = now < new Date(round.wishesDeadline).getTime();
  const offersOpen = now < new Date(round.offersDeadline).getTime();
  if (!wishesOpen && !offersOpen) return undefined;
  const x = textsFor(language).roundEdit.closeEarly;
  const supply = await services.roundSupply(round.id);
  const unconfirmed = supply.students.imported - supply.students.confirmed - supply.students.ownPlacement;
  const parts = [
    ...(wishesOpen ? [x.wishesUntil(formatMoment(round.wishesDeadline, language))] : []),
    ...(offersOpen ? [x.offersUntil(formatMoment(round.offersDeadline, language))] : []),
    ...(unconfirmed > 0 ? [x.unconfirmed(unconfirmed)] : []),
    ...(supply.unanswered.length > 0 ? [x.unanswered(supply.unanswered.length)] : []),
  ];
  return {
    id: 'round.close.confirm', title: x.title(userText(round.name)), intro: x.intro(parts), fields: [],
    actions: [{ verb: 'round.close', label: x.confirm, data: { roundId: round.id, confirmed: 'true' } }],
  };
}
