import type { OfferRefusal, OfferView } from '../../bot/offers/offer-service.js';
import type { ProtectedGroundFinding } from '../../bot/offers/offer-types.js';
import { formatMoment } from '../format-moment.js';
import type { DialogServices, Handler } from '../router.js';
import { textsFor, type Texts } from '../texts/index.js';
import type { Language, Reply, Turn } from '../turn.js';
import { offerForm } from './offer-form.js';
import { parseOfferSubmit } from './offer-submit.js';
import { offerSummary } from './offer-summary.js';
import { userText } from '../user-text.js';

const text = (t: string): Reply => ({ kind: 'text', text: t });

/** `aanbod` / `offer`: the offer card for the open round (or a choice of rounds when there are several). */
export const showOffer: Handler = async (turn, services) => {
  const t = textsFor(turn.language);
  const asked = turn.input.kind === 'submit' && typeof turn.input.values.roundId === 'string' ? turn.input.values.roundId : undefined;
  if ((await services.roleOf(turn.person)).kind !== 'company-contact') return [text(t.company.offer.notAContact)];
  // Without an open round the company's own earlier offers are still theirs to see (read-only).
  const open = await services.offers.openRounds(turn.person);
  const rounds = open.length > 0 ? open : await services.offers.offeredRounds(turn.person);
  const roundId = asked ?? (rounds.length === 1 ? rounds[0].id : undefined);
  if (!roundId) {
    if (rounds.length === 0) return [text(t.company.offer.noRounds)];
    return [{ kind: 'form', form: { id: 'offer.rounds', title: t.company.offer.chooseRound, fields: [], actions: rounds.map((r) => ({ verb: 'offer.show', label: userText(r.name), data: { roundId: r.id }, style: 'secondary' as const })) } }];
  }
  const result = await services.offers.view(turn.person, roundId);
  if (!result.ok) return refused(result.refusal, t, turn.language);
  return viewReplies(result.view, t, turn.language, services.retention.policy.companies);
};

export const saveOffer: Handler = async (turn, services) => {
  if (turn.input.kind !== 'submit') return [];
  const t = textsFor(turn.language);
  const values = turn.input.values;
  const roundId = typeof values.roundId === 'string' ? values.roundId : '';
  const current = await services.offers.view(turn.person, roundId);
  if (!current.ok) return refused(current.refusal, t, turn.language);
  if (!current.view.editable) return viewReplies(current.view, t, turn.language, services.retention.policy.companies);
  const parsed = parseOfferSubmit(values, t);
  if (!parsed.ok) return [formReply(current.view, t, turn.language, { errors: parsed.errors, typed: values, keptMonths: services.retention.policy.companies })];
  const saved = await services.offers.save(turn.person, roundId, parsed.draft);
  if (!saved.ok) return refusedWithForm(saved.refusal, current.view, t, turn.language, values, services.retention.policy.companies);
  const notes = [t.company.offer.saved, saved.view.offer?.otherRequirement?.review === 'pending' ? t.company.offer.otherPending : ''].filter(Boolean).join(' ');
  return [{ kind: 'form', form: offerSummary(saved.view, t, turn.language, notes) }];
};

/** `keptMonths`: how long the company's contact details are kept (RETENTION_MONTHS companies), promised on the card. */
function viewReplies(view: OfferView, t: Texts, language: Language, keptMonths: number): Reply[] {
  if (!view.editable) return [text(view.lockedBecause === 'round-closed' ? t.company.offer.closedEarly : t.company.offer.locked(formatMoment(view.round.offersDeadline, language))), { kind: 'form', form: offerSummary(view, t, language) }];
  return [formReply(view, t, language, { keptMonths })];
}

function formReply(view: OfferView, t: Texts, language: Language, state: Parameters<typeof offerForm>[4] = {}): Reply {
  return { kind: 'form', form: offerForm(view, t, language, formatMoment(view.round.offersDeadline, language), state) };
}

function refused(refusal: OfferRefusal, t: Texts, language: Language): Reply[] {
  switch (refusal.code) {
    case 'not-a-contact': return [text(t.company.offer.notAContact)];
    case 'locked': return [text(refusal.because === 'round-closed' ? t.company.offer.closedEarly : t.company.offer.locked(formatMoment(refusal.deadline, language)))];
    case 'unknown-round':
    case 'round-not-open': return [text(t.company.offer.noRounds)];
    default: return [text(t.company.offer.unknownChoice)];
  }
}

/** A refusal about what was entered shows the same card again, with everything typed kept. */
function refusedWithForm(refusal: OfferRefusal, view: OfferView, t: Texts, language: Language, typed: Record<string, unknown>, keptMonths: number): Reply[] {
  if (refusal.code === 'protected-ground') return [formReply(view, t, language, { typed, keptMonths, errors: protectedGroundErrors(refusal.findings, t) })];
  if (refusal.code === 'unknown-choice') return [formReply(view, t, language, { typed, keptMonths, errors: { [cardField(refusal.field)]: t.company.offer.unknownChoice } })];
  if (refusal.code === 'invalid') {
    const message = refusal.field === 'minDays' ? t.company.offer.minDaysTooMany : t.company.offer.required;
    return [formReply(view, t, language, { typed, keptMonths, errors: { [cardField(refusal.field)]: message } })];
  }
  return refused(refusal, t, language);
}

/** Every refused phrase next to its own field, all at once, each with the grounds it names. */
function protectedGroundErrors(findings: readonly ProtectedGroundFinding[], t: Texts): Record<string, string> {
  const byField = new Map<string, { phrase: string; grounds: string }[]>();
  for (const f of findings) {
    const field = cardField(f.field);
    byField.set(field, [...(byField.get(field) ?? []), { phrase: f.phrase, grounds: f.grounds.map((g) => t.grounds[g]).join(', ') }]);
  }
  return Object.fromEntries([...byField].map(([field, found]) => [field, t.company.offer.protectedGrounds(found)]));
}

/** The card's field id for a field name of the offer draft (e.g. `period.to` → `periodTo`). */
function cardField(field: string): string {
  const names: Record<string, string> = { 'period.to': 'periodTo', 'period.from': 'periodFrom', 'extraSupport.kind': 'extraSupportKind', otherRequirementText: 'otherRequirement' };
  return names[field] ?? field;
}

/** `code ABCD-EFGH`: a company contact links their chat account with the school's invitation code. */
export const redeemInvite: Handler = async (turn, services) => {
  const t = textsFor(turn.language).company.invite;
  const code = turn.input.kind === 'text' ? turn.input.text.trim().replace(/^code\s*/i, '') : '';
  const result = await services.companies.redeemInvite(turn.person, code);
  if (result.ok) return [text(t.linked(userText(result.companyName)))];
  return [text({ unknown: t.unknown, used: t.used, expired: t.expired, 'already-linked': t.alreadyLinked }[result.reason])];
};

export type { DialogServices, Turn };
