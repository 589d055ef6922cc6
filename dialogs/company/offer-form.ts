import { offerWorkProcessRefs, workProcessesOf, workProcessRef } from '../../bot/catalogue/index.js';
import { OrganisationSize, Requirement, Shift, Weekday } from '../../bot/domain/common.js';
import type { Offer } from '../../bot/domain/offer.js';
import type { OfferView } from '../../bot/offers/offer-service.js';
import type { Form } from '../form.js';
import type { Texts } from '../texts/index.js';
import type { Language } from '../turn.js';
import { userText } from '../user-text.js';
import { contactText } from '../school-contact-text.js';

export interface OfferFormState {
  errors?: Record<string, string>;
  notice?: Form['notice'];
  typed?: Record<string, unknown>;
  /** How long the company's contact details are kept (RETENTION_MONTHS companies): the card promises what the retention pass does. */
  keptMonths?: number;
}

/** One card with everything, pre-filled with this round's answers, else last round's, else sensible defaults. */
export function offerForm(view: OfferView, t: Texts, language: Language, deadline: string, state: OfferFormState = {}): Form {
  const x = t.company.offer;
  const base: Partial<Offer> = view.offer ?? view.previous ?? {};
  const text = (id: string, fallback?: string) => (typeof state.typed?.[id] === 'string' ? (state.typed[id] as string) : fallback);
  const list = (id: string, fallback?: string[]) => (typeof state.typed?.[id] === 'string' ? (state.typed[id] as string).split(',').filter(Boolean) : fallback);
  const number = (id: string, fallback?: number) => (state.typed?.[id] !== undefined && state.typed[id] !== '' ? Number(state.typed[id]) : fallback);
  const toggle = (id: string, fallback?: boolean) => (state.typed?.[id] !== undefined ? state.typed[id] === 'true' || state.typed[id] === true : fallback);
  const programmes = view.programmes;
  // Values carry the qualification: two programmes can both have a B1-K1-W1 that means different work.
  const workProcesses = programmes.flatMap((p) => workProcessesOf(p).map((w) => ({ value: workProcessRef(p.code, w.code), label: `${w.code} ${language === 'en' && w.titleEn ? w.titleEn : w.title}${programmes.length > 1 ? ` (${p.name})` : ''}` })));
  const electives = [...new Map(programmes.flatMap((p) => p.electives).map((e) => [e.code, { value: e.code, label: `${e.code} ${language === 'en' && e.titleEn ? e.titleEn : e.title}` }])).values()];
  const organisationTypes = [...new Map(programmes.flatMap((p) => p.organisationTypes).map((o) => [o.code, { value: o.code, label: language === 'en' ? o.labelEn : o.label }])).values()];
  const required = { message: x.required };
  const intro = [x.intro(deadline), !view.offer && view.previous ? x.prefilled : '', contactText(view.contact, language) ?? '', state.keptMonths === undefined ? '' : x.kept(state.keptMonths)].filter(Boolean).join('\n\n');
  return {
    id: 'offer.edit', title: x.title(userText(view.round.name)), intro, notice: state.notice, errors: state.errors,
    fields: [
      { kind: 'number', id: 'places', label: x.places, min: 0, max: 50, value: number('places', base.places ?? 1), required },
      { kind: 'number', id: 'supervisionCapacity', label: x.supervision, help: x.supervisionHelp, min: 0, max: 50, value: number('supervisionCapacity', base.supervisionCapacity ?? 1), required },
      { kind: 'multi-choice', id: 'days', label: x.days, required, value: list('days', base.days ?? ['mon', 'tue', 'wed', 'thu']), choices: Weekday.options.map((d) => ({ value: d, label: t.intake.days.dayLabels[d] })) },
      { kind: 'number', id: 'minDays', label: x.minDays, help: x.minDaysHelp, min: 1, max: 7, value: number('minDays', base.minDays ?? 1), required },
      { kind: 'multi-choice', id: 'shiftsNeeded', label: x.shiftsNeeded, help: x.shiftsNeededHelp, value: list('shiftsNeeded', base.shiftsNeeded), choices: Shift.options.map((s) => ({ value: s, label: x.shiftLabels[s] })) },
      { kind: 'date', id: 'periodFrom', label: x.periodFrom, value: text('periodFrom', base.period?.from) },
      { kind: 'date', id: 'periodTo', label: x.periodTo, value: text('periodTo', base.period?.to) },
      { kind: 'multi-choice', id: 'programmeCodes', label: x.programmes, required, value: list('programmeCodes', base.programmeCodes ?? (programmes.length === 1 ? [programmes[0].code] : undefined)), choices: programmes.map((p) => ({ value: p.code, label: language === 'en' ? p.nameEn : p.name })) },
      { kind: 'multi-choice', id: 'workProcesses', label: x.workProcesses, required, value: list('workProcesses', base.workProcesses && offerWorkProcessRefs({ workProcesses: base.workProcesses, programmeCodes: base.programmeCodes })), choices: workProcesses },
      { kind: 'choice', id: 'organisationType', label: x.organisationType, required, value: text('organisationType', base.organisationType), choices: organisationTypes },
      { kind: 'choice', id: 'organisationSize', label: x.organisationSize, value: text('organisationSize', base.organisationSize), choices: OrganisationSize.options.map((size) => ({ value: size, label: x.sizeLabels[size] })) },
      // Only when the catalogue lists electives for the round's programmes (an empty choice helps nobody);
      // last round's electives of programmes this round does not have are not carried over.
      ...(electives.length > 0 ? [{ kind: 'multi-choice' as const, id: 'electives', label: x.electives, help: x.electivesHelp, value: list('electives', base.electives?.filter((code) => electives.some((e) => e.value === code))), choices: electives }] : []),
      { kind: 'text', id: 'learnText', label: x.learnText, placeholder: x.learnPlaceholder, multiline: true, maxLength: 600, required, value: text('learnText', base.learnText) },
      { kind: 'toggle', id: 'extraSupport', label: x.extraSupport, value: toggle('extraSupport', base.extraSupport?.available) },
      { kind: 'text', id: 'extraSupportKind', label: x.extraSupportKind, maxLength: 300, value: text('extraSupportKind', base.extraSupport?.kind) },
      { kind: 'choice', id: 'locationId', label: x.location, required, value: text('locationId', base.locationId ?? view.company.locations[0]?.id), choices: view.company.locations.map((l) => ({ value: l.id, label: `${userText(l.label)}, ${userText(l.municipality)}` })) },
      { kind: 'number', id: 'allowancePerMonth', label: x.allowance, help: x.allowanceHelp, min: 0, max: 5000, value: number('allowancePerMonth', base.allowancePerMonth) },
      { kind: 'multi-choice', id: 'requirements', label: x.requirements, help: x.requirementsHelp, value: list('requirements', base.requirements), choices: Requirement.options.map((r) => ({ value: r, label: x.requirementLabels[r] })) },
      { kind: 'text', id: 'otherRequirement', label: x.otherRequirement, maxLength: 300, value: text('otherRequirement', base.otherRequirement?.text) },
      { kind: 'toggle', id: 'placesStayFree', label: x.placesStayFree, value: toggle('placesStayFree', view.offer ? true : undefined) },
      { kind: 'toggle', id: 'introductionIsNoSelection', label: x.introductionIsNoSelection, value: toggle('introductionIsNoSelection', view.offer ? true : undefined) },
      { kind: 'toggle', id: 'noSubjectiveRefusal', label: x.noSubjectiveRefusal, value: toggle('noSubjectiveRefusal', view.offer ? true : undefined) },
      // An offer saved before this agreement existed is not ticked for the company: they agree to it themselves.
      { kind: 'toggle', id: 'actsOnDiscrimination', label: x.actsOnDiscrimination, value: toggle('actsOnDiscrimination', view.offer?.agreement.actsOnDiscrimination) },
    ],
    actions: [{ verb: 'offer.save', label: x.save, data: { roundId: view.round.id } }],
  };
}
