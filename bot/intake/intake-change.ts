import type { WishIssue } from './wish-coach.js';
import type { OrganisationSize, Requirement } from '../domain/common.js';
import type { Availability, IntakeStep, LearningWish, OwnPlacement, SupportNeed, TravelOptions } from '../domain/student.js';

/** One saved part of a student's intake, already validated at the boundary by the dialog. */
export type IntakeChange =
  | { part: 'privacy-seen' }
  | { part: 'wish'; text: string }
  | { part: 'work-processes'; codes: string[] }
  | { part: 'organisation'; organisationTypes: string[]; electives: string[]; organisationSizes?: OrganisationSize[] }
  | { part: 'travel'; travel: TravelOptions }
  | { part: 'days'; availability: Availability }
  | { part: 'support'; supportNeed: SupportNeed }
  /** Yes or no per requirement asked; only requirements an offer of the student's round needs. */
  | { part: 'requirements'; answers: Partial<Record<Requirement, boolean>> }
  | { part: 'ranking'; offerIds: string[] }
  | { part: 'own-placement'; ownPlacement: Omit<OwnPlacement, 'reportedAt'> }
  | { part: 'undo-own-placement' }
  | { part: 'go-to'; step: IntakeStep }
  | { part: 'confirm' };

export type IntakeRefusal =
  | { code: 'not-in-round' }
  | { code: 'locked'; deadline: string }
  | { code: 'unknown-choice'; field: string; values: string[] }
  | { code: 'wish-needs-work'; issues: WishIssue[] }
  | { code: 'incomplete'; missing: Array<Exclude<IntakeStep, 'privacy' | 'summary'>> }
  | { code: 'no-ranking-here' };

export type LearningWishParts = Pick<LearningWish, 'text' | 'workProcesses'>;
