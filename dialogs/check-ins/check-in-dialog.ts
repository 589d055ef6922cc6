import { z } from 'zod/v4';
import { CheckInAnswer, CHECK_IN_QUESTIONS, type CheckInAnswers } from '../../bot/domain/check-in.js';
import { Id } from '../../bot/domain/common.js';
import type { CheckInOutcome } from '../../bot/check-ins/check-in-service.js';
import type { Handler } from '../router.js';
import { reportAction } from '../meldpunt/report-form.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply, Turn } from '../turn.js';
import { checkInForm } from './check-in-form.js';

// A student answers their check-in. A worrying answer offers the meldpunt at once, and a talk with
// school; school hears only that a talk is wanted.

const text = (t: string): Reply => ({ kind: 'text', text: t });
const values = (turn: Turn): Record<string, unknown> => (turn.input.kind === 'submit' ? turn.input.values : {});
const Answers = z.strictObject(Object.fromEntries(CHECK_IN_QUESTIONS.map((q) => [q, CheckInAnswer])) as Record<(typeof CHECK_IN_QUESTIONS)[number], typeof CheckInAnswer>);

function refused(outcome: Extract<CheckInOutcome, { ok: false }>, language: Language): Reply[] {
  const c = textsFor(language).checkIns;
  return [text(outcome.reason === 'answered' ? c.answered : c.unknown)];
}

function worriedReplies(checkInId: string, conversationAsked: boolean, language: Language): Reply[] {
  const c = textsFor(language).checkIns;
  return [{
    kind: 'form', form: {
      id: 'check-in.worried', title: textsFor(language).meldpunt.formTitle, intro: c.worried, fields: [],
      actions: [reportAction(language, 'check-in'), ...(conversationAsked ? [] : [{ verb: 'check-in.conversation' as const, label: c.askConversation, data: { checkInId }, style: 'secondary' as const }])],
    },
  }];
}

export const answerCheckIn: Handler = async (turn, services) => {
  const c = textsFor(turn.language).checkIns;
  const role = await services.roleOf(turn.person);
  const raw = values(turn);
  const checkInId = Id.safeParse(raw.checkInId);
  if (role.kind !== 'student' || !checkInId.success) return [text(c.unknown)];
  const checkIn = await services.checkIns.ofStudent(role.studentId, checkInId.data);
  if (!checkIn) return [text(c.unknown)];
  const answers = Answers.safeParse(Object.fromEntries(CHECK_IN_QUESTIONS.map((q) => [q, raw[q]])));
  if (!answers.success) {
    return [{ kind: 'form', form: checkInForm(checkIn, turn.language, Object.fromEntries(answers.error.issues.map((i) => [String(i.path[0]), c.required]))) }];
  }
  const conversation = raw.conversation === 'yes';
  const outcome = await services.checkIns.answer(role.studentId, checkIn.id, answers.data as CheckInAnswers, conversation);
  if (!outcome.ok) return refused(outcome, turn.language);
  return [
    text(conversation ? `${c.thanks} ${c.conversationAsked}` : c.thanks),
    ...(outcome.worrying ? worriedReplies(checkIn.id, conversation, turn.language) : []),
  ];
};

export const askConversation: Handler = async (turn, services) => {
  const c = textsFor(turn.language).checkIns;
  const role = await services.roleOf(turn.person);
  const checkInId = Id.safeParse(values(turn).checkInId);
  if (role.kind !== 'student' || !checkInId.success) return [text(c.unknown)];
  const outcome = await services.checkIns.askConversation(role.studentId, checkInId.data);
  return outcome.ok ? [text(c.conversationAsked)] : refused(outcome, turn.language);
};
