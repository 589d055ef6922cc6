import { describeWorkProcess } from '../../bot/catalogue/index.js';
import type { Form } from '../form.js';
import type { FormContext } from './intake-forms.js';
import { userText } from '../user-text.js';
import { withContact } from '../school-contact-text.js';
import { requirementFacts } from './requirement-questions.js';

type Section = NonNullable<Form['sections']>[number];

/** Everything the student entered, one section per part with its own edit button, then confirm. */
export function summaryForm(context: FormContext, notice?: Form['notice']): Form {
  const { t, view } = context;
  const x = t.intake.summary;
  const editable = view.editable;
  const section = (step: keyof typeof x.sections, facts: Section['facts']): Section => ({
    title: x.sections[step],
    facts,
    ...(editable ? { action: { verb: 'intake.edit', label: x.edit, data: { step } } } : {}),
  });
  const sections = [
    section('wish', [{ label: x.sections.wish, value: view.student.learningWish?.text ? userText(view.student.learningWish.text) : x.none }]),
    section('work-processes', workProcessFacts(context)),
    section('organisation', organisationFacts(context)),
    section('travel', travelFacts(context)),
    section('days', dayFacts(context)),
    ...(view.requirementsAsked.length > 0 ? [section('requirements', requirementFacts(context))] : []),
    section('support', [
      { label: t.intake.support.wanted, value: view.student.supportNeed?.wanted ? x.yes : x.no },
      ...(view.student.supportNeed?.details ? [{ label: t.intake.support.share, value: view.student.supportNeed.shareWithCompany ? x.yes : x.no }] : []),
    ]),
    ...(view.round.mechanism === 'ranked' ? [section('ranking', rankingFacts(context))] : []),
  ];
  const confirmed = view.student.intakeStatus === 'confirmed';
  return {
    id: 'intake.summary',
    title: x.title,
    intro: withContact(confirmed ? `✅ ${x.confirmed}` : x.intro, view.contact, context.language),
    notice,
    sections,
    fields: [],
    actions: editable ? [{ verb: 'intake.confirm', label: x.confirm }] : [],
  };
}

function workProcessFacts({ view, language, t }: FormContext): Section['facts'] {
  const codes = view.student.learningWish?.workProcesses ?? [];
  if (codes.length === 0) return [{ label: t.intake.summary.none, value: t.intake.summary.none }];
  return codes.map((code) => ({ label: code, value: (describeWorkProcess(view.programme, code, language) ?? code).replace(`${code} `, '') }));
}

function organisationFacts({ view, language, t }: FormContext): Section['facts'] {
  const wish = view.student.learningWish;
  const types = (wish?.organisationTypes ?? []).map((code) => {
    const type = view.programme.organisationTypes.find((o) => o.code === code);
    return type ? (language === 'en' ? type.labelEn : type.label) : code;
  });
  const electives = (wish?.electives ?? []).map((code) => view.programme.electives.find((e) => e.code === code)?.title ?? code);
  const facts = [{ label: t.intake.summary.sections.organisation, value: types.join(', ') || t.intake.summary.none }];
  const sizes = (wish?.organisationSizes ?? []).map((size) => t.company.offer.sizeLabels[size]);
  if (sizes.length) facts.push({ label: t.intake.organisation.sizes, value: sizes.join(', ') });
  if (electives.length) facts.push({ label: t.intake.organisation.electives, value: electives.join(', ') });
  return facts;
}

function travelFacts({ view, t }: FormContext): Section['facts'] {
  const travel = view.student.travel;
  const x = t.intake.travel;
  if (!travel) return [{ label: t.intake.summary.none, value: t.intake.summary.none }];
  const facts = [
    { label: x.municipality, value: [travel.municipality, travel.postcodeArea].filter(Boolean).join(' · ') },
    { label: x.modes, value: travel.modes.map((m) => x.modeLabels[m]).join(', ') },
    { label: x.maxMinutes, value: x.minutes(travel.maxMinutes) },
  ];
  if (travel.reachableMunicipalities.length) facts.push({ label: x.extra, value: travel.reachableMunicipalities.join(', ') });
  return facts;
}

function dayFacts({ view, t }: FormContext): Section['facts'] {
  const a = view.student.availability;
  const x = t.intake.days;
  if (!a) return [{ label: t.intake.summary.none, value: t.intake.summary.none }];
  const shifts = [a.early && x.early, a.evening && x.evening, a.weekend && x.weekend].filter((s): s is string => Boolean(s));
  return [
    { label: x.days, value: a.days.map((d) => x.dayLabels[d]).join(', ') },
    ...(shifts.length ? [{ label: t.intake.summary.shifts, value: shifts.join('; ') }] : []),
  ];
}

function rankingFacts({ view, t }: FormContext): Section['facts'] {
  const x = t.intake.ranking;
  const facts = view.student.ranking.map((id, i) => {
    const index = view.rankable.findIndex((o) => o.id === id);
    return { label: x.choices[i], value: index >= 0 ? x.place(String.fromCharCode(65 + index)) : id };
  });
  return facts.length ? facts : [{ label: t.intake.summary.none, value: t.intake.summary.none }];
}
