import { z } from 'zod/v4';
import { POSTCODE_AREA_PATTERN, TransportMode, Weekday } from '../../bot/domain/common.js';
import { LEARNING_WISH_MAX_CHARS } from '../../bot/domain/student.js';
import type { IntakeChange } from '../../bot/intake/intake-change.js';
import type { Texts } from '../texts/index.js';
import { TRAVEL_MINUTES } from './intake-forms.js';

// Card inputs arrive as strings (Teams sends a multi-select as "a,b" and a toggle as "true"),
// or already as lists and booleans (Slack): both are accepted here, and nothing else.
const list = z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v ?? []), z.array(z.string()));
const toggle = z.preprocess((v) => v === true || v === 'true', z.boolean());
const optionalText = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined), z.string().max(max, message).optional());
const requiredText = (max: number, t: Texts) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ error: t.intake.required }).min(1, t.intake.required).max(max, t.intake.tooLong(max)));

export type ParsedSubmit = { ok: true; change: IntakeChange } | { ok: false; errors: Record<string, string> };

type StepParser = (values: Record<string, unknown>, t: Texts) => ParsedSubmit;

function parseWith<S extends z.ZodType>(schema: S, values: Record<string, unknown>, toChange: (v: z.infer<S>) => IntakeChange): ParsedSubmit {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, change: toChange(result.data) };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

const parsers: Record<string, StepParser> = {
  'own-place': (values, t) => parseWith(
    z.object({ companyName: requiredText(120, t), place: requiredText(80, t) }),
    values, (v) => ({ part: 'own-placement', ownPlacement: v })),
  wish: (values, t) => parseWith(
    z.object({ text: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ error: t.intake.wish.required }).min(1, t.intake.wish.required).max(LEARNING_WISH_MAX_CHARS, t.intake.tooLong(LEARNING_WISH_MAX_CHARS))) }),
    values, (v) => ({ part: 'wish', text: v.text })),
  'work-processes': (values, t) => parseWith(
    z.object({ codes: list.pipe(z.array(z.string()).min(1, t.intake.workProcesses.required).max(5, t.intake.workProcesses.count)) }),
    values, (v) => ({ part: 'work-processes', codes: v.codes })),
  organisation: (values, t) => parseWith(
    z.object({ organisationTypes: list.pipe(z.array(z.string()).max(3, t.intake.organisation.tooMany)), electives: list }),
    values, (v) => ({ part: 'organisation', organisationTypes: v.organisationTypes, electives: v.electives })),
  travel: (values, t) => parseWith(travelSchema(t), values, (v) => ({ part: 'travel', travel: v })),
  days: (values, t) => parseWith(
    z.object({ days: list.pipe(z.array(Weekday, { error: t.intake.days.required }).min(1, t.intake.days.required)), early: toggle, evening: toggle, weekend: toggle }),
    values, (v) => ({ part: 'days', availability: v })),
  ranking: (values, t) => {
    const picks = [values.rank1, values.rank2, values.rank3].filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
    if (new Set(picks).size !== picks.length) return { ok: false, errors: { rank2: t.intake.ranking.distinct } };
    return { ok: true, change: { part: 'ranking', offerIds: picks } };
  },
  support: (values, t) => parseWith(
    z.object({ wanted: toggle, details: optionalText(600, t.intake.tooLong(600)), shareWithCompany: toggle }),
    values, (v) => ({ part: 'support', supportNeed: { wanted: v.wanted, ...(v.wanted && v.details ? { details: v.details, shareWithCompany: v.shareWithCompany } : {}) } })),
};

function travelSchema(t: Texts) {
  const x = t.intake.travel;
  return z.object({
    municipality: optionalText(80, t.intake.tooLong(80)),
    postcodeArea: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined), z.string().regex(POSTCODE_AREA_PATTERN, x.postcodeInvalid).optional()),
    modes: list.pipe(z.array(TransportMode, { error: x.modesRequired }).min(1, x.modesRequired)),
    maxMinutes: z.coerce.number({ error: x.maxMinutesRequired }).refine((m) => (TRAVEL_MINUTES as readonly number[]).includes(m), x.maxMinutesRequired),
    reachableMunicipalities: list.pipe(z.array(z.string()).max(20)),
  }).superRefine((v, ctx) => {
    if (!v.municipality && !v.postcodeArea) ctx.addIssue({ code: 'custom', path: ['municipality'], message: x.whereRequired });
  });
}

/** `intake.save.<step>` → a validated change, or a message per field saying what to fix. */
export function parseIntakeSubmit(step: string, values: Record<string, unknown>, t: Texts): ParsedSubmit | undefined {
  return parsers[step]?.(values, t);
}
