// A complete demo document: one open round for two programmes, students at every stage of the
// intake, companies with offers, and one student and one company that belong to the playground
// user, so a newcomer can walk through intake, offer, match, approval and release locally.
// Everything is marked as demo and built deterministically from `now` and a fixed seed.
import { ASKED_OF_STUDENT } from '../domain/requirement-kinds.js';
import { KoppelData, type KoppelView, KOPPEL_DATA_VERSION } from '../koppel-data.js';
import { AuditEvent } from '../domain/audit-event.js';
import type { Weekday } from '../domain/common.js';
import { Company } from '../domain/company.js';
import { Offer } from '../domain/offer.js';
import { Round } from '../domain/round.js';
import { Student } from '../domain/student.js';
import { DEMO_COMPANIES, DEMO_PLAYGROUND_COMPANY, type DemoCompanySpec } from './demo-companies.js';
import { CARE, DEMO_STUDENTS, KITCHEN, type DemoStudentSpec } from './demo-students.js';
import { demoConversation, isDemoIdentity } from './demo-inbox.js';

export interface DemoOptions {
  now: Date;
  /** The chat user id of the person trying Koppel, e.g. 'user-id-0' in the Agents Playground. */
  playgroundUserId: string;
}

export const DEMO_ROUND_ID = 'demo-round';
export const DEMO_STUDENT_ID = 'demo-student';
export const DEMO_COMPANY_ID = 'demo-company';
export const DEMO_COORDINATOR_ID = 'demo-coordinator';
export const DEMO_SEED = 'demo';
export const DEMO_MARK = '(demo)';
export const DEMO_ROUND_NAME = 'DEMO – Verzorgende-IG en Kok, stageronde';
/** SBB numbers are digits only; the demo ones all start with this prefix. */
export const DEMO_SBB_PREFIX = '999';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** mulberry32 seeded by a string hash: the same seed gives the same numbers everywhere. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Context {
  now: Date;
  random: () => number;
  playgroundUserId: string;
}

const isoAt = (now: Date, ms: number): string => new Date(now.getTime() + ms).toISOString();
const dateAt = (now: Date, ms: number): string => isoAt(now, ms).slice(0, 10);
const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const companyIdOf = (spec: DemoCompanySpec): string => `demo-c-${spec.key}`;
const contactIdOf = (index: number): string => `29:demo-contact-${index + 1}`;

/** Builds the demo document; two calls with the same options give equal documents. */
export function demoData(options: DemoOptions): KoppelView {
  const ctx: Context = { now: options.now, random: seededRandom(DEMO_SEED), playgroundUserId: options.playgroundUserId };
  const round = demoRound(ctx);
  const students = [playgroundStudent(ctx), ...DEMO_STUDENTS.map((spec, i) => demoStudent(ctx, spec, i))];
  const companies = [
    ...DEMO_COMPANIES.map((spec, i) => demoCompany(spec, companyIdOf(spec), i + 1, [contactIdOf(i)])),
    demoCompany(DEMO_PLAYGROUND_COMPANY, DEMO_COMPANY_ID, 0, [options.playgroundUserId]),
  ];
  const offers = DEMO_COMPANIES.flatMap((spec, i) => (spec.offer ? [{ offer: demoOffer(ctx, spec, round), contact: contactIdOf(i) }] : []));
  const audit = [
    auditEvent('demo-audit-round', round.createdAt, DEMO_COORDINATOR_ID, 'round.created', 'round', round.id),
    ...offers.map(({ offer, contact }, i) => auditEvent(`demo-audit-offer-${i + 1}`, offer.updatedAt, contact, 'offer.saved', 'offer', offer.id)),
  ];
  return KoppelData.parse({
    schemaVersion: KOPPEL_DATA_VERSION,
    rounds: { [round.id]: round },
    students: byId(students),
    companies: byId(companies),
    offers: byId(offers.map(({ offer }) => offer)),
    matches: {},
    conversations: Object.fromEntries([...students.flatMap((s) => s.identities), ...companies.flatMap((c) => c.contacts)]
      .filter((identity) => isDemoIdentity(identity.userId))
      .map((identity) => [`${identity.platform}:${identity.userId}`, demoConversation(identity.userId, round.createdAt)])),
    preferences: {},
    audit,
  });
}

function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  return Object.fromEntries(items.map((item) => [item.id, item]));
}

function demoRound({ now }: Context): Round {
  return Round.parse({
    id: DEMO_ROUND_ID,
    name: DEMO_ROUND_NAME,
    programmeCodes: [CARE, KITCHEN],
    mechanism: 'school',
    status: 'open',
    wishesDeadline: isoAt(now, 14 * DAY),
    offersDeadline: isoAt(now, 14 * DAY),
    releaseAt: isoAt(now, 30 * DAY),
    internshipStart: dateAt(now, 60 * DAY),
    seed: DEMO_SEED,
    createdBy: DEMO_COORDINATOR_ID,
    createdAt: isoAt(now, -10 * DAY),
  });
}

function playgroundStudent({ playgroundUserId }: Context): Student {
  return Student.parse({
    id: DEMO_STUDENT_ID,
    roundId: DEMO_ROUND_ID,
    studentNumber: 'DEMO0000',
    programmeCode: CARE,
    displayName: `Playground-student ${DEMO_MARK}`,
    identities: [{ platform: 'teams', userId: playgroundUserId }],
    intakeStatus: 'invited',
  });
}

/** Days the student can come: most weekdays, a few drop one; kitchen students sometimes add the weekend. */
function availability(random: () => number, spec: DemoStudentSpec) {
  const dropped = random() < 0.4 ? pick(random, WEEKDAYS) : undefined;
  const weekend = spec.programme === KITCHEN && random() < 0.5;
  const days: Weekday[] = [...WEEKDAYS.filter((d) => d !== dropped), ...(weekend ? (['sat'] as const) : [])];
  return { days, early: random() < 0.5, evening: spec.programme === KITCHEN && random() < 0.6, weekend };
}

function demoStudent(ctx: Context, spec: DemoStudentSpec, index: number): Student {
  const { now, random } = ctx;
  const base = {
    id: `demo-s-${spec.key}`,
    roundId: DEMO_ROUND_ID,
    studentNumber: `DEMO${String(index + 1).padStart(4, '0')}`,
    programmeCode: spec.programme,
    displayName: `${spec.name} ${DEMO_MARK}`,
  };
  if (spec.status === 'invited') {
    return Student.parse({ ...base, pendingEmail: `demo-${spec.key}@school.example`, intakeStatus: 'invited' });
  }
  const identities = [{ platform: 'teams', userId: `29:demo-student-${spec.key}` }];
  const updatedAt = isoAt(now, -Math.round((1 + random() * 8) * DAY));
  if (spec.status === 'own-placement') {
    if (!spec.ownPlacement) throw new Error(`demo student ${spec.key}: own placement without a company`);
    return Student.parse({
      ...base, identities, intakeStatus: 'own-placement', updatedAt,
      ownPlacement: { ...spec.ownPlacement, reportedAt: updatedAt },
    });
  }
  if (!spec.wish || !spec.workProcesses || !spec.modes || !spec.maxMinutes) throw new Error(`demo student ${spec.key}: incomplete intake`);
  return Student.parse({
    ...base,
    identities,
    intakeStatus: 'confirmed',
    intakeStep: 'summary',
    reachedSummary: true,
    confirmedAt: updatedAt,
    updatedAt,
    learningWish: {
      text: spec.wish,
      workProcesses: spec.workProcesses,
      organisationTypes: spec.organisationTypes ?? [],
      electives: spec.electives ?? [],
    },
    travel: { municipality: spec.home, postcodeArea: spec.postcodeArea, modes: spec.modes, maxMinutes: spec.maxMinutes },
    availability: availability(random, spec),
    supportNeed: spec.support ? { wanted: true, details: spec.support } : { wanted: false },
    requirementsMet: spec.requirementsMet ?? [],
    // The made-up students answered every requirement question, so none counts as never asked.
    requirementsAnswered: [...ASKED_OF_STUDENT],
  });
}

function demoCompany(spec: DemoCompanySpec, id: string, number: number, contacts: string[]): Company {
  return Company.parse({
    id,
    name: `${spec.name} ${DEMO_MARK}`,
    sbbNumber: `${DEMO_SBB_PREFIX}${String(number).padStart(5, '0')}`,
    locations: spec.locations.map((l, i) => ({ id: `${id}-loc-${i + 1}`, ...l })),
    contacts: contacts.map((userId) => ({ platform: 'teams', userId })),
  });
}

function demoOffer({ now, random }: Context, spec: DemoCompanySpec, round: Round): Offer {
  const offer = spec.offer;
  if (!offer) throw new Error(`demo company ${spec.key} has no offer`);
  const companyId = companyIdOf(spec);
  return Offer.parse({
    id: `demo-o-${spec.key}`,
    roundId: round.id,
    companyId,
    places: offer.places,
    supervisionCapacity: offer.supervisionCapacity,
    period: { from: round.internshipStart, to: dateAt(now, 60 * DAY + 20 * 7 * DAY) },
    days: offer.days,
    programmeCodes: [offer.programme],
    workProcesses: offer.workProcesses,
    organisationType: offer.organisationType,
    learnText: offer.learnText,
    extraSupport: offer.extraSupport ? { available: true, kind: offer.extraSupport } : { available: false },
    locationId: `${companyId}-loc-${offer.location + 1}`,
    requirements: offer.requirements ?? [],
    ...(offer.allowancePerMonth !== undefined ? { allowancePerMonth: offer.allowancePerMonth } : {}),
    agreement: { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true },
    updatedAt: isoAt(now, -Math.round((1 + random() * 6) * DAY + random() * 8 * HOUR)),
  });
}

function auditEvent(id: string, at: string, actorId: string, action: AuditEvent['action'], subjectType: AuditEvent['subjectType'], subjectId: string): AuditEvent {
  return AuditEvent.parse({ id, at, actorId, action, subjectType, subjectId });
}
