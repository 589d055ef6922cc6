// `ronde eisen`: the other requirements companies wrote in free text, held for the school's review.
// One card per requirement waiting, to approve or to refuse with a reason (the company hears either
// through the outbox), and a list of approved ones to check by hand after the match: never matched on.
import { z } from 'zod/v4';
import type { Form } from '../form.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Reply } from '../turn.js';
import { userText } from '../user-text.js';
import { coordinatorOnly } from './round-dialog.js';

const MAX_CARDS = 10;
const text = (t: string): Reply => ({ kind: 'text', text: t });

export const showOtherRequirements: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).coordinator.otherRequirements;
  const items = await services.otherRequirements.list();
  if (items.length === 0) return [text(x.none)];
  const pending = items.filter((i) => i.review === 'pending').slice(0, MAX_CARDS);
  const approved = items.filter((i) => i.review === 'approved');
  const cards: Reply[] = pending.map((item) => ({ kind: 'form', form: reviewForm(item.offerId, userText(item.companyName), userText(item.roundName), userText(item.text), x) }));
  const list: Reply[] = approved.length ? [{ kind: 'summary', title: x.approvedTitle, facts: approved.map((i) => ({ label: `${userText(i.companyName)} (${userText(i.roundName)})`, value: userText(i.text) })) }] : [];
  return [...cards, ...list];
});

function reviewForm(offerId: string, company: string, round: string, requirement: string, x: ReturnType<typeof textsFor>['coordinator']['otherRequirements'], state: Pick<Form, 'errors'> & { reason?: string } = {}): Form {
  return {
    id: 'requirement.review', title: x.title(company, round), intro: x.intro(requirement), errors: state.errors,
    fields: [{ kind: 'text', id: 'reason', label: x.reason, maxLength: 300, multiline: true, value: state.reason }],
    actions: [
      { verb: 'requirement.approve', label: x.approve, data: { offerId } },
      { verb: 'requirement.refuse', label: x.refuse, data: { offerId }, style: 'secondary' },
    ],
  };
}

const ReviewSubmit = z.object({ offerId: z.string().trim().min(1).max(200), reason: z.string().max(1000).optional().default('') });

export const reviewOtherRequirement: Handler = coordinatorOnly(async (turn, services) => {
  if (turn.input.kind !== 'submit') return [];
  const x = textsFor(turn.language).coordinator.otherRequirements;
  const parsed = ReviewSubmit.safeParse(turn.input.values);
  if (!parsed.success) return [text(x.refusals['unknown-offer'])];
  const decision = turn.input.verb === 'requirement.refuse' ? 'refused' : 'approved';
  const result = await services.otherRequirements.review(parsed.data.offerId, decision, parsed.data.reason, turn.person.userId);
  if (result.ok) return [text(decision === 'approved' ? x.approved(userText(result.companyName)) : x.refused(userText(result.companyName)))];
  if (result.refusal !== 'no-reason') return [text(x.refusals[result.refusal])];
  // The card again with what was typed and the error next to the reason: nothing is lost.
  const item = (await services.otherRequirements.list()).find((i) => i.offerId === parsed.data.offerId);
  if (!item) return [text(x.refusals[result.refusal])];
  return [{ kind: 'form', form: reviewForm(item.offerId, userText(item.companyName), userText(item.roundName), userText(item.text), x, { errors: { reason: x.refusals['no-reason'] }, reason: parsed.data.reason }) }];
});
