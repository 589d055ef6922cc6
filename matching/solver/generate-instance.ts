// Seeded generator of realistic raw assignment instances for tests and benchmarks: students and
// companies cluster around a few cities, every company has one sector, a student wants one or two
// sectors and travels a limited distance; cost grows with distance plus a random fit penalty.
// Deterministic for a seed (own PRNG, no Math.random), so a benchmark or failing test reproduces.
import type { AssignmentInstance } from './assignment-instance.js';

export interface GenerateOptions {
  readonly students: number;
  readonly companies: number;
  readonly seed: number;
  /** keep at most this many cheapest pairs per student; 0 keeps all */
  readonly maxPairs?: number;
  /** largest capacity of one company */
  readonly maxCapacity?: number;
  /** total capacity ÷ students, when reachable with capacities 1..maxCapacity */
  readonly capacityRatio?: number;
  readonly unmatchedCost?: number;
}

const AREA_KM = 80, CITIES = 6, SECTORS = 8, MIN_TRAVEL_KM = 10, MAX_TRAVEL_KM = 35;
const COST_PER_KM = 10, FIT_MAX = 300, COST_MAX = 1000, CELL_KM = 5;

/** splitmix32: tiny, fast and well mixed; returns floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

interface City { readonly x: number; readonly y: number; readonly spread: number; readonly weight: number }

class Geography {
  private readonly cities: City[];
  private readonly totalWeight: number;

  constructor(private readonly random: () => number) {
    this.cities = Array.from({ length: CITIES }, () => ({
      x: 10 + random() * (AREA_KM - 20), y: 10 + random() * (AREA_KM - 20), spread: 3 + random() * 5, weight: 0.5 + random() * 1.5,
    }));
    this.totalWeight = this.cities.reduce((sum, c) => sum + c.weight, 0);
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }

  /** A point near a city picked in proportion to its weight, scattered normally around it. */
  place(): [number, number] {
    let r = this.random() * this.totalWeight, city = this.cities[CITIES - 1];
    for (const c of this.cities) {
      if ((r -= c.weight) <= 0) { city = c; break; }
    }
    const radius = Math.sqrt(-2 * Math.log(1 - this.random())), angle = 2 * Math.PI * this.random();
    const clampKm = (v: number) => Math.min(AREA_KM, Math.max(0, v));
    return [clampKm(city.x + radius * Math.cos(angle) * city.spread), clampKm(city.y + radius * Math.sin(angle) * city.spread)];
  }
}

interface Companies { readonly x: Float64Array; readonly y: Float64Array; readonly capacity: Int32Array; readonly cells: Int32Array[][] }

const GRID = Math.ceil(AREA_KM / CELL_KM) + 1;
const cellOf = (km: number) => Math.min(GRID - 1, Math.floor(km / CELL_KM));

function makeCompanies(geo: Geography, options: GenerateOptions): Companies {
  const m = options.companies, maxCap = options.maxCapacity ?? 4;
  const x = new Float64Array(m), y = new Float64Array(m), capacity = new Int32Array(m);
  const lists: number[][][] = Array.from({ length: SECTORS }, () => Array.from({ length: GRID * GRID }, () => []));
  let total = 0;
  for (let j = 0; j < m; j++) {
    [x[j], y[j]] = geo.place();
    capacity[j] = geo.int(1, maxCap);
    total += capacity[j];
    lists[geo.int(0, SECTORS - 1)][cellOf(x[j]) * GRID + cellOf(y[j])].push(j);
  }
  // Nudge capacities towards the wanted total so supply is a little above demand, as in a real round.
  const target = Math.min(maxCap * m, Math.max(m, Math.round((options.capacityRatio ?? 1.1) * options.students)));
  while (total !== target) {
    const j = geo.int(0, m - 1), step = total < target ? 1 : -1;
    if (capacity[j] + step < 1 || capacity[j] + step > maxCap) continue;
    capacity[j] += step;
    total += step;
  }
  const cells = lists.map((sector) => sector.map((cell) => Int32Array.from(cell)));
  return { x, y, capacity, cells };
}

/** Growable pair columns; pairs are appended student by student in company order. */
class PairSink {
  student = new Int32Array(1024);
  company = new Int32Array(1024);
  cost = new Float64Array(1024);
  length = 0;

  push(i: number, j: number, c: number): void {
    if (this.length === this.student.length) this.grow();
    this.student[this.length] = i;
    this.company[this.length] = j;
    this.cost[this.length++] = c;
  }

  private grow(): void {
    const size = this.student.length * 2;
    const s = new Int32Array(size), j = new Int32Array(size), c = new Float64Array(size);
    s.set(this.student);
    j.set(this.company);
    c.set(this.cost);
    [this.student, this.company, this.cost] = [s, j, c];
  }
}

/** Candidates of one student, reused across students to avoid garbage. */
interface Scratch { readonly company: Int32Array; readonly cost: Int32Array; readonly histogram: Int32Array; readonly keep: Int32Array; count: number }

function collectCandidates(geo: Geography, firms: Companies, scratch: Scratch): void {
  const [sx, sy] = geo.place();
  const first = geo.int(0, SECTORS - 1);
  const second = geo.int(0, 1) === 1 ? (first + geo.int(1, SECTORS - 1)) % SECTORS : first;
  const reach = MIN_TRAVEL_KM + geo.int(0, 1000) / 1000 * (MAX_TRAVEL_KM - MIN_TRAVEL_KM);
  scratch.count = 0;
  for (const sector of first === second ? [first] : [first, second]) {
    for (let gx = cellOf(Math.max(0, sx - reach)); gx <= cellOf(sx + reach); gx++) {
      for (let gy = cellOf(Math.max(0, sy - reach)); gy <= cellOf(sy + reach); gy++) {
        const cell = firms.cells[sector][gx * GRID + gy];
        for (let k = 0; k < cell.length; k++) {
          const j = cell[k], dx = firms.x[j] - sx, dy = firms.y[j] - sy, d2 = dx * dx + dy * dy;
          if (d2 > reach * reach) continue;
          scratch.company[scratch.count] = j;
          scratch.cost[scratch.count++] = Math.min(COST_MAX, Math.round(Math.sqrt(d2) * COST_PER_KM) + geo.int(0, FIT_MAX));
        }
      }
    }
  }
}

/** Emits the cheapest maxPairs candidates in company order (ties at the cut: lower company). */
function emitCheapest(i: number, scratch: Scratch, maxPairs: number, sink: PairSink): void {
  const { company, cost, histogram, keep } = scratch;
  const n = scratch.count;
  let kept = 0;
  if (maxPairs > 0 && n > maxPairs) {
    histogram.fill(0);
    for (let k = 0; k < n; k++) histogram[cost[k]]++;
    let below = 0, limit = 0;
    while (below + histogram[limit] < maxPairs) below += histogram[limit++];
    for (let k = 0; k < n; k++) if (cost[k] === limit) keep[kept++] = k;
    // Only the few candidates at the cut need sorting to pick the lowest companies among them.
    sortByCompany(keep.subarray(0, kept), company);
    kept = maxPairs - below;
    for (let k = 0; k < n; k++) if (cost[k] < limit) keep[kept++] = k;
  } else {
    for (let k = 0; k < n; k++) keep[kept++] = k;
  }
  for (const k of sortByCompany(keep.subarray(0, kept), company)) sink.push(i, company[k], cost[k]);
}

/** Sorts candidate indices by company; packs (company, index) in one double so no comparator is needed. */
function sortByCompany(indices: Int32Array, company: Int32Array): Int32Array {
  const packed = new Float64Array(indices.length);
  for (let k = 0; k < indices.length; k++) packed[k] = company[indices[k]] * 4294967296 + indices[k];
  packed.sort();
  for (let k = 0; k < indices.length; k++) indices[k] = packed[k] % 4294967296;
  return indices;
}

export function generateInstance(options: GenerateOptions): AssignmentInstance {
  const { students, companies } = options;
  if (!(Number.isInteger(students) && students >= 0 && Number.isInteger(companies) && companies > 0)) {
    throw new RangeError('generateInstance: students must be ≥ 0 and companies ≥ 1 (integers)');
  }
  if (options.maxCapacity !== undefined && !(Number.isInteger(options.maxCapacity) && options.maxCapacity >= 1)) {
    throw new RangeError('generateInstance: maxCapacity must be an integer ≥ 1');
  }
  const geo = new Geography(createRandom(options.seed));
  const firms = makeCompanies(geo, options);
  const sink = new PairSink();
  const scratch: Scratch = { company: new Int32Array(companies), cost: new Int32Array(companies), histogram: new Int32Array(COST_MAX + 1), keep: new Int32Array(companies), count: 0 };
  for (let i = 0; i < students; i++) {
    collectCandidates(geo, firms, scratch);
    emitCheapest(i, scratch, options.maxPairs ?? 0, sink);
  }
  const e = sink.length;
  return {
    students, companies, capacity: firms.capacity,
    pairStudent: sink.student.slice(0, e), pairCompany: sink.company.slice(0, e), pairCost: sink.cost.slice(0, e),
    unmatchedCost: options.unmatchedCost ?? 100000,
  };
}
