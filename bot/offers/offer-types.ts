import type { ContactInfo } from '../school-contact.js';
import type { Programme } from '../catalogue/index.js';
import type { OrganisationSize, Requirement, Shift, Weekday } from '../domain/common.js';
import type { Company } from '../domain/company.js';
import type { Offer } from '../domain/offer.js';
import type { Round } from '../domain/round.js';
import type { PersonKey } from '../people.js';
import type { Ground } from '../screening/grounds.js';

export interface OfferView {
  company: Company;
  round: Round;
  /** This company's saved offer for this round. */
  offer?: Offer;
  /** This company's most recent offer in an earlier round, to pre-fill the form; only while `offer` is absent. */
  previous?: Offer;
  /** acceptsOffers(round, now): false after the offers deadline or once the round closed. */
  editable: boolean;
  /** Why it is read-only, when it is: a closed round is not a passed deadline. */
  lockedBecause?: 'deadline-passed' | 'round-closed';
  /** The round's programmes from the catalogue, in the round's order. */
  programmes: Programme[];
  /** Whom the company can ask at school about this round. */
  contact?: ContactInfo;
}

export type OfferDraft = {
  places: number;
  supervisionCapacity: number;
  period?: { from: string; to: string };
  days: Weekday[];
  /** 1 when absent: one shared day is enough. */
  minDays?: number;
  shiftsNeeded?: Shift[];
  programmeCodes: string[];
  workProcesses: string[];
  organisationType: string;
  organisationSize?: OrganisationSize;
  electives?: string[];
  learnText: string;
  extraSupport: { available: boolean; kind?: string };
  locationId: string;
  allowancePerMonth?: number;
  requirements: Requirement[];
  otherRequirementText?: string;
  agreement: { placesStayFree: true; introductionIsNoSelection: true; noSubjectiveRefusal: true; actsOnDiscrimination: true };
};

/** One phrase of an offer's free text that names a protected ground, quoted as written. */
export interface ProtectedGroundFinding {
  field: 'learnText' | 'otherRequirementText' | 'extraSupportKind';
  phrase: string;
  grounds: Ground[];
}

/** Why a value is not accepted as it stands; `order`: the period ends before it starts. */
export type InvalidReason = 'required' | 'too-small' | 'too-big' | 'format' | 'order';

export type OfferRefusal =
  | { code: 'not-a-contact' }
  | { code: 'unknown-round' }
  | { code: 'round-not-open' }
  | { code: 'locked'; deadline: string; because: 'deadline-passed' | 'round-closed' }
  | { code: 'protected-ground'; findings: ProtectedGroundFinding[] }
  | { code: 'unknown-choice'; field: string; values: string[] }
  /** A value outside the stored offer's limits; `field` is the draft's name for it, e.g. `places`, `period.to`. */
  | { code: 'invalid'; field: string; reason: InvalidReason };

export type OfferResult = { ok: true; view: OfferView } | { ok: false; refusal: OfferRefusal };

export interface OfferService {
  /** Open rounds a contact can make an offer for (rounds in status 'open'), newest first. */
  openRounds(person: PersonKey): Promise<Round[]>;
  /** Rounds in which the contact's company gave an offer, newest first: their own offers stay visible, read-only once closed. */
  offeredRounds(person: PersonKey): Promise<Round[]>;
  view(person: PersonKey, roundId: string): Promise<OfferResult>;
  save(person: PersonKey, roundId: string, draft: OfferDraft): Promise<OfferResult>;
}
