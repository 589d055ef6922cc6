import { studentImportText } from './import-report-text.js';
import { z } from 'zod/v4';
import { amsterdamMoment } from '../amsterdam-time.js';
import type { DialogServices, Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Reply, Turn } from '../turn.js';
import { roundRefusalText } from './refusal-text.js';
import { importForm, newRoundForm, nextStepsForm } from './round-forms.js';
import { parseWeights } from './weight-fields.js';
import { parseContact } from './contact-fields.js';
import { userText } from '../user-text.js';
import { freeText } from '../../bot/domain/free-text.js';

const form = (f: Extract<Reply, { kind: 'form' }>['form']): Reply => ({ kind: 'form', form: f });
const text = (t: string): Reply => ({ kind: 'text', text: t });
const WEEK_MS = 7 * 86_400_000;

/** Every coordinator command checks the role first; anyone else gets a polite refusal and nothing happens. */
export function coordinatorOnly(handler: Handler): Handler {
  return async (turn, services) => {
    if ((await services.roleOf(turn.person)).kind !== 'coordinator') return [text(textsFor(turn.language).coordinator.onlyCoordinators)];
    return handler(turn, services);
  };
}

export const showNewRound: Handler = coordinatorOnly(async (turn, services) => [form(newRoundForm(textsFor(turn.language), services.programmes()))]);

export const createRound: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const values = turn.input.kind === 'submit' ? turn.input.values : {};
  const parsed = newRoundSchema(t).safeParse(values);
  const weights = parseWeights(values, t);
  const contact = parseContact(values, t);
  if (!parsed.success || !weights.ok || !contact.ok) {
    const errors = {
      ...(parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'name'), i.message]).reverse())),
      ...(weights.ok ? {} : weights.errors),
      ...(contact.ok ? {} : contact.errors),
    };
    return [form(newRoundForm(t, services.programmes(), { errors, typed: values }))];
  }
  const v = parsed.data;
  const releaseAt = amsterdamMoment(v.releaseDate, v.releaseTime);
  const result = await services.rounds.create({
    name: v.name, programmeCodes: v.programmeCodes, mechanism: v.mechanism, releaseAt, internshipStart: v.internshipStart,
    wishesDeadline: amsterdamMoment(v.wishesDeadline, '17:00'), offersDeadline: amsterdamMoment(v.offersDeadline, '17:00'),
    ...(weights.weights ? { weights: weights.weights } : {}),
    ...(v.choiceDeadline && v.mechanism === 'proposals' ? { choiceDeadline: amsterdamMoment(v.choiceDeadline, '17:00') } : {}),
    ...(contact.contact ? { contact: contact.contact } : {}),
  }, turn.person.userId);
  if (!result.ok) return [form(newRoundForm(t, services.programmes(), { errors: { programmeCodes: t.coordinator.refusals[result.refusal] }, typed: values }))];
  // Students complained about hearing only a week before the start: warn, but let the school decide.
  const weeks = Math.floor((new Date(amsterdamMoment(v.internshipStart, '00:00')).getTime() - new Date(releaseAt).getTime()) / WEEK_MS);
  const notice = weeks < 4 ? { tone: 'warning' as const, text: t.coordinator.newRound.lateRelease(weeks) } : undefined;
  return [form(nextStepsForm(t, result.round, notice))];
});

export const showImport: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const rounds = await importableRounds(services);
  if (rounds.length === 0) return [text(t.coordinator.importStudents.noRounds)];
  const roundId = turn.input.kind === 'submit' && typeof turn.input.values.roundId === 'string' ? turn.input.values.roundId : undefined;
  return [form(importForm(t, rounds, { roundId }))];
});

export const runImport: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const values = turn.input.kind === 'submit' ? turn.input.values : {};
  const roundId = typeof values.roundId === 'string' ? values.roundId : '';
  const csv = typeof values.csv === 'string' ? values.csv : '';
  const outcome = await services.importStudents(roundId, csv, turn.person.userId);
  const message = studentImportText(outcome, turn.language);
  if (outcome.ok) return [text(message)];
  // Nothing was imported: show the problems above the same form, with the pasted text kept.
  return [form(importForm(t, await importableRounds(services), { roundId, csv, notice: { tone: 'warning', text: message } }))];
});

export const openRound: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const roundId = turn.input.kind === 'submit' && typeof turn.input.values.roundId === 'string' ? turn.input.values.roundId : '';
  const result = await services.rounds.open(roundId, turn.person.userId);
  if (!result.ok) return [text(await roundRefusalText(result.refusal, roundId, services, t.coordinator))];
  return [text(t.coordinator.opened(userText(result.round.name), result.welcomed ?? 0, result.unreachable ?? 0))];
});

async function importableRounds(services: DialogServices) {
  return (await services.rounds.list()).filter((r) => r.status === 'draft' || r.status === 'open');
}

function newRoundSchema(t: ReturnType<typeof textsFor>) {
  const x = t.coordinator.newRound;
  const date = z.string({ error: x.required }).regex(/^\d{4}-\d{2}-\d{2}$/, x.required);
  return z.object({
    name: freeText({ max: 120 }, { characters: t.intake.characters, tooLong: t.intake.tooLong, required: x.required }),
    programmeCodes: z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(z.string()).min(1, x.required)),
    mechanism: z.enum(['school', 'proposals', 'ranked'], { error: x.required }),
    wishesDeadline: date, offersDeadline: date, releaseDate: date, internshipStart: date,
    releaseTime: z.string({ error: x.required }).regex(/^\d{2}:\d{2}$/, x.required),
    choiceDeadline: z.preprocess((v) => (v === '' ? undefined : v), date.optional()),
  }).refine((v) => v.wishesDeadline <= v.releaseDate && v.offersDeadline <= v.releaseDate && v.releaseDate <= v.internshipStart, { message: x.order, path: ['releaseDate'] })
    // Students choose after the deadlines (the proposals come after the match) and before the result.
    .refine((v) => !v.choiceDeadline || (v.wishesDeadline < v.choiceDeadline && v.offersDeadline < v.choiceDeadline && v.choiceDeadline <= v.releaseDate), { message: x.order, path: ['choiceDeadline'] });
}

export type { Turn };
