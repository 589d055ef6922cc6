import { z } from 'zod/v4';
import { REFUSAL_REASONS, REFUSAL_TEXT_MAX, RefusalReason } from '../../bot/domain/placement.js';
import { Requirement } from '../../bot/domain/common.js';
import type { CompanyStepOutcome } from '../../bot/follow-up/company-follow-up.js';
import { MAX_MEETING_MOMENTS } from '../../bot/follow-up/follow-up-rules.js';
import type { CompanyStudent } from '../../bot/results/company-result.js';
import { amsterdamMoment } from '../amsterdam-time.js';
import { formatMoment } from '../format-moment.js';
import type { Field, Form } from '../form.js';
import type { DialogServices, Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply, Turn } from '../turn.js';
import { userText } from '../user-text.js';

// A company contact's follow-up of one student placed with them: plan the introduction meeting
// (never a selection), confirm it took place, or refuse, only with a reason from the list. Only the
// company's own placements that still hold are found; anything else is "not found".

const text = (t: string): Reply => ({ kind: 'text', text: t });
const values = (turn: Turn): Record<string, unknown> => (turn.input.kind === 'submit' ? turn.input.values : {});
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** The contact's company and the student of the placement named in the action, or why not. */
async function placed(turn: Turn, services: DialogServices): Promise<{ companyId: string; student: CompanyStudent } | { replies: Reply[] }> {
  const t = textsFor(turn.language);
  const role = await services.roleOf(turn.person);
  if (role.kind !== 'company-contact') return { replies: [text(t.company.students.notAContact)] };
  const placementId = z.string().min(1).max(80).safeParse(values(turn).placementId);
  const student = placementId.success
    ? (await services.companyStudents(role.companyId)).flatMap((r) => r.students).find((s) => s.placementId === placementId.data)
    : undefined;
  return student ? { companyId: role.companyId, student } : { replies: [text(t.followUp.company.notFound)] };
}

/** One student's follow-up card: the meeting as it stands, and what the company can do now. */
export function placementForm(student: CompanyStudent, language: Language): Form {
  const f = textsFor(language).followUp.company;
  const data = { placementId: student.placementId ?? '' };
  const meeting = student.meeting;
  const state = companyMeetingState(student, language);
  return {
    id: 'company.placement', title: userText(student.firstName), intro: f.noSelection, fields: [],
    sections: [{ title: f.meeting, facts: [{ label: f.meeting, value: student.refusalPending ? f.refusalPending : state }] }],
    actions: student.refusalPending ? [] : [
      ...(meeting?.chosen && meeting.passed && !meeting.heldConfirmed ? [] : [{ verb: 'company.meeting.form' as const, label: f.propose, data }]),
      ...(meeting?.chosen && meeting.passed && !meeting.heldConfirmed ? [{ verb: 'company.meeting.held' as const, label: f.held, data }] : []),
      { verb: 'company.refuse.form' as const, label: f.refuse, data, style: 'secondary' as const },
    ],
  };
}

/** Where the introduction meeting stands, in a few words. */
export function companyMeetingState(student: CompanyStudent, language: Language): string {
  const f = textsFor(language).followUp.company;
  const meeting = student.meeting;
  if (!meeting) return f.meetingNone;
  if (meeting.heldConfirmed) return f.meetingHeld;
  if (meeting.chosen) return f.meetingPlanned(formatMoment(meeting.chosen, language));
  return meeting.otherAsked ? f.meetingOtherAsked : f.meetingProposed(meeting.proposed.map((m) => formatMoment(m, language)).join('; '));
}

export const showPlacement: Handler = async (turn, services) => {
  const found = await placed(turn, services);
  return 'replies' in found ? found.replies : [{ kind: 'form', form: placementForm(found.student, turn.language) }];
};

export const showProposeMeeting: Handler = async (turn, services) => {
  const found = await placed(turn, services);
  return 'replies' in found ? found.replies : [{ kind: 'form', form: proposeForm(found.student.placementId!, turn.language) }];
};

export const proposeMeeting: Handler = async (turn, services) => {
  const found = await placed(turn, services);
  if ('replies' in found) return found.replies;
  const v = values(turn);
  const f = textsFor(turn.language).followUp.company;
  const moments: string[] = [];
  const errors: Record<string, string> = {};
  for (let n = 1; n <= MAX_MEETING_MOMENTS; n++) {
    const date = typeof v[`date${n}`] === 'string' ? (v[`date${n}`] as string).trim() : '';
    const time = typeof v[`time${n}`] === 'string' ? (v[`time${n}`] as string).trim() : '';
    if (!date && !time) continue;
    if (DATE.test(date) && TIME.test(time) && !Number.isNaN(Date.parse(amsterdamMoment(date, time)))) moments.push(amsterdamMoment(date, time));
    else errors[`date${n}`] = f.moments;
  }
  if (moments.length === 0) errors.date1 ??= f.moments;
  const form = proposeForm(found.student.placementId!, turn.language, v);
  if (Object.keys(errors).length > 0) return [{ kind: 'form', form: { ...form, errors } }];
  const outcome = await services.followUp.companyStep(found.companyId, found.student.placementId!, turn.person, { kind: 'propose-meeting', moments });
  if (!outcome.ok) return outcome.reason === 'moments' ? [{ kind: 'form', form: { ...form, errors: { date1: f.moments } } }] : [text(refusalText(outcome, turn.language))];
  return [text(f.proposed)];
};

export const confirmMeetingHeld: Handler = async (turn, services) => {
  const found = await placed(turn, services);
  if ('replies' in found) return found.replies;
  const outcome = await services.followUp.companyStep(found.companyId, found.student.placementId!, turn.person, { kind: 'meeting-held' });
  return [text(outcome.ok ? textsFor(turn.language).followUp.company.heldThanks : refusalText(outcome, turn.language))];
};

export const showRefuse: Handler = async (turn, services) => {
  const found = await placed(turn, services);
  return 'replies' in found ? found.replies : [{ kind: 'form', form: refuseForm(found.student, turn.language) }];
};

const RefuseValues = z.object({
  reason: RefusalReason,
  requirement: Requirement.optional().catch(undefined),
  text: z.string().max(REFUSAL_TEXT_MAX).optional(),
});

export const refuseStudent: Handler = async (turn, services) => {
  const found = await placed(turn, services);
  if ('replies' in found) return found.replies;
  const f = textsFor(turn.language).followUp.company;
  const v = values(turn);
  const form = { ...refuseForm(found.student, turn.language, v) };
  const parsed = RefuseValues.safeParse({ ...v, requirement: v.requirement || undefined, text: typeof v.text === 'string' ? v.text : undefined });
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((i) => i.path[0] === 'text');
    return [{ kind: 'form', form: { ...form, errors: tooLong ? { text: textsFor(turn.language).intake.tooLong(REFUSAL_TEXT_MAX) } : { reason: textsFor(turn.language).intake.required } } }];
  }
  const outcome = await services.followUp.companyStep(found.companyId, found.student.placementId!, turn.person, { kind: 'refuse', ...parsed.data });
  if (outcome.ok) return [text(f.refused)];
  if (outcome.reason === 'requirement') return [{ kind: 'form', form: { ...form, errors: { requirement: f.requirementNeeded } } }];
  if (outcome.reason === 'text') return [{ kind: 'form', form: { ...form, errors: { text: f.textNeeded } } }];
  if (outcome.reason === 'protected-ground') {
    // Every phrase at once, each with the grounds it names.
    const t = textsFor(turn.language);
    const phrases = outcome.findings.map((finding) => `"${userText(finding.phrase)}" (${finding.grounds.map((g) => t.grounds[g]).join(', ')})`).join(', ');
    return [{ kind: 'form', form: { ...form, errors: { text: f.protectedGround(phrases) } } }];
  }
  if (outcome.reason === 'no-show-too-early') return [{ kind: 'form', form: { ...form, errors: { reason: f.noShowTooEarly } } }];
  return [text(refusalText(outcome, turn.language))];
};

function refusalText(outcome: Extract<CompanyStepOutcome, { ok: false }>, language: Language): string {
  const f = textsFor(language).followUp.company;
  switch (outcome.reason) {
    case 'already-refused': return f.alreadyRefused;
    case 'not-yet': return f.notYet;
    case 'no-meeting': return f.noMeeting;
    case 'moments': return f.moments;
    default: return f.notFound;
  }
}

function proposeForm(placementId: string, language: Language, v: Record<string, unknown> = {}): Form {
  const f = textsFor(language).followUp.company;
  const required = { message: textsFor(language).intake.required };
  const str = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : undefined);
  const fields: Field[] = [];
  for (let n = 1; n <= MAX_MEETING_MOMENTS; n++) {
    fields.push({ kind: 'date', id: `date${n}`, label: f.date(n), ...(str(`date${n}`) ? { value: str(`date${n}`) } : {}), ...(n === 1 ? { required } : {}) });
    fields.push({ kind: 'time', id: `time${n}`, label: f.time(n), ...(str(`time${n}`) ? { value: str(`time${n}`) } : {}), ...(n === 1 ? { required } : {}) });
  }
  return { id: 'company.meeting', title: f.proposeTitle, intro: f.proposeIntro, fields, actions: [{ verb: 'company.meeting.propose', label: f.send, data: { placementId } }] };
}

function refuseForm(student: CompanyStudent, language: Language, v: Record<string, unknown> = {}): Form {
  const t = textsFor(language);
  const f = t.followUp.company;
  const str = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : undefined);
  const fields: Field[] = [
    { kind: 'choice', id: 'reason', label: f.reason, style: 'expanded', required: { message: t.intake.required }, ...(str('reason') ? { value: str('reason') } : {}),
      choices: REFUSAL_REASONS.filter((r) => r !== 'requirement-not-met' || student.requirements.length > 0).map((r) => ({ value: r, label: f.reasons[r] })) },
    ...(student.requirements.length > 0 ? [{ kind: 'choice' as const, id: 'requirement', label: f.requirement, ...(str('requirement') ? { value: str('requirement') } : {}),
      choices: student.requirements.map((r) => ({ value: r, label: t.company.offer.requirementLabels[r] ?? r })) }] : []),
    { kind: 'text', id: 'text', label: f.text, help: f.textHelp, maxLength: REFUSAL_TEXT_MAX, multiline: true, ...(str('text') ? { value: str('text') } : {}) },
  ];
  return { id: 'company.refuse', title: `${f.refuseTitle}: ${userText(student.firstName)}`, intro: f.refuseIntro, fields, actions: [{ verb: 'company.refuse', label: f.send, data: { placementId: student.placementId ?? '' } }] };
}
