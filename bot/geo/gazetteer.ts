import { readFileSync } from 'node:fs';
import { z } from 'zod/v4';

const GazetteerFile = z.object({
  description: z.string(),
  municipalities: z.array(z.object({ name: z.string().min(1), lat: z.number().min(50).max(54), lon: z.number().min(3).max(8) })).min(1),
});

export interface Gazetteer {
  /** Centre of a municipality, or undefined when unknown; names match case- and accent-insensitively. */
  centreOf(municipality: string): { lat: number; lon: number } | undefined;
  /** The canonical spelling, for choice lists. */
  names(): string[];
}

export function normaliseMunicipality(name: string): string {
  return name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9']+/g, ' ').trim()
    .replace(/^'s gravenhage$/, 'den haag').replace(/^den bosch$/, "'s hertogenbosch");
}

export function createGazetteer(data: z.infer<typeof GazetteerFile>): Gazetteer {
  const byName = new Map(data.municipalities.map((m) => [normaliseMunicipality(m.name), { lat: m.lat, lon: m.lon }]));
  return {
    centreOf: (municipality) => byName.get(normaliseMunicipality(municipality)),
    names: () => data.municipalities.map((m) => m.name),
  };
}

/** The shipped table of approximate municipality centres. */
export function loadDefaultGazetteer(): Gazetteer {
  const text = readFileSync(new URL('./municipality-centres.json', import.meta.url), 'utf8');
  return createGazetteer(GazetteerFile.parse(JSON.parse(text)));
}
