// Where people and companies are, as well as Koppel can know without addresses: the point of their
// postcode area (PC4), else the central point of their municipality. Both tables ship in ./data with
// their sources (see data/README.md); they are read once at start and checked with zod.
import { readFileSync } from 'node:fs';
import { z } from 'zod/v4';
import { haversineKm } from '../../matching/index.js';
import { FORMER_MUNICIPALITIES } from './former-municipalities.js';

const lat = z.coerce.number().min(50).max(54);
const lon = z.coerce.number().min(3).max(8);
const MunicipalityRow = z.object({ code: z.string().regex(/^GM\d{4}$/), name: z.string().min(1), lat, lon });
const PostcodeRow = z.object({ pc4: z.string().regex(/^[1-9]\d{3}$/), places: z.string().min(1).transform((s) => s.split('|')), lat, lon });

export type Municipality = z.infer<typeof MunicipalityRow>;
export type PostcodeArea = z.infer<typeof PostcodeRow>;

/** A point and how far the real address may lie from it. */
export interface Place {
  lat: number;
  lon: number;
  spreadKm: number;
}

/**
 * How far an address typically lies from its area's point. Two addresses in one PC4 area are then
 * about 1 km apart (√(0.7² + 0.7²)), a realistic floor for "the same area"; in one municipality
 * known only by name about 3.5 km, which keeps a trip across a town from reading "3 min by bike".
 */
export const POSTCODE_SPREAD_KM = 0.7;
export const MUNICIPALITY_SPREAD_KM = 2.5;
/** Beyond this from a municipality's centre, and with no place of that name, a postcode is not in it. */
export const POSTCODE_MUNICIPALITY_KM = 30;

export interface Gazetteer {
  /** Centre of a municipality, or undefined when unknown; names match case- and accent-insensitively, former names too. */
  centreOf(municipality: string): { lat: number; lon: number } | undefined;
  /** The 342 current municipalities' names, alphabetically, for choice lists. */
  names(): string[];
  /** The current name for a spelling or a former name, or undefined when unknown. */
  canonicalName(municipality: string): string | undefined;
  postcodeArea(pc4: string): PostcodeArea | undefined;
  /** The municipality whose centre is nearest to the postcode area's point: a suggestion, not a fact. */
  nearestMunicipality(pc4: string): string | undefined;
  /** False when the postcode area clearly lies elsewhere (6511 is Nijmegen, not Rotterdam); true when unknown. */
  postcodeFits(pc4: string, municipality: string): boolean;
  /** The best point known for someone: their postcode area when it lies in their municipality, else the municipality. */
  placeOf(where: { postcodeArea?: string; municipality?: string }): Place | undefined;
}

export function normaliseMunicipality(name: string): string {
  return name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9']+/g, ' ').trim();
}

export function createGazetteer(municipalities: readonly Municipality[], postcodes: readonly PostcodeArea[]): Gazetteer {
  const byName = new Map(municipalities.map((m) => [normaliseMunicipality(m.name), m]));
  for (const [former, current] of Object.entries(FORMER_MUNICIPALITIES)) {
    const target = byName.get(normaliseMunicipality(current));
    if (target && !byName.has(normaliseMunicipality(former))) byName.set(normaliseMunicipality(former), target);
  }
  const byPc4 = new Map(postcodes.map((p) => [p.pc4, p]));
  const find = (name: string) => byName.get(normaliseMunicipality(name));
  const names = municipalities.map((m) => m.name).sort((a, b) => a.localeCompare(b, 'nl'));
  const nearest = (pc4: string) => {
    const area = byPc4.get(pc4.trim());
    if (!area) return undefined;
    return municipalities.reduce((best, m) => (haversineKm(area, m) < haversineKm(area, best) ? m : best));
  };
  const postcodeFits = (pc4: string, name: string): boolean => {
    const area = byPc4.get(pc4.trim());
    const m = find(name);
    if (!area || !m) return true;
    const wanted = normaliseMunicipality(m.name);
    const named = area.places.some((place) => ` ${normaliseMunicipality(place)} `.includes(` ${wanted} `) || find(place) === m);
    return named || haversineKm(area, m) <= POSTCODE_MUNICIPALITY_KM;
  };
  return {
    centreOf: (name) => {
      const m = find(name);
      return m && { lat: m.lat, lon: m.lon };
    },
    names: () => [...names],
    canonicalName: (name) => find(name)?.name,
    postcodeArea: (pc4) => byPc4.get(pc4.trim()),
    nearestMunicipality: (pc4) => nearest(pc4)?.name,
    postcodeFits,
    placeOf: ({ postcodeArea, municipality }) => {
      const area = postcodeArea === undefined ? undefined : byPc4.get(postcodeArea.trim());
      // A postcode that lies elsewhere than the municipality given is more likely a typo than a move.
      if (area && (municipality === undefined || postcodeFits(area.pc4, municipality))) return { lat: area.lat, lon: area.lon, spreadKm: POSTCODE_SPREAD_KM };
      const m = municipality === undefined ? undefined : find(municipality);
      return m && { lat: m.lat, lon: m.lon, spreadKm: MUNICIPALITY_SPREAD_KM };
    },
  };
}

function readTsv<T>(file: string, row: z.ZodType<T>): T[] {
  const [header, ...lines] = readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8').trim().split(/\r?\n/);
  const keys = header.split('\t');
  return lines.map((line, i) => {
    const cells = line.split('\t');
    const parsed = row.safeParse(Object.fromEntries(keys.map((k, j) => [k, cells[j]])));
    if (!parsed.success) throw new Error(`bot/geo/data/${file} line ${i + 2}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
}

let shipped: Gazetteer | undefined;

/** The shipped tables (bot/geo/data), read once per process. */
export function loadDefaultGazetteer(): Gazetteer {
  shipped ??= createGazetteer(readTsv('municipalities-nl.tsv', MunicipalityRow), readTsv('pc4-nl.tsv', PostcodeRow));
  return shipped;
}
