// A proposals round's card for the student: each proposed place by what they do and learn, where,
// how far and the allowance (never which company), a button per place, and the current choice.
// Decided on the server each time it is shown, from the student's own record: the same card comes
// with the proposals' message, the reminder and `voorstellen`.
import { z } from 'zod/v4';
import { workProcessTitle } from '../../bot/catalogue/index.js';
import type { ProposalView } from '../../bot/proposals/proposal-service.js';
import type { Form } from '../form.js';
import { formatMoment } from '../format-moment.js';
import type { DialogServices, Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply } from '../turn.js';
import { userText } from '../user-text.js';

const letter = (i: number) => String.fromCharCode(65 + i);

export function proposalsForm(view: ProposalView, language: Language, notice?: Form['notice']): Form {
  const x = textsFor(language).proposals.student;
  const deadline = formatMoment(view.deadline, language);
  const typeLabel = (code: string) => {
    const type = view.programme.organisationTypes.find((o) => o.code === code);
    return type ? (language === 'en' ? type.labelEn : type.label) : code;
  };
  const euros = (n: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(n);
  const intro = view.open ? x.intro(deadline) : view.chosen ? x.closed : x.closedNoChoice;
  return {
    id: 'proposals', title: x.title, intro, notice, fields: [], actions: [],
    sections: view.offers.map((o, i) => {
      const marks = [...(i === 0 ? [x.best] : []), ...(view.chosen === o.id ? [x.yourChoice] : [])];
      return {
        title: `${x.place(letter(i))}${marks.length ? ` (${marks.join(', ')})` : ''}`,
        facts: [
          { label: x.work, value: o.workProcesses.map((ref) => workProcessTitle({ programmes: [view.programme] }, ref, language)).join('; ') },
          { label: x.learn, value: userText(o.learnText) },
          { label: x.where, value: `${typeLabel(o.organisationType)}, ${userText(o.municipality)}` },
          { label: x.travel, value: o.minutes === undefined ? x.unknownTravel : x.minutes(o.minutes) },
          ...(o.allowancePerMonth ? [{ label: x.allowance, value: x.perMonth(euros(o.allowancePerMonth)) }] : []),
        ],
        // Only while the student may still choose; the offer id is all the button carries.
        ...(view.open ? { action: { verb: 'proposals.choose', label: x.choose(letter(i)), data: { roundId: view.round.id, offerId: o.id }, style: 'primary' as const } } : {}),
      };
    }),
  };
}

/**
 * The message at the proposals' release and the one reminder, worded when sent: a reminder finds a
 * student who chose since (or a deadline that passed) and stays silent.
 */
export async function proposalNotificationReplies(kind: 'proposals-released' | 'choice-reminder', studentId: string, roundName: string, language: Language, services: DialogServices): Promise<Reply[]> {
  const x = textsFor(language).proposals.student;
  const view = await services.proposals.view(studentId);
  if (!view) return [];
  const deadline = formatMoment(view.deadline, language);
  if (kind === 'choice-reminder' && (view.chosen !== undefined || !view.open)) return [];
  const words = kind === 'proposals-released' ? x.released(userText(roundName), deadline) : x.reminder(deadline);
  return [{ kind: 'text', text: words }, cardReply(view, language)];
}

/** `voorstellen` / `my proposals`: the card again, as it stands now. */
export const showProposals: Handler = async (turn, services) => {
  const x = textsFor(turn.language).proposals.student;
  const role = await services.roleOf(turn.person);
  const view = role.kind === 'student' ? await services.proposals.view(role.studentId) : undefined;
  return view ? [{ kind: 'form', form: proposalsForm(view, turn.language) }] : [{ kind: 'text', text: x.none }];
};

const ChoiceSubmit = z.object({ roundId: z.string().min(1).max(100), offerId: z.string().min(1).max(100) });

/** A press of **Kies plek A**: saved (or changed) until the deadline, then the card with a confirmation. */
export const chooseProposal: Handler = async (turn, services) => {
  const x = textsFor(turn.language).proposals.student;
  const role = await services.roleOf(turn.person);
  if (role.kind !== 'student') return [{ kind: 'text', text: x.none }];
  const parsed = ChoiceSubmit.safeParse(turn.input.kind === 'submit' ? turn.input.values : {});
  const current = await services.proposals.view(role.studentId);
  if (!parsed.success) return [{ kind: 'text', text: x.refusals.unreadable }, ...(current ? [cardReply(current, turn.language)] : [])];
  const result = await services.proposals.choose(role.studentId, parsed.data.offerId);
  if (!result.ok) {
    // The card as it stands, with why: nothing the student chose before is lost.
    return current ? [cardReply(current, turn.language, { tone: 'warning', text: x.refusals[result.refusal] })] : [{ kind: 'text', text: x.refusals[result.refusal] }];
  }
  const index = result.view.offers.findIndex((o) => o.id === result.view.chosen);
  const confirmation = x.chosen(letter(index), formatMoment(result.view.deadline, turn.language));
  return [{ kind: 'text', text: confirmation }, cardReply(result.view, turn.language)];
};

function cardReply(view: ProposalView, language: Language, notice?: Form['notice']): Reply {
  return { kind: 'form', form: proposalsForm(view, language, notice) };
}
