import { z } from 'zod/v4';
import { workProcessesOf, type Programme } from '../../bot/catalogue/index.js';
import { OrganisationSize, POSTCODE_AREA_PATTERN, TransportMode, Weekday } from '../../bot/domain/common.js';
import { freeText, type FreeTextOptions } from '../../bot/domain/free-text.js';
import { STUDENT_LIMITS as L } from '../../bot/domain/student.js';
import type { IntakeChange } from '../../bot/intake/intake-change.js';
import type { AskedRequirement } from '../../bot/domain/requirement-kinds.js';
import type { Texts } from '../texts/index.js';
import { TRAVEL_MINUTES } from './intake-forms.js';

// The limits are the store's own (STUDENT_LIMITS), and choices must be among those the form offered,
// so whatever passes here is stored, and whatever would not be stored is said here, per field.

// Card inputs arrive as strings (Teams sends a multi-select as "a,b" and a toggle as "true"),
// or already as lists and booleans (Slack): both are accepted here, and nothing else.
const list = z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v ?? []), z.array(z.string()));
const toggle = z.preprocess((v) => v === true || v === 'true', z.boolean());
const typed = (t: Texts, options: FreeTextOptions, required = t.intake.required) =>
  freeText(options, { characters: t.intake.characters, tooLong: t.intake.tooLong, required });
const optionalTyped = (t: Texts, options: FreeTextOptions) =>
  freeText({ ...options, required: false }, { characters: t.intake.characters, tooLong: t.intake.tooLong, required: t.intake.required });
/** A multi-choice: at most `max`, each one of the offered values, each once. */
const chosen = (offered: readonly string[], max: number, t: Texts, tooMany = t.intake.chooseAtMost(max), unknown = t.intake.unknownChoice) =>
  list.pipe(z.array(z.string().refine((v) => offered.includes(v), unknown)).transform((v) => [...new Set(v)]).pipe(z.array(z.string()).max(max, tooMany)));

/** What a submit is checked against: the texts, and the choices the form offered. */
export interface SubmitContext {
  t: Texts;
  programme: Programme;
  municipalities: readonly string[];
  /** Where a postcode area lies when that is clearly not the municipality given; undefined when it fits. */
  postcodeElsewhere?: (postcodeArea: string, municipality: string) => string | undefined;
  /** The requirements the form asked about (yes or no). */
  requirements: readonly AskedRequirement[];
}

export type ParsedSubmit = { ok: true; change: IntakeChange } | { ok: false; errors: Record<string, string> };

type StepParser = (values: Record<string, unknown>, context: SubmitContext) => ParsedSubmit;

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

// Building a schema costs more than parsing with it (zod compiles an object schema on its first
// parse), and a class sends thousands of submits: a step's schema is built once per language (its
// messages), programme (its choices, known by the catalogue's object: a reloaded catalogue is
// another) and set of questions, and kept. Travel's depends on the list of municipalities and is
// built each time.
const built = new WeakMap<Texts, Map<string, z.ZodType>>();
const programmeIds = new WeakMap<Programme, number>();
let programmesSeen = 0;
const idOf = (programme: Programme): number => {
  if (!programmeIds.has(programme)) programmeIds.set(programme, ++programmesSeen);
  return programmeIds.get(programme)!;
};
function once<S extends z.ZodType>(t: Texts, key: string, build: () => S): S {
  let schemas = built.get(t);
  if (!schemas) built.set(t, (schemas = new Map()));
  let schema = schemas.get(key) as S | undefined;
  if (!schema) schemas.set(key, (schema = build()));
  return schema;
}

const parsers: Record<string, StepParser> = {
  'own-place': (values, { t }) => parseWith(
    once(t, 'own-place', () => z.object({ companyName: typed(t, { max: L.ownCompanyChars }), place: typed(t, { max: L.ownPlaceChars }) })),
    values, (v) => ({ part: 'own-placement', ownPlacement: v })),
  wish: (values, { t }) => parseWith(
    once(t, 'wish', () => z.object({ text: typed(t, { max: L.wishChars, multiline: true }, t.intake.wish.required) })),
    values, (v) => ({ part: 'wish', text: v.text })),
  'work-processes': (values, { t, programme }) => parseWith(
    once(t, `work-processes:${idOf(programme)}`, () => z.object({ codes: chosen(workProcessesOf(programme).map((w) => w.code), L.workProcesses, t, t.intake.workProcesses.count).pipe(z.array(z.string()).min(1, t.intake.workProcesses.required)) })),
    values, (v) => ({ part: 'work-processes', codes: v.codes })),
  organisation: (values, { t, programme }) => parseWith(
    once(t, `organisation:${idOf(programme)}`, () => z.object({
      organisationTypes: chosen(programme.organisationTypes.map((o) => o.code), Math.min(3, L.organisationTypes), t, t.intake.organisation.tooMany),
      electives: chosen(programme.electives.map((e) => e.code), L.electives, t),
      organisationSizes: chosen(OrganisationSize.options, OrganisationSize.options.length, t),
    })),
    values, (v) => ({ part: 'organisation', organisationTypes: v.organisationTypes, electives: v.electives, organisationSizes: v.organisationSizes as OrganisationSize[] })),
  travel: (values, context) => parseWith(travelSchema(context), values, (v) => ({ part: 'travel', travel: v })),
  days: (values, { t }) => parseWith(
    once(t, 'days', () => z.object({ days: list.pipe(z.array(Weekday, { error: t.intake.days.required }).min(1, t.intake.days.required)).transform((d) => [...new Set(d)]), early: toggle, evening: toggle, weekend: toggle })),
    values, (v) => ({ part: 'days', availability: v })),
  ranking: (values, { t }) => {
    const picks = [values.rank1, values.rank2, values.rank3].filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
    if (new Set(picks).size !== picks.length) return { ok: false, errors: { rank2: t.intake.ranking.distinct } };
    return { ok: true, change: { part: 'ranking', offerIds: picks } };
  },
  requirements: (values, { t, requirements }) => {
    // One yes or no per question asked; nothing else is read.
    const answer = () => z.enum(['yes', 'no'], { error: t.intake.requirements.required });
    return parseWith(
      once(t, `requirements:${requirements.join(',')}`, () => z.object(Object.fromEntries(requirements.map((r) => [r, answer()])))),
      values, (v) => ({ part: 'requirements', answers: Object.fromEntries(Object.entries(v).map(([r, a]) => [r, a === 'yes'])) }));
  },
  support: (values, { t }) => parseWith(
    once(t, 'support', () => z.object({ wanted: toggle, details: optionalTyped(t, { max: L.supportChars, multiline: true }), shareWithCompany: toggle })),
    values, (v) => ({ part: 'support', supportNeed: { wanted: v.wanted, ...(v.wanted && v.details ? { details: v.details, shareWithCompany: v.shareWithCompany } : {}) } })),
};

/** Where a student lives and can get to: only places from the list Koppel can measure travel from. */
function travelSchema({ t, municipalities, postcodeElsewhere }: SubmitContext) {
  const x = t.intake.travel;
  const place = z.string().refine((m) => municipalities.includes(m), t.intake.municipalityUnknown);
  return z.object({
    municipality: optionalTyped(t, { max: L.municipalityChars }).pipe(place.optional()),
    postcodeArea: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined), z.string().regex(POSTCODE_AREA_PATTERN, x.postcodeInvalid).optional()),
    modes: list.pipe(z.array(TransportMode, { error: x.modesRequired }).min(1, x.modesRequired)).transform((m) => [...new Set(m)]),
    maxMinutes: z.coerce.number({ error: x.maxMinutesRequired }).refine((m) => (TRAVEL_MINUTES as readonly number[]).includes(m), x.maxMinutesRequired),
    reachableMunicipalities: chosen(municipalities, L.reachableMunicipalities, t, t.intake.chooseAtMost(L.reachableMunicipalities), t.intake.municipalityUnknown),
  }).superRefine((v, ctx) => {
    if (!v.municipality && !v.postcodeArea) ctx.addIssue({ code: 'custom', path: ['municipality'], message: x.whereRequired });
    // Travel times start from the postcode area: one in another town would place the student there.
    const elsewhere = v.municipality && v.postcodeArea ? postcodeElsewhere?.(v.postcodeArea, v.municipality) : undefined;
    if (elsewhere && v.postcodeArea && v.municipality) ctx.addIssue({ code: 'custom', path: ['postcodeArea'], message: x.postcodeElsewhere(v.postcodeArea, elsewhere, v.municipality) });
  });
}

/** `intake.save.<step>` → a validated change, or a message per field saying what to fix. */
export function parseIntakeSubmit(step: string, values: Record<string, unknown>, context: SubmitContext): ParsedSubmit | undefined {
  return Object.hasOwn(parsers, step) ? parsers[step](values, context) : undefined;
}
