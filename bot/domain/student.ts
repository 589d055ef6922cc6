import { z } from 'zod/v4';
import { Id, IsoDateTime, Locale, OrganisationSize, PlatformIdentity, PostcodeArea, TransportMode, Weekday, Requirement } from './common.js';

export const LEARNING_WISH_MAX_CHARS = 600;

/** The limits of what a student enters: the store's schema below and the intake's forms both use these. */
export const STUDENT_LIMITS = {
  wishChars: LEARNING_WISH_MAX_CHARS,
  workProcesses: 5,
  organisationTypes: 5,
  electives: 10,
  municipalityChars: 80,
  reachableMunicipalities: 20,
  supportChars: 600,
  ownCompanyChars: 120,
  ownPlaceChars: 80,
} as const;
const L = STUDENT_LIMITS;

/** Saved step by step: the text first, then 1–5 work processes (checked before confirming). */
export const LearningWish = z.object({
  text: z.string().min(1).max(LEARNING_WISH_MAX_CHARS),
  workProcesses: z.array(z.string()).max(L.workProcesses).default([]),
  organisationTypes: z.array(z.string()).max(L.organisationTypes).default([]),
  /** Sizes of organisation the student prefers (controlled list); empty: no preference. */
  organisationSizes: z.array(OrganisationSize).max(OrganisationSize.options.length).default([]),
  electives: z.array(z.string()).max(L.electives).default([]),
});
export type LearningWish = z.infer<typeof LearningWish>;

export const TravelOptions = z.object({
  postcodeArea: PostcodeArea.optional(),
  municipality: z.string().min(1).max(L.municipalityChars).optional(),
  modes: z.array(TransportMode).min(1),
  maxMinutes: z.number().int().min(5).max(180),
  reachableMunicipalities: z.array(z.string().min(1).max(L.municipalityChars)).max(L.reachableMunicipalities).default([]),
}).refine((t) => t.postcodeArea !== undefined || t.municipality !== undefined, {
  message: 'give a postcode area or a municipality',
});
export type TravelOptions = z.infer<typeof TravelOptions>;

/** The student's own request; details are for care coordinators only, matching sees just the flag. */
export const SupportNeed = z.object({
  wanted: z.boolean(),
  details: z.string().max(L.supportChars).optional(),
  /** The student's own choice: the host company may read the details after the release (never before, never otherwise). */
  shareWithCompany: z.boolean().optional(),
});
export type SupportNeed = z.infer<typeof SupportNeed>;

/** A coordinator's answer to an own place: accepted, or more asked of the student; always with a reason. */
export const OwnPlacementDecision = z.object({
  outcome: z.enum(['accepted', 'more-asked']),
  reason: z.string().trim().min(3).max(300),
  by: z.string().min(1).max(200),
  at: IsoDateTime,
});
export type OwnPlacementDecision = z.infer<typeof OwnPlacementDecision>;

export const OwnPlacement = z.object({
  companyName: z.string().min(1).max(L.ownCompanyChars),
  place: z.string().min(1).max(L.ownPlaceChars),
  reportedAt: IsoDateTime,
  /** Absent until a coordinator decided; reporting the place again clears it. */
  decision: OwnPlacementDecision.optional(),
});
export type OwnPlacement = z.infer<typeof OwnPlacement>;

export const Availability = z.object({
  days: z.array(Weekday).min(1),
  early: z.boolean().default(false),
  evening: z.boolean().default(false),
  weekend: z.boolean().default(false),
});
export type Availability = z.infer<typeof Availability>;

export const IntakeStatus = z.enum(['invited', 'started', 'confirmed', 'own-placement']);
export type IntakeStatus = z.infer<typeof IntakeStatus>;

/** The parts of the intake, in the order a student meets them; saved so a student resumes where they left off. */
export const IntakeStep = z.enum(['privacy', 'wish', 'work-processes', 'organisation', 'travel', 'days', 'requirements', 'support', 'ranking', 'summary']);
export type IntakeStep = z.infer<typeof IntakeStep>;

/**
 * The places a proposals round offered this student, and the one they chose. Kept on the student,
 * not in a collection of its own: like the wish and the ranking it is the student's own answer,
 * written only by their own turns and read with their record, so it is exported and deleted with it
 * (`mijn gegevens downloaden`, `student verwijderen`) without a rule of its own and erased with the
 * intake's answers (retention), in lowdb and PostgreSQL alike. Offer ids only: which company an offer is stays with the school until the release.
 */
export const ProposalChoice = z.object({
  roundId: Id,
  /** best first, as the approved run proposed them; fixed at the proposals' release */
  offerIds: z.array(Id).min(1).max(5),
  chosen: Id.optional(),
  chosenAt: IsoDateTime.optional(),
}).refine((p) => p.chosen === undefined || p.offerIds.includes(p.chosen), { message: 'the chosen offer must be one of the proposals', path: ['chosen'] });
export type ProposalChoice = z.infer<typeof ProposalChoice>;

export const Student = z.object({
  id: Id,
  roundId: Id,
  studentNumber: z.string().min(1).max(20),
  programmeCode: z.string().regex(/^\d{5}$/),
  /** Shown to coordinators and, after release, to the company; never enters the matching core. */
  displayName: z.string().max(120).optional(),
  identities: z.array(PlatformIdentity).default([]),
  /** E-mail or UPN from the import, lowercase; linked to a chat account when the student first writes. */
  pendingEmail: z.string().min(3).max(254).regex(/^[^\s@]+@[^\s@]+$/).optional(),
  locale: Locale.default('nl'),
  intakeStatus: IntakeStatus.default('invited'),
  intakeStep: IntakeStep.default('privacy'),
  /** Once a student has seen the summary, saving a part returns there instead of walking every step again. */
  reachedSummary: z.boolean().default(false),
  confirmedAt: IsoDateTime.optional(),
  learningWish: LearningWish.optional(),
  travel: TravelOptions.optional(),
  availability: Availability.optional(),
  supportNeed: SupportNeed.optional(),
  /** The requirements the student has or is (yes answers, from the intake or the school's import). */
  requirementsMet: z.array(Requirement).default([]),
  /** Every requirement the student answered, yes or no: one needed by an offer but not here was never asked. */
  requirementsAnswered: z.array(Requirement).default([]),
  ownPlacement: OwnPlacement.optional(),
  ranking: z.array(Id).max(3).default([]),
  proposals: ProposalChoice.optional(),
  updatedAt: IsoDateTime.optional(),
});
export type Student = z.infer<typeof Student>;
