// A seeded, realistic round for benchmarks and smoke tests: students and offers spread over
// municipalities around Rotterdam and The Hague, six programmes with their own work processes
// and vocabulary, and transport, days, support and requirements in plausible shares.
import type { Mechanism } from '../matching-input.js';
import type { RoundFile } from '../round-input.js';
import { hash53 } from '../seeded-random.js';
import type { CandidateFile, OfferFile } from './round-builders.js';

const TOWNS: readonly [string, number, number][] = [
  ['Rotterdam', 51.9225, 4.4792], ['Schiedam', 51.9192, 4.3989], ['Vlaardingen', 51.9122, 4.3417], ['Delft', 52.0116, 4.3571],
  ['Den Haag', 52.0705, 4.3007], ['Zoetermeer', 52.0575, 4.4931], ['Rijswijk', 52.0363, 4.325], ['Capelle aan den IJssel', 51.929, 4.578],
  ['Barendrecht', 51.8566, 4.5347], ['Ridderkerk', 51.8722, 4.6028], ['Spijkenisse', 51.8447, 4.3292], ['Maassluis', 51.9233, 4.25],
  ['Leidschendam-Voorburg', 52.0833, 4.3889], ['Pijnacker-Nootdorp', 52.0197, 4.4292], ['Westland', 51.9917, 4.2097],
];

const PROGRAMMES: readonly { code: string; level: number; type: string[]; words: string[] }[] = [
  { code: '25491', level: 3, type: ['ouderenzorg', 'thuiszorg', 'ziekenhuis'], words: ['verzorgen', 'ouderen', 'wassen', 'medicatie', 'rapporteren', 'cliënten', 'dementie', 'wondverzorging'] },
  { code: '25360', level: 2, type: ['magazijn', 'transport'], words: ['magazijn', 'voorraad', 'orderpicken', 'heftruck', 'inpakken', 'verzenden', 'ontvangen', 'scannen'] },
  { code: '25250', level: 2, type: ['winkel', 'groothandel'], words: ['klanten', 'kassa', 'vakken', 'presenteren', 'verkopen', 'adviseren', 'winkel', 'bestellen'] },
  { code: '25604', level: 4, type: ['ict-bedrijf', 'overheid'], words: ['programmeren', 'websites', 'netwerken', 'servers', 'database', 'testen', 'beveiliging', 'helpdesk'] },
  { code: '25180', level: 2, type: ['restaurant', 'catering'], words: ['koken', 'snijden', 'bereiden', 'gerechten', 'keuken', 'hygiëne', 'bakken', 'serveren'] },
  { code: '25295', level: 3, type: ['installatiebedrijf', 'bouw'], words: ['installeren', 'monteren', 'elektra', 'leidingen', 'storingen', 'meten', 'tekenen', 'veiligheid'] },
];

/** Deterministic uniform numbers from a seed (splitmix-like stream over hash53). */
class Stream {
  private n = 0;
  constructor(private readonly seed: number) {}
  next(): number {
    return hash53(`${this.seed}:${this.n++}`) / 2 ** 53;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  some<T>(xs: readonly T[], k: number): T[] {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const workProcesses = (code: string) => Array.from({ length: 8 }, (_, k) => `${code}/B1-K${1 + (k >> 2)}-W${1 + (k % 4)}`);

function place(s: Stream): { lat: number; lon: number; municipality: string } {
  const [municipality, lat, lon] = s.pick(TOWNS);
  return { lat: lat + (s.next() - 0.5) * 0.04, lon: lon + (s.next() - 0.5) * 0.06, municipality };
}

function makeOffer(s: Stream, j: number): OfferFile {
  const p = s.pick(PROGRAMMES);
  const places = s.int(1, 4);
  return {
    id: `offer-${j}`,
    programmes: [{ code: p.code, levels: [p.level] }],
    places,
    supervisionCapacity: Math.max(1, places - s.int(0, 1)),
    workProcesses: s.some(workProcesses(p.code), s.int(3, 6)),
    learnText: `Je leert ${s.some(p.words, 4).join(', ')} in de praktijk.`,
    organisationType: s.pick(p.type),
    locations: s.chance(0.15) ? [place(s), place(s)] : [place(s)],
    days: s.some(['mon', 'tue', 'wed', 'thu', 'fri'] as const, s.int(3, 5)),
    extraSupport: s.chance(0.3),
    requirements: s.chance(0.1) ? ['certificate_of_conduct'] : [],
  };
}

function makeCandidate(s: Stream, i: number, offerIds: readonly string[]): CandidateFile {
  const p = s.pick(PROGRAMMES);
  const home = place(s);
  const modes = (['walking', 'bike', 'ebike', 'scooter', 'public_transport', 'car'] as const).filter((_, k) => s.chance([1, 0.75, 0.15, 0.1, 0.85, 0.05][k]));
  return {
    id: `student-${i}`,
    programme: { code: p.code, level: p.level },
    workProcesses: s.some(workProcesses(p.code), s.int(2, 4)),
    organisationTypes: s.some(p.type, s.int(0, 2)),
    learningWish: `Ik wil leren ${s.some(p.words, 3).join(' en ')}`,
    travel: { origin: { lat: home.lat, lon: home.lon }, municipality: home.municipality, modes, maxMinutes: s.pick([20, 30, 30, 40, 45, 60]), reachableMunicipalities: [] },
    days: s.some(['mon', 'tue', 'wed', 'thu', 'fri'] as const, s.int(3, 5)),
    needsSupport: s.chance(0.15),
    requirementsMet: s.chance(0.5) ? ['certificate_of_conduct'] : [],
    ranking: s.some(offerIds, 3),
  };
}

export function realisticRound(students: number, offerCount: number, mechanism: Mechanism = 'school', seed = 2026): RoundFile {
  const s = new Stream(seed);
  const offers = Array.from({ length: offerCount }, (_, j) => makeOffer(s, j));
  const ids = offers.map((o) => o.id);
  const candidates = Array.from({ length: students }, (_, i) => makeCandidate(s, i, ids));
  return { candidates, offers, policy: { mechanism, seed: `bench-${seed}` } };
}
