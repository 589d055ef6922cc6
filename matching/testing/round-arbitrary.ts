// fast-check generator of small, valid, varied rounds: every rule can bite (programmes, travel,
// support, days, shifts, requirements, zero capacity), with pins, rankings and measured times.
import fc from 'fast-check';
import { DAYS, MECHANISMS, ORGANISATION_SIZES, SHIFTS, TRANSPORT_MODES, workProcessRef, type Shift } from '../matching-input.js';
import type { RoundFile, RoundInput } from '../round-input.js';
import { at, buildRound, type CandidateFile, type OfferFile } from './round-builders.js';

const TOWNS = ['Rotterdam', 'Schiedam', 'Delft', 'Den Haag', 'Zoetermeer'];
const WORK = ['W1', 'W2', 'W3', 'W4'];
const TYPES = ['care', 'retail', 'logistics'];
const TEXTS = ['', 'verzorging van ouderen', 'ik wil leren verzorgen van ouderen', 'magazijn en voorraad beheren', 'klanten helpen in de winkel', 'koken in een keuken'];
const REQS = ['driving_licence', 'certificate_of_conduct', 'minimum_age_18'] as const;
const PROGRAMMES = [{ code: 'P1', levels: [2] }, { code: 'P1', levels: [3] }, { code: 'P2', levels: [2, 3] }];

const place = fc.record({ x: fc.integer({ min: -8, max: 8 }), y: fc.integer({ min: -8, max: 8 }) }).map(({ x, y }) => at(x, y));

const offerArb = fc.record({
  programmes: fc.subarray(PROGRAMMES, { minLength: 1 }),
  places: fc.constantFrom(0, 1, 1, 2, 3),
  supervisionCapacity: fc.constantFrom(1, 1, 2, 3),
  workProcesses: fc.subarray(WORK),
  learnText: fc.constantFrom(...TEXTS),
  organisationType: fc.constantFrom(...TYPES),
  organisationSize: fc.option(fc.constantFrom(...ORGANISATION_SIZES), { nil: undefined }),
  allowancePerMonth: fc.constantFrom(0, 0, 150, 300, 450),
  locations: fc.array(fc.tuple(place, fc.constantFrom(...TOWNS)).map(([p, municipality]) => ({ ...p, municipality })), { minLength: 1, maxLength: 2 }),
  days: fc.subarray([...DAYS], { minLength: 1 }),
  minDays: fc.integer({ min: 1, max: 3 }),
  shiftsNeeded: fc.oneof({ weight: 4, arbitrary: fc.constant<Shift[]>([]) }, { weight: 1, arbitrary: fc.subarray([...SHIFTS], { maxLength: 1 }) }),
  extraSupport: fc.boolean(),
  requirements: fc.oneof({ weight: 3, arbitrary: fc.constant<(typeof REQS)[number][]>([]) }, { weight: 1, arbitrary: fc.subarray([...REQS], { maxLength: 1 }) }),
});

const candidateArb = fc.record({
  programme: fc.constantFrom({ code: 'P1', level: 2 }, { code: 'P1', level: 3 }, { code: 'P2', level: 2 }),
  workProcesses: fc.subarray(WORK),
  organisationTypes: fc.subarray(TYPES),
  organisationSizes: fc.subarray([...ORGANISATION_SIZES], { maxLength: 2 }),
  learningWish: fc.constantFrom(...TEXTS),
  travel: fc.record({
    origin: fc.option(place, { freq: 8 }),
    municipality: fc.constantFrom(...TOWNS),
    modes: fc.subarray([...TRANSPORT_MODES], { minLength: 1 }),
    maxMinutes: fc.integer({ min: 15, max: 60 }),
    reachableMunicipalities: fc.subarray(TOWNS, { maxLength: 1 }),
  }),
  days: fc.subarray([...DAYS], { minLength: 3 }),
  shiftsOk: fc.subarray([...SHIFTS]),
  needsSupport: fc.constantFrom(false, false, false, true),
  requirementsMet: fc.subarray([...REQS]),
  rankingPicks: fc.array(fc.nat(), { maxLength: 3 }),
});

export interface RoundShape {
  readonly maxCandidates?: number;
  readonly maxOffers?: number;
  readonly mechanisms?: readonly (typeof MECHANISMS)[number][];
}

function pins(raw: [number, number][], candidates: CandidateFile[], offers: OfferFile[]): NonNullable<RoundFile['policy']['pins']> {
  const out: NonNullable<RoundFile['policy']['pins']> = [];
  const left = offers.map((o) => Math.min(o.places, o.supervisionCapacity));
  const pinned = new Set<number>();
  for (const [ci, oi] of raw) {
    if (candidates.length === 0 || offers.length === 0) break;
    const i = ci % candidates.length;
    const j = oi % offers.length;
    if (pinned.has(i) || left[j] === 0) continue;
    pinned.add(i);
    left[j] -= 1;
    out.push({ candidateId: candidates[i].id, offerId: offers[j].id, reason: 'handmatig door coördinator' });
  }
  return out;
}

export function roundArbitrary(shape: RoundShape = {}): fc.Arbitrary<RoundInput> {
  return fc
    .record({
      offers: fc.array(offerArb, { maxLength: shape.maxOffers ?? 5 }),
      candidates: fc.array(candidateArb, { maxLength: shape.maxCandidates ?? 8 }),
      mechanism: fc.constantFrom(...(shape.mechanisms ?? MECHANISMS)),
      seed: fc.oneof(fc.integer(), fc.string({ minLength: 1, maxLength: 6 })),
      pinPicks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
      proposalCount: fc.integer({ min: 1, max: 3 }),
      // Mostly the defaults; sometimes a school's own weights within the bot's bounds (each 0–5, work processes at least 1).
      weights: fc.option(
        fc.record({
          workProcesses: fc.integer({ min: 1, max: 5 }), learningWish: fc.integer({ min: 0, max: 5 }), organisationType: fc.integer({ min: 0, max: 5 }),
          travel: fc.integer({ min: 0, max: 5 }), electives: fc.integer({ min: 0, max: 5 }), allowance: fc.integer({ min: 0, max: 5 }),
        }),
        { nil: undefined, freq: 3 },
      ),
      measured: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 90 })), { maxLength: 2 }),
    })
    .map((g) => {
      // An offer for two programmes offers the same code in each: the collision the refs prevent.
      const offers: OfferFile[] = g.offers.map((o, j) => {
        const programmes = [...new Set(o.programmes.map((p) => p.code))];
        return { id: `o${j}`, ...o, workProcesses: o.workProcesses.flatMap((w) => programmes.map((p) => workProcessRef(p, w))) };
      });
      const candidates: CandidateFile[] = g.candidates.map(({ rankingPicks, ...c }, i) => {
        const ranking = offers.length === 0 ? [] : [...new Set(rankingPicks.map((k) => offers[k % offers.length].id))];
        return { id: `c${i}`, ...c, workProcesses: c.workProcesses.map((w) => workProcessRef(c.programme.code, w)), ranking };
      });
      const travelTimes =
        candidates.length === 0 || offers.length === 0
          ? []
          : g.measured.map(([ci, oi, minutes]) => ({ candidateId: candidates[ci % candidates.length].id, offerId: offers[oi % offers.length].id, mode: 'bike' as const, minutes }));
      const policy = {
        mechanism: g.mechanism, seed: g.seed, proposalCount: g.proposalCount, pins: pins(g.pinPicks, candidates, offers), travelTimes,
        ...(g.weights === undefined ? {} : { weights: g.weights }),
      };
      return buildRound({ candidates, offers, policy });
    });
}
