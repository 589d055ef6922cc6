// The core's input: the ONLY way data enters the matching core. Every object is strict, so a key
// that is not listed here (a name, an age, a photo, a "fits in the team") is refused, not ignored.
// Blind matching is structural: there is simply no field that could carry a personal trait.
import { z } from 'zod/v4';

export const TRANSPORT_MODES = ['walking', 'bike', 'ebike', 'scooter', 'public_transport', 'car'] as const;
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const SHIFTS = ['early', 'evening', 'weekend'] as const;
/** Legitimate job requirements only (controlled list); protected grounds can never be expressed. */
export const REQUIREMENTS = [
  'driving_licence',
  'certificate_of_conduct',
  'minimum_age_16',
  'minimum_age_18',
  'safety_certificate',
  'food_hygiene_certificate',
] as const;
export const MECHANISMS = ['school', 'proposals', 'ranked'] as const;
/**
 * Size of the organisation in employees (the CBS/EU size classes): a fact about the company that a
 * student may prefer, never anything about the student.
 */
export const ORGANISATION_SIZES = ['1-9', '10-49', '50-249', '250+'] as const;

export const TransportMode = z.enum(TRANSPORT_MODES);
export const Day = z.enum(DAYS);
export const Shift = z.enum(SHIFTS);
export const Requirement = z.enum(REQUIREMENTS);
export const Mechanism = z.enum(MECHANISMS);
export const OrganisationSize = z.enum(ORGANISATION_SIZES);

const id = z.string().trim().min(1).max(100);
const code = z.string().trim().min(1).max(50);
const level = z.number().int().min(1).max(4);
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max).refine((xs) => new Set(xs).size === xs.length, 'contains a duplicate');

/**
 * A work process is named by its qualification (crebo) and its code, `25655/B1-K1-W1`: codes alone
 * collide, since two qualification files can both have a B1-K1-W1 that means different work.
 */
export const WORK_PROCESS_SEPARATOR = '/';
export const WorkProcessRef = z
  .string()
  .trim()
  .max(60)
  .regex(/^[^/\s]+\/[^/\s]+$/, 'a work process is its qualification and code, like 25655/B1-K1-W1');

export function workProcessRef(qualification: string, code: string): string {
  return `${qualification}${WORK_PROCESS_SEPARATOR}${code}`;
}

export function qualificationOf(ref: string): string {
  return ref.slice(0, ref.indexOf(WORK_PROCESS_SEPARATOR));
}

export function workProcessCodeOf(ref: string): string {
  return ref.slice(ref.indexOf(WORK_PROCESS_SEPARATOR) + 1);
}

/**
 * How far the real address may lie from the point given: a postcode area's point is within about
 * 1 km of its addresses, a municipality's centre a few km. 0 means the point is the address.
 */
const spreadKm = z.number().min(0).max(25).default(0);

export const Coordinates = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  spreadKm,
});

export const TravelOptions = z.strictObject({
  /** home area (e.g. postcode-area centroid); null when unknown: then only the table and municipalities count */
  origin: Coordinates.nullable(),
  municipality: z.string().trim().min(1).max(80),
  /** modes the student REALLY has (a bike they own, a bus that runs), not modes in theory */
  modes: uniqueList(TransportMode, TRANSPORT_MODES.length).refine((m) => m.length > 0, 'at least one mode'),
  /** one way, door to door */
  maxMinutes: z.number().int().min(5).max(240),
  /** municipalities the student says they can reach, whatever the model estimates */
  reachableMunicipalities: uniqueList(z.string().trim().min(1).max(80), 100).default([]),
});

export const Candidate = z.strictObject({
  /** opaque: never a name, student number or e-mail */
  id,
  programme: z.strictObject({ code, level }),
  /** only of the candidate's own qualification */
  workProcesses: uniqueList(WorkProcessRef, 50),
  electives: uniqueList(code, 30).default([]),
  organisationTypes: uniqueList(code, 20).default([]),
  /** sizes of organisation the student prefers; empty = no preference */
  organisationSizes: uniqueList(OrganisationSize, ORGANISATION_SIZES.length).default([]),
  learningWish: z.string().max(1000).default(''),
  travel: TravelOptions,
  days: uniqueList(Day, 7).refine((d) => d.length > 0, 'at least one day'),
  /** shifts the student agreed to; absent means none (we never assume consent) */
  shiftsOk: uniqueList(Shift, 3).default([]),
  /** only the flag: the details stay with the coordinator */
  needsSupport: z.boolean().default(false),
  requirementsMet: uniqueList(Requirement, REQUIREMENTS.length).default([]),
  /** ranked mechanism: up to three offer ids, best first */
  ranking: uniqueList(id, 3).optional(),
  /** offers that may not take this student: a company that refused them after an earlier match */
  excludedOffers: uniqueList(id, 200).default([]),
}).superRefine((candidate, ctx) => {
  candidate.workProcesses.forEach((ref, i) => {
    if (qualificationOf(ref) !== candidate.programme.code) ctx.addIssue({ code: 'custom', path: ['workProcesses', i], message: `"${ref}" is not of the candidate's programme ${candidate.programme.code}` });
  });
});

export const Location = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  spreadKm,
  municipality: z.string().trim().min(1).max(80),
});

export const Offer = z.strictObject({
  id,
  programmes: z.array(z.strictObject({ code, levels: uniqueList(level, 4).refine((l) => l.length > 0, 'at least one level') })).min(1).max(20),
  places: z.number().int().min(0).max(1000),
  /** often the real limit, especially for first-years */
  supervisionCapacity: z.number().int().min(0).max(1000),
  /** each of one of the offer's programmes */
  workProcesses: uniqueList(WorkProcessRef, 100),
  electives: uniqueList(code, 50).default([]),
  learnText: z.string().max(2000).default(''),
  organisationType: code,
  /** absent when the company did not say */
  organisationSize: OrganisationSize.optional(),
  /** euros a month; 0 when none is paid or none was stated. Counts only with a weight (Policy.weights.allowance). */
  allowancePerMonth: z.number().min(0).max(5000).default(0),
  locations: z.array(Location).min(1).max(20),
  days: uniqueList(Day, 7).refine((d) => d.length > 0, 'at least one day'),
  /** the student must be available on at least this many of the offer's days */
  minDays: z.number().int().min(1).max(7).default(1),
  shiftsNeeded: uniqueList(Shift, 3).default([]),
  extraSupport: z.boolean().default(false),
  requirements: uniqueList(Requirement, REQUIREMENTS.length).default([]),
}).superRefine((offer, ctx) => {
  const offered = new Set(offer.programmes.map((p) => p.code));
  offer.workProcesses.forEach((ref, i) => {
    if (!offered.has(qualificationOf(ref))) ctx.addIssue({ code: 'custom', path: ['workProcesses', i], message: `"${ref}" is not of a programme this offer is for` });
  });
});

/**
 * Default weights of the fit score (relative; only ratios matter). Work processes come from the
 * qualification file and weigh most; the learning wish next; type of organisation and travel
 * time after that; shared electives are a small bonus. The allowance counts only when a school
 * chooses so for its round: by default (0) it changes nothing.
 */
export const DEFAULT_WEIGHTS = { workProcesses: 4, learningWish: 3, organisationType: 2, travel: 2, electives: 1, allowance: 0 } as const;

const weight = z.number().min(0).max(100);
export const Weights = z.strictObject({
  workProcesses: weight.default(DEFAULT_WEIGHTS.workProcesses),
  learningWish: weight.default(DEFAULT_WEIGHTS.learningWish),
  organisationType: weight.default(DEFAULT_WEIGHTS.organisationType),
  travel: weight.default(DEFAULT_WEIGHTS.travel),
  electives: weight.default(DEFAULT_WEIGHTS.electives),
  allowance: weight.default(DEFAULT_WEIGHTS.allowance),
});

export const Pin = z.strictObject({
  candidateId: id,
  offerId: id,
  /** why the coordinator placed this student by hand; logged and shown */
  reason: z.string().trim().min(3).max(500),
});

/** A measured travel time: exactly one "from" key and one "to" key. Most specific entry wins. */
export const TravelTime = z
  .strictObject({
    candidateId: id.optional(),
    originMunicipality: z.string().trim().min(1).max(80).optional(),
    offerId: id.optional(),
    locationMunicipality: z.string().trim().min(1).max(80).optional(),
    mode: TransportMode,
    minutes: z.number().min(0).max(600),
  })
  .refine((t) => (t.candidateId === undefined) !== (t.originMunicipality === undefined), 'give exactly one of candidateId, originMunicipality')
  .refine((t) => (t.offerId === undefined) !== (t.locationMunicipality === undefined), 'give exactly one of offerId, locationMunicipality');

export const Policy = z.strictObject({
  mechanism: Mechanism.default('school'),
  weights: Weights.default(Weights.parse({})),
  /** proposals mechanism: how many offers each student gets to choose from */
  proposalCount: z.number().int().min(1).max(5).default(2),
  /** recorded with the round; decides ties only */
  seed: z.union([z.string().min(1).max(200), z.number().int()]),
  pins: z.array(Pin).default([]),
  travelTimes: z.array(TravelTime).default([]),
});

export type TransportMode = z.infer<typeof TransportMode>;
export type Day = z.infer<typeof Day>;
export type Shift = z.infer<typeof Shift>;
export type Requirement = z.infer<typeof Requirement>;
export type Mechanism = z.infer<typeof Mechanism>;
export type OrganisationSize = z.infer<typeof OrganisationSize>;
export type Coordinates = z.infer<typeof Coordinates>;
export type Candidate = z.infer<typeof Candidate>;
export type Offer = z.infer<typeof Offer>;
export type OfferLocation = z.infer<typeof Location>;
export type Weights = z.infer<typeof Weights>;
export type Pin = z.infer<typeof Pin>;
export type TravelTime = z.infer<typeof TravelTime>;
export type Policy = z.infer<typeof Policy>;
