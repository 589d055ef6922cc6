import type { Verb } from '../verbs.js';
import type { RetentionPolicy } from '../../bot/retention/retention-policy.js';
import { workProcessesOf, workProcessTitle } from '../../bot/catalogue/index.js';
import type { IntakeView } from '../../bot/intake/intake-service.js';
import { OrganisationSize, TransportMode, Weekday } from '../../bot/domain/common.js';
import { STUDENT_LIMITS } from '../../bot/domain/student.js';
import type { Form, FormAction } from '../form.js';
import type { Texts } from '../texts/index.js';
import type { Language } from '../turn.js';
import { userText } from '../user-text.js';
import { contactText } from '../school-contact-text.js';

export const TRAVEL_MINUTES = [15, 20, 30, 45, 60, 75, 90] as const;

/** What the previous submit left behind: field errors, coach feedback, and what was typed (never lost). */
export interface FormState {
  errors?: Record<string, string>;
  notice?: Form['notice'];
  typed?: Record<string, unknown>;
}

export interface FormContext {
  view: IntakeView;
  /** How long Koppel keeps what: the privacy step promises exactly what the retention pass does. */
  retention: RetentionPolicy;
  t: Texts;
  language: Language;
  municipalities: string[];
  postcodeElsewhere?: (postcodeArea: string, municipality: string) => string | undefined;
  /** Work-process codes that fit the student's wish, best first. */
  suggested: string[];
}

const save = (verb: Verb, label: string): FormAction => ({ verb, label });

export function privacyForm({ t, retention, view, language }: FormContext): Form {
  const x = t.intake.privacy;
  const intro = [x.intro, x.howLong({ intake: Math.max(retention.intake, retention.contact), support: retention.support }), x.rights, contactText(view.contact, language)].filter(Boolean).join('\n\n');
  return { id: 'intake.privacy', title: x.title, intro, fields: [], actions: [save('intake.start', x.start), { verb: 'intake.own-place', label: x.ownPlace, style: 'secondary' }] };
}

export function ownPlaceForm({ t, view }: FormContext, state: FormState = {}): Form {
  const x = t.intake.ownPlace;
  const own = view.student.ownPlacement;
  return {
    id: 'intake.own-place', title: x.title, intro: x.intro, notice: state.notice, errors: state.errors,
    fields: [
      { kind: 'text', id: 'companyName', label: x.company, maxLength: 120, value: typedText(state, 'companyName') ?? own?.companyName, required: { message: t.intake.required } },
      { kind: 'text', id: 'place', label: x.place, maxLength: 80, value: typedText(state, 'place') ?? own?.place, required: { message: t.intake.required } },
    ],
    actions: [save('intake.save.own-place', x.save), { verb: 'intake.show', label: x.back, style: 'secondary' }],
  };
}

export function ownPlaceUndoForm({ t, view }: FormContext): Form {
  const x = t.intake.ownPlace;
  const own = view.student.ownPlacement!;
  return { id: 'intake.own-place.undo', title: x.undoTitle, intro: x.undoIntro(userText(own.companyName), userText(own.place)), fields: [], actions: [{ verb: 'intake.own-place.undo', label: x.undo, style: 'secondary' }] };
}

export function wishForm({ t, view }: FormContext, state: FormState = {}): Form {
  const x = t.intake.wish;
  return {
    id: 'intake.wish', title: x.title, intro: x.intro, notice: state.notice, errors: state.errors,
    fields: [{
      kind: 'text', id: 'text', label: x.label, placeholder: x.placeholder, multiline: true, maxLength: 600,
      value: typedText(state, 'text') ?? view.student.learningWish?.text, required: { message: x.required },
    }],
    actions: [save('intake.save.wish', x.save)],
  };
}

export function workProcessForm({ t, view, language, suggested }: FormContext, state: FormState = {}): Form {
  const x = t.intake.workProcesses;
  const all = workProcessesOf(view.programme);
  const ordered = [...suggested.map((code) => all.find((w) => w.code === code)!).filter(Boolean), ...all.filter((w) => !suggested.includes(w.code))];
  return {
    id: 'intake.work-processes', title: x.title, intro: x.intro, notice: state.notice, errors: state.errors,
    fields: [{
      kind: 'multi-choice', id: 'codes', label: x.label, maxSelected: 5, required: { message: x.required },
      value: typedList(state, 'codes') ?? view.student.learningWish?.workProcesses,
      choices: ordered.map((w) => ({ value: w.code, label: `${suggested.includes(w.code) ? '★ ' : ''}${w.code} ${language === 'en' && w.titleEn ? w.titleEn : w.title}` })),
    }],
    actions: [save('intake.save.work-processes', x.save)],
  };
}

export function organisationForm({ t, view, language }: FormContext, state: FormState = {}): Form {
  const x = t.intake.organisation;
  const wish = view.student.learningWish;
  const fields: Form['fields'] = [{
    kind: 'multi-choice', id: 'organisationTypes', label: x.types, maxSelected: 3, value: typedList(state, 'organisationTypes') ?? wish?.organisationTypes,
    choices: view.programme.organisationTypes.map((o) => ({ value: o.code, label: language === 'en' ? o.labelEn : o.label })),
  }];
  fields.push({
    kind: 'multi-choice', id: 'organisationSizes', label: x.sizes, value: typedList(state, 'organisationSizes') ?? wish?.organisationSizes,
    choices: OrganisationSize.options.map((size) => ({ value: size, label: t.company.offer.sizeLabels[size] })),
  });
  if (view.programme.electives.length > 0) {
    fields.push({ kind: 'multi-choice', id: 'electives', label: x.electives, value: typedList(state, 'electives') ?? wish?.electives, choices: view.programme.electives.map((e) => ({ value: e.code, label: e.title })) });
  }
  return { id: 'intake.organisation', title: x.title, intro: x.intro, notice: state.notice, errors: state.errors, fields, actions: [save('intake.save.organisation', x.save)] };
}

export function travelForm({ t, view, municipalities }: FormContext, state: FormState = {}): Form {
  const x = t.intake.travel;
  const travel = view.student.travel;
  const places = municipalities.map((m) => ({ value: m, label: m }));
  const minutes = typedText(state, 'maxMinutes') ?? (travel ? String(travel.maxMinutes) : undefined);
  return {
    id: 'intake.travel', title: x.title, intro: x.intro, notice: state.notice, errors: state.errors,
    fields: [
      { kind: 'choice', id: 'municipality', label: x.municipality, style: 'filtered', choicesFrom: 'municipalities', value: typedText(state, 'municipality') ?? travel?.municipality, choices: places },
      { kind: 'text', id: 'postcodeArea', label: x.postcode, placeholder: x.postcodePlaceholder, maxLength: 4, value: typedText(state, 'postcodeArea') ?? travel?.postcodeArea },
      { kind: 'multi-choice', id: 'modes', label: x.modes, required: { message: x.modesRequired }, value: typedList(state, 'modes') ?? travel?.modes, choices: TransportMode.options.map((m) => ({ value: m, label: x.modeLabels[m] })) },
      { kind: 'choice', id: 'maxMinutes', label: x.maxMinutes, required: { message: x.maxMinutesRequired }, value: minutes, choices: TRAVEL_MINUTES.map((m) => ({ value: String(m), label: x.minutes(m) })) },
      { kind: 'multi-choice', id: 'reachableMunicipalities', label: x.extra, style: 'filtered', choicesFrom: 'municipalities', maxSelected: STUDENT_LIMITS.reachableMunicipalities, value: typedList(state, 'reachableMunicipalities') ?? travel?.reachableMunicipalities, choices: places },
    ],
    actions: [save('intake.save.travel', x.save)],
  };
}

export function daysForm({ t, view }: FormContext, state: FormState = {}): Form {
  const x = t.intake.days;
  const a = view.student.availability;
  return {
    id: 'intake.days', title: x.title, intro: x.intro, notice: state.notice, errors: state.errors,
    fields: [
      { kind: 'multi-choice', id: 'days', label: x.days, required: { message: x.required }, value: typedList(state, 'days') ?? a?.days, choices: Weekday.options.map((d) => ({ value: d, label: x.dayLabels[d] })) },
      { kind: 'toggle', id: 'early', label: x.early, value: a?.early },
      { kind: 'toggle', id: 'evening', label: x.evening, value: a?.evening },
      { kind: 'toggle', id: 'weekend', label: x.weekend, value: a?.weekend },
    ],
    actions: [save('intake.save.days', x.save)],
  };
}

export function supportForm({ t, view }: FormContext, state: FormState = {}): Form {
  const x = t.intake.support;
  const s = view.student.supportNeed;
  return {
    id: 'intake.support', title: x.title, intro: x.intro, notice: state.notice, errors: state.errors,
    fields: [
      { kind: 'toggle', id: 'wanted', label: x.wanted, value: s?.wanted },
      { kind: 'text', id: 'details', label: x.details, multiline: true, maxLength: 600, value: typedText(state, 'details') ?? s?.details },
      { kind: 'toggle', id: 'shareWithCompany', label: x.share, value: s?.shareWithCompany ?? false },
    ],
    actions: [save('intake.save.support', x.save)],
  };
}

function typedText(state: FormState, id: string): string | undefined {
  const v = state.typed?.[id];
  return typeof v === 'string' ? v : undefined;
}

function typedList(state: FormState, id: string): string[] | undefined {
  const v = state.typed?.[id];
  if (Array.isArray(v)) return v.map(String);
  return typeof v === 'string' ? v.split(',').filter(Boolean) : undefined;
}

/** Offers described only by what you do and learn, where, and how far: never a name, photo or staff. */
export function rankingForm({ t, view, language }: FormContext, state: FormState = {}): Form {
  const x = t.intake.ranking;
  const letter = (i: number) => String.fromCharCode(65 + i);
  const typeLabel = (code: string) => {
    const type = view.programme.organisationTypes.find((o) => o.code === code);
    return type ? (language === 'en' ? type.labelEn : type.label) : code;
  };
  const choices = view.rankable.map((o, i) => ({ value: o.id, label: x.option(letter(i), typeLabel(o.organisationType), userText(o.municipality), o.minutes) }));
  const chosen = typedList(state, 'ranking') ?? view.student.ranking;
  return {
    id: 'intake.ranking', title: x.title, intro: view.rankable.length ? x.intro : x.none, notice: state.notice, errors: state.errors,
    sections: view.rankable.map((o, i) => ({
      title: x.place(letter(i)),
      facts: [
        { label: x.work, value: o.workProcesses.map((ref) => workProcessTitle({ programmes: [view.programme] }, ref, language)).join('; ') },
        { label: x.learn, value: userText(o.learnText) },
        { label: x.where, value: `${typeLabel(o.organisationType)}, ${userText(o.municipality)}${o.minutes === undefined ? '' : ` (± ${o.minutes} min)`}` },
        // So a student does not rank a place whose days or shifts they cannot do.
        { label: x.days, value: x.daysValue(o.days.map((d) => t.intake.days.dayLabels[d]).join(', '), o.minDays, o.days.length) },
        ...(o.shiftsNeeded.length ? [{ label: x.shifts, value: o.shiftsNeeded.map((s) => t.company.offer.shiftLabels[s]).join(', ') }] : []),
        { label: x.allowance, value: x.allowanceValue(o.allowancePerMonth) },
      ],
    })),
    fields: view.rankable.length ? x.choices.map((label, i) => ({ kind: 'choice' as const, id: `rank${i + 1}`, label, value: typedText(state, `rank${i + 1}`) ?? chosen[i], choices })) : [],
    actions: [save('intake.save.ranking', x.save)],
  };
}
