// The intake's yes/no questions about what a student has or is, asked only for the requirements an
// offer of their round needs. An age is asked as "on the start date, 16 or older?": never a date of birth.
import type { AskedRequirement } from '../../bot/domain/requirement-kinds.js';
import type { Form } from '../form.js';
import { formatDate } from '../meldpunt/format-date.js';
import type { FormContext, FormState } from './intake-forms.js';

type Section = NonNullable<Form['sections']>[number];

export function requirementQuestion({ t, view, language }: Pick<FormContext, 't' | 'view' | 'language'>, requirement: AskedRequirement): string {
  const question = t.intake.requirements.questions[requirement];
  return typeof question === 'function' ? question(formatDate(view.round.internshipStart, language)) : question;
}

export function requirementsForm(context: FormContext, state: FormState = {}): Form {
  const { t, view, language } = context;
  const x = t.intake.requirements;
  const answer = (r: AskedRequirement): string | undefined => {
    const typed = state.typed?.[r];
    if (typeof typed === 'string') return typed;
    if (!view.student.requirementsAnswered.includes(r)) return undefined;
    return view.student.requirementsMet.includes(r) ? 'yes' : 'no';
  };
  return {
    id: 'intake.requirements', title: x.title, intro: x.intro(formatDate(view.round.internshipStart, language)), notice: state.notice, errors: state.errors,
    fields: view.requirementsAsked.map((r) => ({
      kind: 'choice' as const, id: r, label: requirementQuestion(context, r), style: 'expanded' as const, value: answer(r),
      required: { message: x.required }, choices: [{ value: 'yes', label: x.yes }, { value: 'no', label: x.no }],
    })),
    actions: [{ verb: 'intake.save.requirements', label: x.save }],
  };
}

/** The summary's lines: each question asked, with the answer or that it still waits for one. */
export function requirementFacts(context: FormContext): Section['facts'] {
  const { t, view } = context;
  const s = t.intake.summary;
  return view.requirementsAsked.map((r) => ({
    label: requirementQuestion(context, r),
    value: !view.student.requirementsAnswered.includes(r) ? t.intake.requirements.notAnswered : view.student.requirementsMet.includes(r) ? s.yes : s.no,
  }));
}
