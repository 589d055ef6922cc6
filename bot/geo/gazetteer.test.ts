import { describe, expect, it } from 'vitest';
import { areaKm, modelMinutes } from '../../matching/index.js';
import { loadDefaultGazetteer } from './gazetteer.js';

const gazetteer = loadDefaultGazetteer();

describe('gazetteer', () => {
  it('finds municipality centres whatever the spelling of case, accents, aliases and former names', () => {
    expect(gazetteer.centreOf('Rotterdam')).toEqual({ lat: 51.92271, lon: 4.47916 });
    expect(gazetteer.centreOf('  rotterdam ')).toEqual(gazetteer.centreOf('Rotterdam'));
    expect(gazetteer.centreOf("'s-Gravenhage")).toEqual(gazetteer.centreOf('Den Haag'));
    expect(gazetteer.centreOf('Den Bosch')).toEqual(gazetteer.centreOf("'s-Hertogenbosch"));
    expect(gazetteer.canonicalName('Hellevoetsluis')).toBe('Voorne aan Zee');
    expect(gazetteer.centreOf('Atlantis')).toBeUndefined();
  });

  it('offers all 342 current municipalities, alphabetically', () => {
    const names = gazetteer.names();
    expect(names).toHaveLength(342);
    expect(names).toEqual(expect.arrayContaining(['Nijmegen', 'Land van Cuijk', 'Aa en Hunze', 'Zwolle']));
    expect([...names].sort((a, b) => a.localeCompare(b, 'nl'))).toEqual(names);
  });

  it('checks a postcode area against the municipality given', () => {
    expect(gazetteer.postcodeFits('6511', 'Rotterdam')).toBe(false);
    expect(gazetteer.nearestMunicipality('6511')).toBe('Nijmegen');
    expect(gazetteer.postcodeFits('6511', 'Nijmegen')).toBe(true);
    // Parts of a municipality far from its centre still belong to it.
    expect(gazetteer.postcodeFits('3199', 'Rotterdam')).toBe(true);
    expect(gazetteer.postcodeFits('3151', 'Rotterdam')).toBe(true);
    // Unknown areas are not refused: the table is a snapshot.
    expect(gazetteer.postcodeFits('3000', 'Rotterdam')).toBe(true);
  });
});

// Worked examples: minutes = ceil(overhead + km × detour ÷ speed × 60), km = √(d² + 0.7² + 0.7²)
// for two postcode areas (0.7 km spread each), √(0² + 2.5² + 2.5²) = 3.54 km within one municipality
// known only by name. Bike: 15 km/h, detour 1.3, 3 min overhead; walking 4.5 km/h, 2 min.
describe('travel between postcode areas', () => {
  const minutes = (a: Parameters<typeof gazetteer.placeOf>[0], b: Parameters<typeof gazetteer.placeOf>[0], mode: 'bike' | 'walking') =>
    modelMinutes(areaKm(gazetteer.placeOf(a)!, gazetteer.placeOf(b)!), mode);

  it('same area: about 1 km, never "3 min by bike"', () => {
    // d = 0, km = 0.99: bike 3 + 0.99·1.3/15·60 = 8.1 → 9; walking 2 + 0.99·1.3/4.5·60 = 19.2 → 20
    expect(minutes({ postcodeArea: '6511' }, { postcodeArea: '6511' }, 'bike')).toBe(9);
    expect(minutes({ postcodeArea: '6511' }, { postcodeArea: '6511' }, 'walking')).toBe(20);
  });

  it('two ends of a town are told apart', () => {
    // Rotterdam 3011 (centre) to 3085 (south): d = 5.14, km = 5.23: 3 + 5.23·1.3/15·60 = 30.2 → 31
    expect(minutes({ postcodeArea: '3011' }, { postcodeArea: '3085' }, 'bike')).toBe(31);
    // Nijmegen 6511 to 6525: d = 2.99, km = 3.15: 3 + 3.15·1.3/15·60 = 19.4 → 20
    expect(minutes({ postcodeArea: '6511' }, { postcodeArea: '6525' }, 'bike')).toBe(20);
    // Delft 2611 to 2628: d = 1.40, km = 1.72: 3 + 1.72·1.3/15·60 = 11.9 → 12
    expect(minutes({ postcodeArea: '2611' }, { postcodeArea: '2628' }, 'bike')).toBe(12);
  });

  it('falls back to the municipality with a wider spread when the postcode area is unknown', () => {
    // km = 3.54: 3 + 3.54·1.3/15·60 = 21.4 → 22
    expect(minutes({ municipality: 'Rotterdam' }, { municipality: 'Rotterdam' }, 'bike')).toBe(22);
    expect(minutes({ postcodeArea: '0000', municipality: 'Rotterdam' }, { municipality: 'Rotterdam' }, 'bike')).toBe(22);
  });
});
