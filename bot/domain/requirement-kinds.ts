import { REQUIREMENTS } from '../../matching/matching-input.js';
import type { Requirement } from './common.js';

// An offer's requirements are of two kinds. What a student has or is (a driving licence, a
// certificate, a legal minimum age) is asked in the intake and matched on. What is arranged after the
// match (a VOG: only a student with a place can apply for one) is a to-do on the result, never a filter.
export const ARRANGED_AFTER_MATCH = ['certificate_of_conduct'] as const satisfies readonly Requirement[];
export type ArrangedRequirement = (typeof ARRANGED_AFTER_MATCH)[number];
/** A requirement the student is asked about: every one needs a question in each language. */
export type AskedRequirement = Exclude<Requirement, ArrangedRequirement>;

export function isArrangedAfterMatch(requirement: Requirement): requirement is ArrangedRequirement {
  return (ARRANGED_AFTER_MATCH as readonly Requirement[]).includes(requirement);
}

/** The requirements a student is asked about (yes or no), in the controlled list's order. */
export const ASKED_OF_STUDENT: readonly AskedRequirement[] = REQUIREMENTS.filter((r): r is AskedRequirement => !isArrangedAfterMatch(r));

/** What the core may filter on: an offer's requirements without those arranged after the match. */
export function matchedRequirements(requirements: readonly Requirement[]): Requirement[] {
  return requirements.filter((r) => !isArrangedAfterMatch(r));
}

interface OfferNeeds {
  roundId: string;
  programmeCodes: readonly string[];
  requirements: readonly Requirement[];
}

/**
 * What the students of a programme in a round are asked: every requirement to ask that an offer of
 * that round for that programme needs, and nothing else.
 */
export function requirementsToAsk(offers: Iterable<OfferNeeds>, roundId: string, programmeCode: string): AskedRequirement[] {
  const needed = new Set<Requirement>();
  for (const offer of offers) {
    if (offer.roundId !== roundId || !offer.programmeCodes.includes(programmeCode)) continue;
    for (const r of offer.requirements) if (!isArrangedAfterMatch(r)) needed.add(r);
  }
  return ASKED_OF_STUDENT.filter((r) => needed.has(r));
}
