import { describe, expect, it } from 'vitest';
import { estimateTravel, haversineKm, modelMinutes, TRAVEL_MODEL, TravelTable } from './travel.js';
import { at, candidate, offer, round } from './testing/round-builders.js';

const rotterdam = { lat: 51.9225, lon: 4.47917 };
const delft = { lat: 52.0116, lon: 4.3571 };

function estimate(c: ReturnType<typeof candidate>, o: ReturnType<typeof offer>, travelTimes: never[] | object[] = []) {
  const r = round([c], [o], { travelTimes: travelTimes as never });
  return estimateTravel(r.candidates[0], r.offers[0], new TravelTable(r.policy.travelTimes));
}

describe('travel model', () => {
  it('measures straight-line distance (Rotterdam – Delft is about 12.9 km)', () => {
    expect(haversineKm(rotterdam, delft)).toBeGreaterThan(12.5);
    expect(haversineKm(rotterdam, delft)).toBeLessThan(13.3);
    expect(haversineKm(at(0), at(6))).toBeCloseTo(6, 2);
  });

  it('applies overhead + km × detour ÷ speed, rounded up', () => {
    expect(modelMinutes(10, 'bike')).toBe(Math.ceil(3 + ((10 * 1.3) / 15) * 60)); // 55
    expect(modelMinutes(10, 'public_transport')).toBe(Math.ceil(15 + ((10 * 1.4) / 22) * 60)); // 54
    expect(modelMinutes(0, 'car')).toBe(TRAVEL_MODEL.car.overheadMinutes);
  });

  it('is conservative: public transport has the largest fixed overhead', () => {
    const overheads = Object.values(TRAVEL_MODEL).map((m) => m.overheadMinutes);
    expect(TRAVEL_MODEL.public_transport.overheadMinutes).toBe(Math.max(...overheads));
  });

  it('only uses the modes the student really has (the bike story)', () => {
    // 6 km: by bike 3 + 31.2 = 35 min; by public transport 15 + 22.9 = 38 min; on foot 106 min.
    const noBike = estimate(candidate('c', {}, { modes: ['walking', 'public_transport'], maxMinutes: 36 }), offer('o', 6));
    expect(noBike).toMatchObject({ reachable: false, mode: 'public_transport', minutes: 38 });
    const withBike = estimate(candidate('c', {}, { modes: ['walking', 'bike', 'public_transport'], maxMinutes: 36 }), offer('o', 6));
    expect(withBike).toMatchObject({ reachable: true, via: 'minutes', mode: 'bike', minutes: 35 });
  });

  it('takes the nearest location of an offer', () => {
    const o = offer('o', 20, { locations: [{ ...at(20), municipality: 'Far' }, { ...at(2), municipality: 'Near' }] });
    expect(estimate(candidate('c'), o)).toMatchObject({ reachable: true, municipality: 'Near', minutes: modelMinutes(2, 'bike') });
  });

  it('lets a measured travel time win over the model, the most specific entry first', () => {
    const c = candidate('c', {}, { modes: ['bike'], maxMinutes: 30 });
    const o = offer('o', 2);
    const byTown = { originMunicipality: 'Rotterdam', locationMunicipality: 'Town-o', mode: 'bike', minutes: 50 };
    expect(estimate(c, o, [byTown])).toMatchObject({ reachable: false, minutes: 50, source: 'table' });
    const exact = { candidateId: 'c', offerId: 'o', mode: 'bike', minutes: 12 };
    expect(estimate(c, o, [byTown, exact])).toMatchObject({ reachable: true, minutes: 12, source: 'table' });
  });

  it('ignores a table entry for a mode the student does not have', () => {
    const c = candidate('c', {}, { modes: ['walking'], maxMinutes: 30 });
    expect(estimate(c, offer('o', 5), [{ candidateId: 'c', offerId: 'o', mode: 'car', minutes: 5 }])).toMatchObject({ reachable: false, mode: 'walking' });
  });

  it('counts a municipality the student listed as reachable, even when the model says too far', () => {
    const c = candidate('c', {}, { maxMinutes: 15, reachableMunicipalities: ['Town-o'] });
    expect(estimate(c, offer('o', 10))).toMatchObject({ reachable: true, via: 'municipality', municipality: 'Town-o' });
  });

  it('without a home location, only the table and listed municipalities count', () => {
    const c = candidate('c', {}, { origin: null });
    expect(estimate(c, offer('o', 1))).toMatchObject({ reachable: false, minutes: null });
    expect(estimate(c, offer('o', 1), [{ originMunicipality: 'Rotterdam', offerId: 'o', mode: 'bike', minutes: 9 }])).toMatchObject({ reachable: true, minutes: 9 });
  });
});
