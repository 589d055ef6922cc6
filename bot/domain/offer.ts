import { z } from 'zod/v4';
import { Id, IsoDate, IsoDateTime, OrganisationSize, Requirement, Shift, Weekday } from './common.js';

export const OfferAgreement = z.object({
  placesStayFree: z.literal(true),
  introductionIsNoSelection: z.literal(true),
  noSubjectiveRefusal: z.literal(true),
  /**
   * The company acts early on discrimination at the workplace (the Stappenplan's third agreement with
   * companies). Absent on offers saved before the form asked it; every save since requires it.
   */
  actsOnDiscrimination: z.literal(true).optional(),
});
/** What a company agrees to when it saves an offer now: every statement, none left out. */
export const CurrentOfferAgreement = OfferAgreement.required();

export const Offer = z.object({
  id: Id,
  roundId: Id,
  companyId: Id,
  places: z.number().int().min(0).max(100),
  /** How many first-year students they can really guide: often the real limit. */
  supervisionCapacity: z.number().int().min(0).max(100),
  period: z.object({ from: IsoDate, to: IsoDate }).optional(),
  days: z.array(Weekday).min(1),
  // Defaults so offers stored before these were asked read as they matched then: one shared day, no shifts.
  /** The student must be able to come on at least this many of the offer's days. */
  minDays: z.number().int().min(1).max(7).default(1),
  /** Shifts the work needs; a student is only placed here when they agreed to each. */
  shiftsNeeded: z.array(Shift).default([]),
  programmeCodes: z.array(z.string().regex(/^\d{5}$/)).min(1),
  workProcesses: z.array(z.string()).min(1),
  organisationType: z.string().min(1),
  /** Absent on offers stored before it was asked. */
  organisationSize: OrganisationSize.optional(),
  /** Electives (keuzedelen) of the offer's programmes that fit the work here: catalogue codes. */
  electives: z.array(z.string()).max(50).default([]),
  learnText: z.string().min(1).max(600),
  extraSupport: z.object({ available: z.boolean(), kind: z.string().max(300).optional() }),
  locationId: Id,
  allowancePerMonth: z.number().min(0).max(5000).optional(),
  requirements: z.array(Requirement).default([]),
  /** Free text held for a coordinator's review; never used in matching until approved. */
  otherRequirement: z.object({
    text: z.string().max(300),
    review: z.enum(['pending', 'approved', 'refused']),
    /** The coordinator's reason, told to the company; required for a refusal. */
    reason: z.string().trim().min(3).max(300).optional(),
    reviewedBy: Id.optional(),
    reviewedAt: IsoDateTime.optional(),
  }).optional(),
  agreement: OfferAgreement,
  updatedAt: IsoDateTime,
});
export type Offer = z.infer<typeof Offer>;

export function usableCapacity(offer: Pick<Offer, 'places' | 'supervisionCapacity'>): number {
  return Math.min(offer.places, offer.supervisionCapacity);
}
