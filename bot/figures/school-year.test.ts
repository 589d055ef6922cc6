import { describe, expect, it } from 'vitest';
import type { RoundFigures } from './round-figures.js';
import { addTotals, schoolYearOf } from './school-year.js';

describe('a school year', () => {
  it('runs from August to July, by the start of the internships', () => {
    expect(schoolYearOf({ internshipStart: '2027-02-15' })).toBe('2026-2027');
    expect(schoolYearOf({ internshipStart: '2026-09-01' })).toBe('2026-2027');
    expect(schoolYearOf({ internshipStart: '2027-08-01' })).toBe('2027-2028');
  });

  it('adds up the totals of its rounds', () => {
    const totals = (placed: number, waiting: number) => ({ totals: { imported: placed + waiting, confirmed: placed + waiting, ownPlace: 0, placed, waiting } }) as RoundFigures;
    expect(addTotals([totals(10, 2), totals(5, 1)])).toEqual({ rounds: 2, imported: 18, confirmed: 18, ownPlace: 0, placed: 15, waiting: 3 });
  });
});
