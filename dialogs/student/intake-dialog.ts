import type { IntakeRefusal } from '../../bot/intake/intake-change.js';
import type { IntakeChange } from '../../bot/intake/intake-change.js';
import type { IntakeDecision, IntakeResult, IntakeView } from '../../bot/intake/intake-service.js';
import { formatMoment } from '../format-moment.js';
import type { Form } from '../form.js';
import type { DialogServices, Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Reply, Turn } from '../turn.js';
import {
  daysForm, organisationForm, ownPlaceForm, ownPlaceUndoForm, privacyForm, rankingForm, supportForm, travelForm, wishForm, workProcessForm,
  type FormContext, type FormState,
} from './intake-forms.js';
import { parseIntakeSubmit } from './intake-submits.js';
import { requirementsForm } from './requirement-questions.js';
import { summaryForm } from './intake-summary.js';
import { welcome } from '../welcome-dialog.js';
import { wishAdviceNotice } from './wish-feedback.js';
import { liveResultReply } from './result-content.js';

const form = (f: Form): Reply => ({ kind: 'form', form: f });
const text = (t: string): Reply => ({ kind: 'text', text: t });

/** `start` / `mijn leerwens` / `mijn gegevens`: the step the student left off at (or the summary). */
export const showIntake: Handler = async (turn, services) => {
  if ((await services.roleOf(turn.person)).kind !== 'student') return welcome(turn, services);
  const found = await studentView(turn, services);
  if ('replies' in found) return found.replies;
  return currentStep(formContext(turn, services, found.view));
};

export const showMyData: Handler = async (turn, services) => {
  const found = await studentView(turn, services);
  if ('replies' in found) return found.replies;
  return [form(summaryForm(formContext(turn, services, found.view)))];
};

/** Every `intake.*` card action. */
export const handleIntakeAction: Handler = async (turn, services) => {
  if (turn.input.kind !== 'submit') return [];
  const { verb, values } = turn.input;
  // A step's card is checked and saved on the intake its unit of work reads: nothing is read before.
  if (verb.startsWith('intake.save.')) return saveStep(turn, services, verb.slice('intake.save.'.length), values);
  const found = await studentView(turn, services);
  if ('replies' in found) return found.replies;
  const context = formContext(turn, services, found.view);
  if (verb === 'intake.show') return currentStep(context);
  if (verb === 'intake.own-place') return context.view.editable ? [form(ownPlaceForm(context))] : currentStep(context);
  if (verb === 'intake.start') return save(turn, services, context, { part: 'privacy-seen' });
  if (verb === 'intake.confirm') return save(turn, services, context, { part: 'confirm' });
  if (verb === 'intake.own-place.undo') return save(turn, services, context, { part: 'undo-own-placement' });
  if (verb === 'intake.edit' && typeof values.step === 'string') return editStep(turn, services, context, values.step);
  return currentStep(context);
};

async function saveStep(turn: Turn, services: DialogServices, step: string, values: Record<string, unknown>): Promise<Reply[]> {
  const role = await services.roleOf(turn.person);
  const saved = role.kind === 'student'
    ? await services.intake.saveDecided(role.studentId, (view): IntakeDecision<Reply[]> => decideStep(formContext(turn, services, view), services.coachWish, step, values))
    : undefined;
  if (!saved) return [text(textsFor(turn.language).intake.notInRound)];
  if ('kept' in saved) return saved.kept;
  return answerSaved(turn, services, formContext(turn, services, saved.before), saved.change, saved, values);
}

/** What a step's card asks: a change to save, or the card again (with what to fix, or the coach's advice). */
function decideStep(context: FormContext, coachWish: DialogServices['coachWish'], step: string, values: Record<string, unknown>): IntakeDecision<Reply[]> {
  const parsed = parseIntakeSubmit(step, values, { t: context.t, programme: context.view.programme, municipalities: context.municipalities, postcodeElsewhere: context.postcodeElsewhere, requirements: context.view.requirementsAsked });
  if (!parsed) return { keep: currentStep(context) };
  if (!parsed.ok) return { keep: [form(stepForm(context, step, { errors: parsed.errors, typed: values }))] };
  if (parsed.change.part === 'wish') {
    // The coach speaks before saving; warnings may be accepted by sending the same text again.
    const advice = coachWish(parsed.change.text, context.view.programme);
    const accepted = values.acceptedText === parsed.change.text;
    if (!advice.ok || (advice.issues.length > 0 && !accepted)) {
      const wish = wishForm(context, { typed: values, notice: wishAdviceNotice(advice, context.t) });
      if (advice.ok) wish.actions = wish.actions.map((a) => ({ ...a, data: { acceptedText: parsed.change.part === 'wish' ? parsed.change.text : '' } }));
      return { keep: [form(wish)] };
    }
  }
  return { change: parsed.change };
}

async function editStep(turn: Turn, services: DialogServices, context: FormContext, step: string): Promise<Reply[]> {
  const steps = ['wish', 'work-processes', 'organisation', 'travel', 'days', 'requirements', 'support', 'ranking'] as const;
  const target = steps.find((s) => s === step);
  return target ? save(turn, services, context, { part: 'go-to', step: target }) : currentStep(context);
}

/** Saves one change of the student whose intake `before` shows (found once per turn), and answers with what follows. */
async function save(
  turn: Turn, services: DialogServices, before: FormContext, change: Parameters<DialogServices['intake']['save']>[1], typed?: Record<string, unknown>,
): Promise<Reply[]> {
  const result = await services.intake.save(before.view.student.id, change);
  return answerSaved(turn, services, before, change, result, typed);
}

/** The answer to a save: what follows, or why it was refused. `before` is the intake the change was made on. */
async function answerSaved(
  turn: Turn, services: DialogServices, before: FormContext, change: IntakeChange, result: IntakeResult, typed?: Record<string, unknown>,
): Promise<Reply[]> {
  const studentId = before.view.student.id;
  const context = formContext(turn, services, result.view);
  if (!result.ok) return refused(context, result.refusal, change.part, typed);
  if (change.part === 'own-placement') return [text(context.t.intake.ownPlace.saved), form(ownPlaceUndoForm(context))];
  if (change.part === 'confirm') {
    const { round } = result.view;
    // The result card arrives with the first confirmation and shows the result by itself from the
    // release moment on; confirming again (a double click, or after a change) sends no second one.
    const first = !result.repeated && before.view.student.confirmedAt === undefined;
    const current = first ? await services.studentResult(studentId) : undefined;
    const live: Reply[] = current ? [liveResultReply(studentId, current, turn.language)] : [];
    return [text(context.t.intake.done(formatMoment(round.releaseAt, turn.language), formatMoment(round.wishesDeadline, turn.language))), form(summaryForm(context)), ...live];
  }
  return currentStep(context);
}

function refused(context: FormContext, refusal: IntakeRefusal, part: string, typed?: Record<string, unknown>): Reply[] {
  const { t } = context;
  switch (refusal.code) {
    case 'locked':
      return currentStep(context);
    case 'not-in-round':
      return [text(t.intake.notInRound)];
    case 'wish-needs-work':
      return [form(wishForm(context, { typed, notice: wishAdviceNotice({ ok: false, issues: refusal.issues }, t) }))];
    case 'incomplete': {
      const names = refusal.missing.map((m) => t.intake.summary.sections[m]).join(', ');
      return [form(summaryForm(context, { tone: 'warning', text: t.intake.summary.missing(names) }))];
    }
    case 'no-ranking-here':
      return currentStep(context);
    case 'unknown-choice':
      return [form(stepForm(context, ['work-processes', 'organisation', 'requirements', 'ranking'].includes(part) ? part : context.view.student.intakeStep, { notice: { tone: 'warning', text: t.intake.unknownChoice } }))];
  }
}

function currentStep(context: FormContext): Reply[] {
  const { view, t, language } = context;
  if (!view.editable) return [text(view.lockedBecause === 'round-closed' ? t.intake.closedEarly : t.intake.locked(formatMoment(view.round.wishesDeadline, language))), form(summaryForm(context))];
  if (view.student.intakeStatus === 'own-placement') return [form(ownPlaceUndoForm(context))];
  return [form(stepForm(context, view.student.intakeStep))];
}

function stepForm(context: FormContext, step: string, state: FormState = {}): Form {
  switch (step) {
    case 'privacy': return privacyForm(context);
    case 'own-place': return ownPlaceForm(context, state);
    case 'wish': return wishForm(context, state);
    case 'work-processes': return workProcessForm(context, state);
    case 'organisation': return organisationForm(context, state);
    case 'travel': return travelForm(context, state);
    case 'days': return daysForm(context, state);
    // Asked only while an offer of the round needs a requirement; otherwise on to the next step.
    case 'requirements': return context.view.requirementsAsked.length > 0 ? requirementsForm(context, state) : supportForm(context, state);
    case 'support': return supportForm(context, state);
    case 'ranking': return rankingForm(context, state);
    default: return summaryForm(context, state.notice);
  }
}

async function studentView(turn: Turn, services: DialogServices): Promise<{ view: IntakeView } | { replies: Reply[] }> {
  const t = textsFor(turn.language);
  const role = await services.roleOf(turn.person);
  const view = role.kind === 'student' ? await services.intake.view(role.studentId) : undefined;
  return view ? { view } : { replies: [text(t.intake.notInRound)] };
}

function formContext(turn: Turn, services: DialogServices, view: IntakeView): FormContext {
  const wish = view.student.learningWish?.text;
  const suggested = wish ? services.coachWish(wish, view.programme).suggestions.map((s) => s.code) : [];
  return { view, t: textsFor(turn.language), language: turn.language, municipalities: services.municipalities(), postcodeElsewhere: services.postcodeElsewhere, suggested, retention: services.retention.policy };
}
