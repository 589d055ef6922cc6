import { CHECK_IN_ANSWERS, CHECK_IN_QUESTIONS, type CheckIn } from '../../bot/domain/check-in.js';
import type { Form } from '../form.js';
import { reportAction } from '../meldpunt/report-form.js';
import { textsFor } from '../texts/index.js';
import type { Language } from '../turn.js';

/** The check-in's questions with buttons, where to report, and whether the student wants a talk. */
export function checkInForm(checkIn: Pick<CheckIn, 'id' | 'moment'>, language: Language, errors?: Record<string, string>): Form {
  const c = textsFor(language).checkIns;
  const required = { message: c.required };
  return {
    id: 'check-in', title: c.title(c.moments[checkIn.moment]), intro: `${c.intro}\n\n${textsFor(language).meldpunt.promise}`,
    fields: [
      ...CHECK_IN_QUESTIONS.map((q) => ({ kind: 'choice' as const, id: q, label: c.questions[q], style: 'expanded' as const, required, choices: CHECK_IN_ANSWERS.map((a) => ({ value: a, label: c.answers[a] })) })),
      { kind: 'choice', id: 'conversation', label: c.conversation, help: c.conversationHelp, style: 'expanded', choices: [{ value: 'no', label: c.answers.no }, { value: 'yes', label: c.answers.yes }], value: 'no' },
    ],
    actions: [{ verb: 'check-in.answer' as const, label: c.send, data: { checkInId: checkIn.id } }, reportAction(language, 'check-in')],
    ...(errors ? { errors } : {}),
  };
}
