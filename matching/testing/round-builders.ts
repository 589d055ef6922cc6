// Small builders for hand-made test rounds: distances in km east/north of a fixed point, so a
// test can say "6 km away" and check the travel model by hand.
import { z } from 'zod/v4';
import type { Candidate, Offer } from '../matching-input.js';
import { parseRound, type RoundFile, type RoundInput } from '../round-input.js';

export type CandidateFile = z.input<typeof Candidate>;
export type OfferFile = z.input<typeof Offer>;

/** Rotterdam Centraal; every place in a test is given relative to it. */
export const ORIGIN = { lat: 51.9244, lon: 4.4691 } as const;
const KM_PER_DEG_LAT = 111.195;

export function at(kmEast: number, kmNorth = 0): { lat: number; lon: number } {
  const lat = ORIGIN.lat + kmNorth / KM_PER_DEG_LAT;
  return { lat, lon: ORIGIN.lon + kmEast / (KM_PER_DEG_LAT * Math.cos((ORIGIN.lat * Math.PI) / 180)) };
}

export function candidate(id: string, over: Partial<CandidateFile> = {}, travel: Partial<CandidateFile['travel']> = {}): CandidateFile {
  const programme = over.programme ?? { code: 'P1', level: 2 };
  return {
    id,
    programme,
    workProcesses: [`${programme.code}/W1`, `${programme.code}/W2`],
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    ...over,
    travel: { origin: at(0), municipality: 'Rotterdam', modes: ['bike'], maxMinutes: 30, ...travel },
  };
}

export function offer(id: string, kmEast: number, over: Partial<OfferFile> = {}): OfferFile {
  return {
    id,
    programmes: [{ code: 'P1', levels: [2] }],
    places: 1,
    supervisionCapacity: 1,
    workProcesses: ['P1/W1', 'P1/W2'],
    organisationType: 'retail',
    locations: [{ ...at(kmEast), municipality: `Town-${id}` }],
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    ...over,
  };
}

export function buildRound(file: RoundFile): RoundInput {
  const parsed = parseRound(file);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return parsed.value;
}

export function round(candidates: CandidateFile[], offers: OfferFile[], policy: Partial<RoundFile['policy']> = {}): RoundInput {
  return buildRound({ candidates, offers, policy: { seed: 1, ...policy } });
}
