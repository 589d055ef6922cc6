import { describe, expect, it } from 'vitest';
import { loadDefaultGazetteer } from './gazetteer.js';

describe('gazetteer', () => {
  const gazetteer = loadDefaultGazetteer();

  it('finds municipality centres whatever the spelling of case, accents and common aliases', () => {
    expect(gazetteer.centreOf('Rotterdam')).toEqual({ lat: 51.922, lon: 4.479 });
    expect(gazetteer.centreOf('  rotterdam ')).toEqual(gazetteer.centreOf('Rotterdam'));
    expect(gazetteer.centreOf("'s-Gravenhage")).toEqual(gazetteer.centreOf('Den Haag'));
    expect(gazetteer.centreOf('Den Bosch')).toEqual(gazetteer.centreOf("'s-Hertogenbosch"));
    expect(gazetteer.centreOf('Atlantis')).toBeUndefined();
  });

  it('places neighbouring towns close together and far towns far apart', () => {
    const km = (a: string, b: string) => {
      const p = gazetteer.centreOf(a)!, q = gazetteer.centreOf(b)!;
      return Math.hypot((p.lat - q.lat) * 111, (p.lon - q.lon) * 111 * Math.cos((p.lat * Math.PI) / 180));
    };
    expect(km('Rotterdam', 'Schiedam')).toBeLessThan(8);
    expect(km('Rotterdam', 'Groningen')).toBeGreaterThan(180);
    expect(gazetteer.names().length).toBeGreaterThanOrEqual(70);
  });
});
