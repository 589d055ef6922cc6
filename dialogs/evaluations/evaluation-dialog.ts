import { z } from 'zod/v4';
import type { Answerer } from '../../bot/evaluations/evaluation-service.js';
import { Id } from '../../bot/domain/common.js';
import { EvaluationAnswers, type Evaluation } from '../../bot/domain/evaluation.js';
import { REPORT_PHASES } from '../../bot/domain/report.js';
import type { Form } from '../form.js';
import { reportAction } from '../meldpunt/report-form.js';
import type { DialogServices, Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply, Turn } from '../turn.js';

// The look back after the internship, for the student and for the company: a few buttons. Someone
// who saw discrimination is offered the meldpunt at once.

const text = (t: string): Reply => ({ kind: 'text', text: t });
const values = (turn: Turn): Record<string, unknown> => (turn.input.kind === 'submit' ? turn.input.values : {});

export function evaluationForm(evaluation: Pick<Evaluation, 'id' | 'side'>, language: Language, errors?: Record<string, string>): Form {
  const e = textsFor(language).evaluations;
  const side = evaluation.side;
  const required = { message: e.required };
  const yesNo = [{ value: 'no', label: e.no }, { value: 'yes', label: e.yes }];
  return {
    id: 'evaluation', title: e.title, intro: side === 'student' ? e.introStudent : e.introCompany,
    fields: [
      { kind: 'choice', id: 'satisfaction', label: e.satisfaction[side], style: 'expanded', required, choices: e.satisfactionChoices.map((label, i) => ({ value: String(i + 1), label })) },
      { kind: 'choice', id: 'selectionConversation', label: e.selectionConversation[side], style: 'expanded', required, choices: yesNo },
      { kind: 'choice', id: 'discrimination', label: e.discrimination[side], style: 'expanded', required, choices: [{ value: 'no', label: e.discriminationNo }, ...REPORT_PHASES.map((p) => ({ value: p, label: e.phases[p] }))] },
      { kind: 'choice', id: 'agreementsKept', label: e.agreementsKept[side], style: 'expanded', required, choices: (['yes', 'partly', 'no'] as const).map((a) => ({ value: a, label: e.agreements[a] })) },
      ...(side === 'company' ? [{ kind: 'choice' as const, id: 'matchAgain', label: e.matchAgain, style: 'expanded' as const, required, choices: [{ value: 'yes', label: e.yes }, { value: 'no', label: e.no }] }] : []),
    ],
    actions: [{ verb: 'evaluation.answer', label: e.send, data: { evaluationId: evaluation.id } }],
    ...(errors ? { errors } : {}),
  };
}

async function answererOf(turn: Turn, services: DialogServices): Promise<Answerer | undefined> {
  const role = await services.roleOf(turn.person);
  return role.kind === 'student' || role.kind === 'company-contact' ? role : undefined;
}

export const answerEvaluation: Handler = async (turn, services) => {
  const e = textsFor(turn.language).evaluations;
  const raw = values(turn);
  const answerer = await answererOf(turn, services);
  const id = Id.safeParse(raw.evaluationId);
  const evaluation = answerer && id.success ? await services.evaluations.ofAnswerer(answerer, id.data) : undefined;
  if (!answerer || !evaluation) return [text(e.unknown)];
  const parsed = EvaluationAnswers.safeParse({
    satisfaction: z.coerce.number().int().safeParse(raw.satisfaction).data, selectionConversation: raw.selectionConversation,
    discrimination: raw.discrimination, agreementsKept: raw.agreementsKept, ...(evaluation.side === 'company' ? { matchAgain: raw.matchAgain } : {}),
  });
  const companyNeedsAgain = evaluation.side === 'company' && parsed.success && parsed.data.matchAgain === undefined;
  if (!parsed.success || companyNeedsAgain) {
    const errors = parsed.success ? { matchAgain: e.required } : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), e.required]));
    return [{ kind: 'form', form: evaluationForm(evaluation, turn.language, errors) }];
  }
  const answered = await services.evaluations.answer(answerer, evaluation.id, parsed.data);
  if (!answered.ok) return [text(answered.reason === 'answered' ? e.answered : e.unknown)];
  const thanks = text(evaluation.side === 'student' ? e.thanks : e.thanksCompany);
  if (parsed.data.discrimination === 'no') return [thanks];
  return [thanks, { kind: 'form', form: { id: 'evaluation.report', title: textsFor(turn.language).meldpunt.formTitle, intro: e.discriminationOffer, fields: [], actions: [reportAction(turn.language, 'command')] } }];
};
