import { z } from 'zod/v4';
import { ContactMomentKind, CONTACT_MOMENT_KINDS } from '../../bot/domain/contact-moment.js';
import { Id } from '../../bot/domain/common.js';
import { amsterdamMoment } from '../amsterdam-time.js';
import { formatMoment } from '../format-moment.js';
import type { Form } from '../form.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply, Turn } from '../turn.js';
import { userText } from '../user-text.js';

// Coordinators and BPV-docenten plan contact moments (`contactmoment plannen`) and record whether
// they were held (`contactmomenten`). Everyone else gets the same short refusal.

const text = (t: string): Reply => ({ kind: 'text', text: t });
const values = (turn: Turn): Record<string, unknown> => (turn.input.kind === 'submit' ? turn.input.values : {});
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);

function planForm(language: Language, typed: Record<string, string> = {}, errors?: Record<string, string>): Form {
  const c = textsFor(language).contactMoments;
  const required = { message: c.required };
  return {
    id: 'contact-moment.plan', title: c.planTitle, intro: c.planIntro,
    fields: [
      { kind: 'text', id: 'studentNumber', label: c.studentNumber, maxLength: 20, required, value: typed.studentNumber },
      { kind: 'choice', id: 'kind', label: c.kind, style: 'expanded', required, choices: CONTACT_MOMENT_KINDS.map((k) => ({ value: k, label: c.kinds[k] })), value: typed.kind ?? 'on-site' },
      { kind: 'date', id: 'date', label: c.date, required, value: typed.date },
      { kind: 'time', id: 'time', label: c.time, required, value: typed.time },
    ],
    actions: [{ verb: 'contact-moment.plan', label: c.plan }],
    ...(errors ? { errors } : {}),
  };
}

export const showPlanMoment: Handler = async (turn, services) => {
  const c = textsFor(turn.language).contactMoments;
  if (!services.contactMoments.isPlanner(turn.person)) return [text(c.onlyPlanners)];
  const typed: Record<string, string> = turn.input.kind === 'text' && turn.input.args ? { studentNumber: turn.input.args } : {};
  return [{ kind: 'form', form: planForm(turn.language, typed) }];
};

const PlanValues = z.object({
  studentNumber: z.string().min(1).max(20).regex(/^[A-Za-z0-9-]+$/),
  kind: ContactMomentKind,
  date: z.iso.date(),
  time: z.string().regex(/^\d{2}:\d{2}$/),
});

export const planMoment: Handler = async (turn, services) => {
  const c = textsFor(turn.language).contactMoments;
  if (!services.contactMoments.isPlanner(turn.person)) return [text(c.onlyPlanners)];
  const raw = values(turn);
  const typed = Object.fromEntries(['studentNumber', 'kind', 'date', 'time'].filter((k) => typeof raw[k] === 'string').map((k) => [k, raw[k] as string]));
  const parsed = PlanValues.safeParse(Object.fromEntries(Object.entries(typed).map(([k, v]) => [k, blank(v)])));
  if (!parsed.success) return [{ kind: 'form', form: planForm(turn.language, typed, Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), c.required]))) }];
  const at = amsterdamMoment(parsed.data.date, parsed.data.time);
  const planned = await services.contactMoments.plan(turn.person, parsed.data.studentNumber, parsed.data.kind, at);
  if (!planned.ok) return [{ kind: 'form', form: { ...planForm(turn.language, typed), notice: { tone: 'warning', text: c.refusals[planned.reason] } } }];
  return [text(c.planned(c.kinds[parsed.data.kind], formatMoment(at, turn.language), userText(parsed.data.studentNumber)))];
};

export const showMoments: Handler = async (turn, services) => {
  const c = textsFor(turn.language).contactMoments;
  const open = await services.contactMoments.open(turn.person);
  if (!open) return [text(c.onlyPlanners)];
  if (open.length === 0) return [text(c.listNone)];
  return open.map(({ moment, studentNumber, companyName }): Reply => ({
    kind: 'form', form: {
      id: 'contact-moment', title: c.listTitle, fields: [],
      intro: c.line(c.kinds[moment.kind], formatMoment(moment.at, turn.language), studentNumber, userText(companyName)),
      // Held or not can be said once the moment has come; earlier, the service says so.
      actions: [
        { verb: 'contact-moment.record', label: c.held, data: { momentId: moment.id, outcome: 'held' } },
        { verb: 'contact-moment.record', label: c.notHeld, data: { momentId: moment.id, outcome: 'not-held' }, style: 'secondary' },
      ],
    },
  }));
};

const RecordValues = z.object({ momentId: Id, outcome: z.enum(['held', 'not-held']) });

export const recordMoment: Handler = async (turn, services) => {
  const c = textsFor(turn.language).contactMoments;
  if (!services.contactMoments.isPlanner(turn.person)) return [text(c.onlyPlanners)];
  const parsed = RecordValues.safeParse(values(turn));
  if (!parsed.success) return [text(c.refusals.unknown)];
  const recorded = await services.contactMoments.record(turn.person, parsed.data.momentId, parsed.data.outcome);
  if (!recorded.ok) return [text(c.refusals[recorded.reason])];
  return [text(c.recorded(parsed.data.outcome === 'held' ? c.held : c.notHeld))];
};
