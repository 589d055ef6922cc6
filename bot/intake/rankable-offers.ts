import { matchedRequirements } from '../domain/requirement-kinds.js';
import { areaKm, modelMinutes } from '../../matching/index.js';
import { offerWorkProcessRefs, qualificationOf, studentWorkProcessRefs, type Programme } from '../catalogue/index.js';
import type { Shift, Weekday } from '../domain/common.js';
import type { Offer } from '../domain/offer.js';
import type { Student } from '../domain/student.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { KoppelView } from '../koppel-data.js';

/** An offer as a student may see it before the release: what you do and learn, where, how far. Never who. */
export interface RankableOffer {
  id: string;
  organisationType: string;
  municipality: string;
  /** references, only of the student's own programme */
  workProcesses: string[];
  learnText: string;
  /** Estimated one-way minutes with the student's fastest own transport, when both places are known. */
  minutes?: number;
  /** When the student would come: the offer's days, on how many of them at least, and the shifts it needs. */
  days: Weekday[];
  minDays: number;
  shiftsNeeded: Shift[];
  /** Euros a month as the company gave it; absent when it said nothing. A student weighs it themselves. */
  allowancePerMonth?: number;
}

export const MAX_RANKABLE_OFFERS = 20;

/** The offers of the student's round and programme that still have room; where they are is on their companies. */
export function offersOpenTo(data: Readonly<KoppelView>, student: Student, programme: Programme): Offer[] {
  return Object.values(data.offers)
    .filter((o) => o.roundId === student.roundId && o.programmeCodes.includes(programme.code) && Math.min(o.places, o.supervisionCapacity) > 0)
    // A place that asks what the student said they do not have (or did not answer yet) could never be theirs.
    .filter((o) => matchedRequirements(o.requirements).every((r) => student.requirementsMet.includes(r)));
}

/**
 * One offer as the student may see it: the work of their own programme, what they learn, the
 * municipality and the estimated travel time. `shared` counts the work processes they asked for.
 */
export function describeOffer(data: Readonly<KoppelView>, student: Student, programme: Programme, gazetteer: Gazetteer, offer: Offer): RankableOffer & { shared: number } {
  const origin = student.travel ? gazetteer.placeOf(student.travel) : undefined;
  const wanted = new Set(studentWorkProcessRefs(programme.code, student.learningWish?.workProcesses ?? []));
  const location = data.companies[offer.companyId]?.locations.find((l) => l.id === offer.locationId);
  const centre = location && (location.coordinates ? { ...location.coordinates, spreadKm: 0 } : gazetteer.placeOf(location));
  const km = origin && centre ? areaKm(origin, centre) : undefined;
  const workProcesses = offerWorkProcessRefs(offer, { programmes: [programme] }).filter((ref) => qualificationOf(ref) === programme.code);
  const minutes = km === undefined || !student.travel ? undefined : Math.min(...student.travel.modes.map((m) => modelMinutes(km, m)));
  return {
    id: offer.id, organisationType: offer.organisationType, municipality: location?.municipality ?? '', workProcesses,
    learnText: offer.learnText, ...(minutes === undefined ? {} : { minutes }),
    days: [...offer.days], minDays: offer.minDays, shiftsNeeded: [...offer.shiftsNeeded],
    ...(offer.allowancePerMonth === undefined ? {} : { allowancePerMonth: offer.allowancePerMonth }), shared: workProcesses.filter((w) => wanted.has(w)).length,
  };
}

/** Offers of the student's round and programme, the best fitting and nearest first. */
export function rankableOffers(data: Readonly<KoppelView>, student: Student, programme: Programme, gazetteer: Gazetteer): RankableOffer[] {
  const offers = offersOpenTo(data, student, programme).map((offer) => describeOffer(data, student, programme, gazetteer, offer));
  offers.sort((a, b) => b.shared - a.shared || (a.minutes ?? Infinity) - (b.minutes ?? Infinity) || a.id.localeCompare(b.id));
  return offers.slice(0, MAX_RANKABLE_OFFERS).map(({ shared: _shared, ...offer }) => offer);
}
