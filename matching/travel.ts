// A deliberately conservative travel model: we would rather miss a place that turns out to be
// reachable than send a student somewhere they cannot get to (the research story: a student was
// matched to a company "easy by bike" and had no bike). Only the modes the student really has count.
//
// minutes = ceil( overhead + km × detour ÷ speedKmh × 60 ),  km = √(haversineKm² + spreadA² + spreadB²)
//
// Places are known only as points of an area (a postcode area, at worst a municipality), each with
// how far its addresses spread around the point. Two addresses in one area are not 0 km apart: the
// spreads add up to a realistic floor (two PC4 points at 0.7 km: about 1 km, 9 min by bike), and
// they barely change a long trip.
//
// | mode             | speed km/h | detour × | overhead min | why the overhead                         |
// |------------------|-----------:|---------:|-------------:|------------------------------------------|
// | walking          |        4.5 |      1.3 |            2 | leaving the house                        |
// | bike             |         15 |      1.3 |            3 | unlocking and parking the bike           |
// | ebike            |         20 |      1.3 |            3 | unlocking and parking the bike           |
// | scooter          |         25 |      1.3 |            4 | parking, helmet                          |
// | public_transport |         22 |      1.4 |           15 | walk to the stop, waiting, one transfer  |
// | car              |         40 |      1.3 |            8 | parking and walking to the entrance      |
//
// Speeds are door-to-door averages in Dutch towns, not top speeds. A measured travel-time table in
// the policy wins over the model, the most specific entry first (candidate+offer, candidate+
// municipality, municipality+offer, municipality+municipality). A place is reachable when the best
// minutes are within the student's maxMinutes, or when the student listed its municipality as
// reachable (their own knowledge beats our estimate).
import type { Candidate, Offer, OfferLocation, TransportMode, TravelTime } from './matching-input.js';

export interface ModeModel {
  readonly speedKmh: number;
  readonly detour: number;
  readonly overheadMinutes: number;
}

export const TRAVEL_MODEL: Readonly<Record<TransportMode, ModeModel>> = {
  walking: { speedKmh: 4.5, detour: 1.3, overheadMinutes: 2 },
  bike: { speedKmh: 15, detour: 1.3, overheadMinutes: 3 },
  ebike: { speedKmh: 20, detour: 1.3, overheadMinutes: 3 },
  scooter: { speedKmh: 25, detour: 1.3, overheadMinutes: 4 },
  public_transport: { speedKmh: 22, detour: 1.4, overheadMinutes: 15 },
  car: { speedKmh: 40, detour: 1.3, overheadMinutes: 8 },
};

export const EARTH_RADIUS_KM = 6371;

export type TravelSource = 'table' | 'model';

export interface TravelEstimate {
  readonly reachable: boolean;
  /** why it counts as reachable: within maxMinutes, or a municipality the student listed */
  readonly via: 'minutes' | 'municipality' | null;
  /** best door-to-door minutes, or null when neither the table nor the model can tell */
  readonly minutes: number | null;
  readonly mode: TransportMode | null;
  readonly source: TravelSource | null;
  readonly municipality: string;
}

export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Expected distance between two addresses known only by their areas' points and spreads. */
export function areaKm(a: { lat: number; lon: number; spreadKm?: number }, b: { lat: number; lon: number; spreadKm?: number }): number {
  return Math.hypot(haversineKm(a, b), a.spreadKm ?? 0, b.spreadKm ?? 0);
}

export function modelMinutes(km: number, mode: TransportMode): number {
  const m = TRAVEL_MODEL[mode];
  return Math.ceil(m.overheadMinutes + ((km * m.detour) / m.speedKmh) * 60);
}

/** Measured travel times indexed for O(1) lookup by the four key shapes. */
export class TravelTable {
  private readonly byKey = new Map<string, number>();

  constructor(entries: readonly TravelTime[]) {
    for (const t of entries) {
      const from = t.candidateId !== undefined ? `c:${t.candidateId}` : `m:${t.originMunicipality}`;
      const to = t.offerId !== undefined ? `o:${t.offerId}` : `m:${t.locationMunicipality}`;
      this.byKey.set(`${from}\u0000${to}\u0000${t.mode}`, t.minutes);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  lookup(candidate: Candidate, offer: Offer, location: OfferLocation, mode: TransportMode): number | undefined {
    if (this.byKey.size === 0) return undefined;
    const froms = [`c:${candidate.id}`, `m:${candidate.travel.municipality}`];
    const tos = [`o:${offer.id}`, `m:${location.municipality}`];
    for (const from of froms) {
      for (const to of tos) {
        const minutes = this.byKey.get(`${from}\u0000${to}\u0000${mode}`);
        if (minutes !== undefined) return minutes;
      }
    }
    return undefined;
  }
}

interface Option {
  minutes: number;
  mode: TransportMode;
  source: TravelSource;
}

function bestOption(candidate: Candidate, offer: Offer, location: OfferLocation, table: TravelTable): Option | null {
  const origin = candidate.travel.origin;
  const km = origin === null ? null : areaKm(origin, location);
  let best: Option | null = null;
  for (const mode of candidate.travel.modes) {
    const measured = table.lookup(candidate, offer, location, mode);
    const minutes = measured ?? (km === null ? null : modelMinutes(km, mode));
    if (minutes !== null && (best === null || minutes < best.minutes)) best = { minutes, mode, source: measured === undefined ? 'model' : 'table' };
  }
  return best;
}

/** Best way for this student to reach this offer (over its locations and the student's modes). */
export function estimateTravel(candidate: Candidate, offer: Offer, table: TravelTable): TravelEstimate {
  const listed = candidate.travel.reachableMunicipalities;
  let best: Option | null = null;
  let bestLocation = offer.locations[0];
  let listedLocation: OfferLocation | null = null;
  for (const location of offer.locations) {
    if (listedLocation === null && listed.length > 0 && listed.includes(location.municipality)) listedLocation = location;
    const option = bestOption(candidate, offer, location, table);
    if (option !== null && (best === null || option.minutes < best.minutes)) {
      best = option;
      bestLocation = location;
    }
  }
  if (best !== null && best.minutes <= candidate.travel.maxMinutes) {
    return { reachable: true, via: 'minutes', minutes: best.minutes, mode: best.mode, source: best.source, municipality: bestLocation.municipality };
  }
  if (listedLocation !== null) {
    const option = bestOption(candidate, offer, listedLocation, table);
    return { reachable: true, via: 'municipality', minutes: option?.minutes ?? null, mode: option?.mode ?? null, source: option?.source ?? null, municipality: listedLocation.municipality };
  }
  return { reachable: false, via: null, minutes: best?.minutes ?? null, mode: best?.mode ?? null, source: best?.source ?? null, municipality: bestLocation.municipality };
}
