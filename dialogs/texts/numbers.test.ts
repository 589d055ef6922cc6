import { describe, expect, it } from 'vitest';
import { count, decimal } from './numbers.js';
import { textsFor } from './index.js';

describe('Dutch numbers and plurals', () => {
  it('writes one and more, and a decimal comma', () => {
    expect(count(1, 'plek', 'plekken')).toBe('1 plek');
    expect(count(2, 'week', 'weken')).toBe('2 weken');
    expect(decimal(3.5, 'nl')).toBe('3,5');
    expect(decimal(3.5, 'en')).toBe('3.5');
    expect(decimal(4, 'nl')).toBe('4');
  });

  it('never writes "student(en)", "1 plekken" or "2 week" in the texts people read', () => {
    const nl = textsFor('nl');
    expect(nl.company.offer.usable(1)).toBe('Wij plaatsen hier hoogstens 1 student.');
    expect(nl.company.offer.usable(2)).toBe('Wij plaatsen hier hoogstens 2 studenten.');
    expect(nl.coordinator.status.capacity(1, 1)).toBe('1 plek, begeleiding voor 1');
    expect(nl.coordinator.newRound.lateRelease(2)).toContain('maar 2 weken voor de start');
    expect(nl.coordinator.opened('R', 1, 2)).toBe('Ronde **R** is open. 1 student krijgt nu een welkomstbericht. 2 studenten hebben Koppel nog niet geopend; zij krijgen het bericht zodra ze Koppel installeren of iets sturen.');
    expect(textsFor('en').company.offer.usable(1)).toBe('We will place at most 1 student here.');
  });
});
