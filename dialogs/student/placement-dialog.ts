import { z } from 'zod/v4';
import { ProblemKind, PROBLEM_KINDS } from '../../bot/domain/placement.js';
import type { StudentStep, StudentStepOutcome } from '../../bot/follow-up/student-follow-up.js';
import type { Form } from '../form.js';
import type { DialogServices, Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply, Turn } from '../turn.js';
import { liveResultReply } from './result-content.js';
import { showReport } from '../meldpunt/report-dialog.js';

// What a student does with their place after the release, from the buttons on their result card:
// acknowledge it, choose a moment for the introduction meeting (or ask another), say it took place
// and whether it felt like a selection, or raise a problem privately. Each answer is the card again,
// as it is now.

const text = (t: string): Reply => ({ kind: 'text', text: t });
const values = (turn: Turn): Record<string, unknown> => (turn.input.kind === 'submit' ? turn.input.values : {});

/** Runs a step for the student who sends it, and answers with what changed and their card as it is now. */
async function step(turn: Turn, services: DialogServices, stepOf: StudentStep, done?: string): Promise<Reply[]> {
  const f = textsFor(turn.language).followUp.student;
  const role = await services.roleOf(turn.person);
  if (role.kind !== 'student') return [text(f.noPlacement)];
  const outcome = await services.followUp.studentStep(role.studentId, stepOf);
  if (!outcome.ok) return [text(refusalText(outcome, turn.language))];
  const result = await services.studentResult(role.studentId);
  return [...(done ? [text(done)] : []), ...(result ? [liveResultReply(role.studentId, result, turn.language)] : [])];
}

function refusalText(outcome: Extract<StudentStepOutcome, { ok: false }>, language: Language): string {
  const f = textsFor(language).followUp.student;
  return { 'no-placement': f.noPlacement, 'no-meeting': f.noMeeting, 'unknown-moment': f.unknownMoment, 'not-yet': f.notYet, 'to-meldpunt': textsFor(language).meldpunt.promise, 'no-vog-needed': f.noVogNeeded }[outcome.reason];
}

export const acknowledgePlacement: Handler = (turn, services) => step(turn, services, { kind: 'acknowledge' });

export const chooseMoment: Handler = async (turn, services) => {
  const moment = z.iso.datetime({ offset: true }).safeParse(values(turn).moment);
  if (!moment.success) return [text(textsFor(turn.language).followUp.student.unknownMoment)];
  return step(turn, services, { kind: 'choose-moment', moment: moment.data });
};

/** The student marks their VOG as applied for or arranged, from the buttons on their card. */
export const markCertificateOfConduct: Handler = async (turn, services) => {
  const state = z.enum(['requested', 'arranged']).safeParse(values(turn).state);
  if (!state.success) return [text(textsFor(turn.language).followUp.student.noVogNeeded)];
  return step(turn, services, { kind: 'vog', state: state.data }, textsFor(turn.language).followUp.student.vogSaved);
};

export const askOtherMoment: Handler = (turn, services) => step(turn, services, { kind: 'other-moment' });

export const showMeetingHeld: Handler = async (turn) => [{ kind: 'form', form: meetingHeldForm(turn.language) }];

export const confirmMeetingHeld: Handler = async (turn, services) => {
  const answer = z.enum(['yes', 'no']).safeParse(values(turn).feltLikeSelection);
  if (!answer.success) return [{ kind: 'form', form: { ...meetingHeldForm(turn.language), errors: { feltLikeSelection: textsFor(turn.language).intake.required } } }];
  return step(turn, services, { kind: 'meeting-held', feltLikeSelection: answer.data === 'yes' }, textsFor(turn.language).followUp.student.heldThanks);
};

export const showProblem: Handler = async (turn) => [{ kind: 'form', form: problemForm(turn.language) }];

export const raiseProblem: Handler = async (turn, services) => {
  const kind = ProblemKind.safeParse(values(turn).problem);
  if (!kind.success) return [{ kind: 'form', form: { ...problemForm(turn.language), errors: { problem: textsFor(turn.language).intake.required } } }];
  // Unfair treatment goes to the meldpunt, not to the coordinators: the report card, with the
  // student's own choice of anonymous or named.
  if (kind.data === 'unfair') return [text(textsFor(turn.language).meldpunt.problemToMeldpunt), ...(await showReport({ ...turn, input: { kind: 'submit', verb: 'meldpunt.form', values: { source: 'problem' } } }, services))];
  return step(turn, services, { kind: 'problem', problem: kind.data }, textsFor(turn.language).followUp.student.problemThanks);
};

function meetingHeldForm(language: Language): Form {
  const f = textsFor(language).followUp.student;
  const required = { message: textsFor(language).intake.required };
  return {
    // Right after the introduction meeting: where to report if it was not fair.
    id: 'placement.held', title: f.heldTitle, intro: `${f.heldIntro}\n\n${textsFor(language).meldpunt.promise}`,
    fields: [{ kind: 'choice', id: 'feltLikeSelection', label: f.feltLikeSelection, style: 'expanded', required, choices: [{ value: 'no', label: f.no }, { value: 'yes', label: f.yes }] }],
    actions: [{ verb: 'placement.held', label: f.held }],
  };
}

function problemForm(language: Language): Form {
  const f = textsFor(language).followUp.student;
  return {
    id: 'placement.problem', title: f.problemTitle, intro: f.problemIntro,
    fields: [{
      kind: 'choice', id: 'problem', label: f.problemKind, style: 'expanded', required: { message: textsFor(language).intake.required },
      choices: PROBLEM_KINDS.map((kind) => ({ value: kind, label: f.problemKinds[kind] })),
    }],
    actions: [{ verb: 'placement.problem', label: f.send }],
  };
}
