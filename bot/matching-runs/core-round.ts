import type { Catalogue } from '../catalogue/index.js';
import { findProgramme, offerWorkProcessRefs, qualificationOf, studentWorkProcessRefs } from '../catalogue/index.js';
import type { Company } from '../domain/company.js';
import type { Offer } from '../domain/offer.js';
import { matchedRequirements } from '../domain/requirement-kinds.js';
import type { Round } from '../domain/round.js';
import type { Student } from '../domain/student.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { Pin, RoundFile } from '../../matching/index.js';

type Candidate = RoundFile['candidates'][number];
type CoreOffer = RoundFile['offers'][number];

// The one door from the domain into the matching core. It copies only what may be matched on:
// names, student numbers, chat identities, languages, e-mail addresses and the support details
// stay behind, so the core cannot use them even by mistake (the invariance test proves it).

export type Skipped =
  | { kind: 'student'; id: string; reason: 'own-placement' | 'not-confirmed' | 'unknown-programme' }
  | { kind: 'offer'; id: string; reason: 'unknown-location' | 'unknown-programme' };

export interface CoreRoundInput {
  round: Round;
  students: readonly Student[];
  offers: readonly Offer[];
  companies: readonly Company[];
  catalogue: Catalogue;
  gazetteer: Gazetteer;
  pins?: readonly Pin[];
  /** A rematch: per student, the offers of companies that refused them. */
  excludedOffers?: ReadonlyMap<string, readonly string[]>;
}

export function coreRound(input: CoreRoundInput): { round: RoundFile; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  const candidates = input.students.filter((s) => s.roundId === input.round.id).flatMap((s) => {
    const c = candidateOf(s, input);
    if ('reason' in c) skipped.push({ kind: 'student', id: s.id, reason: c.reason });
    return 'reason' in c ? [] : [c];
  });
  const offers = input.offers.filter((o) => o.roundId === input.round.id).flatMap((o) => {
    const c = coreOffer(o, input);
    if ('reason' in c) skipped.push({ kind: 'offer', id: o.id, reason: c.reason });
    return 'reason' in c ? [] : [c];
  });
  return {
    // The round's weights are part of the input, like the seed: the same input gives the same run.
    round: { candidates, offers, policy: { mechanism: input.round.mechanism, seed: input.round.seed, weights: { ...input.round.weights }, pins: [...(input.pins ?? [])] } },
    skipped,
  };
}

function candidateOf(student: Student, { round, catalogue, gazetteer, excludedOffers }: CoreRoundInput): Candidate | { reason: 'own-placement' | 'not-confirmed' | 'unknown-programme' } {
  if (student.intakeStatus === 'own-placement') return { reason: 'own-placement' };
  const { learningWish: wish, travel, availability } = student;
  if (student.intakeStatus !== 'confirmed' || !wish || !travel || !availability) return { reason: 'not-confirmed' };
  const programme = findProgramme(catalogue, student.programmeCode);
  if (!programme) return { reason: 'unknown-programme' };
  const municipality = travel.municipality ?? (travel.postcodeArea && gazetteer.nearestMunicipality(travel.postcodeArea)) ?? `postcode ${travel.postcodeArea}`;
  const origin = gazetteer.placeOf(travel);
  return {
    id: student.id,
    programme: { code: programme.code, level: programme.level },
    workProcesses: studentWorkProcessRefs(programme.code, wish.workProcesses).filter((ref) => qualificationOf(ref) === programme.code),
    electives: [...wish.electives],
    organisationTypes: [...wish.organisationTypes],
    // Size is a preference about the company, like its type; it enters the organisation part of the fit (matching/fit.ts).
    organisationSizes: [...wish.organisationSizes],
    learningWish: wish.text,
    travel: {
      // The postcode area's point when known: a municipality's centre puts a whole town on one spot.
      origin: origin ? { lat: origin.lat, lon: origin.lon, spreadKm: origin.spreadKm } : null,
      municipality,
      modes: [...travel.modes],
      maxMinutes: travel.maxMinutes,
      reachableMunicipalities: [...travel.reachableMunicipalities],
    },
    days: [...availability.days],
    shiftsOk: [availability.early && 'early', availability.evening && 'evening', availability.weekend && 'weekend'].filter((s) => s !== false) as NonNullable<Candidate['shiftsOk']>,
    needsSupport: student.supportNeed?.wanted ?? false,
    requirementsMet: matchedRequirements(student.requirementsMet),
    ...(round.mechanism === 'ranked' && student.ranking.length ? { ranking: [...student.ranking] } : {}),
    excludedOffers: [...(excludedOffers?.get(student.id) ?? [])],
  };
}

function coreOffer(offer: Offer, { catalogue, companies, gazetteer }: CoreRoundInput): CoreOffer | { reason: 'unknown-location' | 'unknown-programme' } {
  const location = companies.find((c) => c.id === offer.companyId)?.locations.find((l) => l.id === offer.locationId);
  const centre = location && (location.coordinates ? { ...location.coordinates, spreadKm: 0 } : gazetteer.placeOf(location));
  if (!location || !centre) return { reason: 'unknown-location' };
  const programmes = offer.programmeCodes.map((code) => findProgramme(catalogue, code));
  if (programmes.some((p) => !p)) return { reason: 'unknown-programme' };
  return {
    id: offer.id,
    programmes: programmes.map((p) => ({ code: p!.code, levels: [p!.level] })),
    places: offer.places,
    supervisionCapacity: offer.supervisionCapacity,
    // Only of the programmes the offer is for: a work process names its qualification.
    workProcesses: offerWorkProcessRefs(offer, catalogue).filter((ref) => offer.programmeCodes.includes(qualificationOf(ref))),
    learnText: offer.learnText,
    organisationType: offer.organisationType,
    locations: [{ lat: centre.lat, lon: centre.lon, spreadKm: centre.spreadKm, municipality: location.municipality }],
    days: [...offer.days],
    minDays: offer.minDays,
    shiftsNeeded: [...offer.shiftsNeeded],
    // Only the round's catalogue codes were accepted on the card (offer-draft.ts).
    electives: [...offer.electives],
    ...(offer.organisationSize ? { organisationSize: offer.organisationSize } : {}),
    // Counts only when the round gives it a weight; an offer that named none pays nothing.
    allowancePerMonth: offer.allowancePerMonth ?? 0,
    extraSupport: offer.extraSupport.available,
    // Only requirements from the allowed list, and of those only what a student has or is: a VOG is
    // arranged after the match (a to-do on the result). Free text waits for a coordinator and never enters matching.
    requirements: matchedRequirements(offer.requirements),
  };
}
