import { describe, expect, it } from 'vitest';
import { Student } from '../domain/student.js';
import { placementsAtRelease } from '../follow-up/placements.js';
import { releasedRound } from '../testing/round-builders.js';
import { roundFigures } from './round-figures.js';

/**
 * A worked round, checked by hand: 8 students. s1 placed at o1 (their first choice, 12 minutes away),
 * s2–s6 confirmed without a place, s7 found their own place, all of programme 90001; s8 of 90002,
 * confirmed, without a place. Three companies with 2 places each.
 */
function workedRound() {
  const data = releasedRound('released');
  Object.assign(data.students.s1, { intakeStatus: 'confirmed', ranking: ['o1'] });
  const student = (id: string, programmeCode: string, intakeStatus: 'confirmed' | 'own-placement') =>
    Student.parse({ id, roundId: 'r1', studentNumber: `1003${id.slice(1)}`, programmeCode, intakeStatus });
  for (const id of ['s2', 's3', 's4', 's5', 's6']) data.students[id] = student(id, '90001', 'confirmed');
  data.students.s7 = student('s7', '90001', 'own-placement');
  data.students.s8 = student('s8', '90002', 'confirmed');
  placementsAtRelease(data, 'r1', new Date('2027-01-20T09:00:00+01:00'));
  return data;
}

describe('a round\'s figures', () => {
  it('counts the worked round as checked by hand, with every group of 1 to 4 shown as "< 5"', () => {
    const figures = roundFigures(workedRound(), 'r1')!;
    expect(figures.totals).toEqual({ imported: 8, confirmed: 7, ownPlace: 1, placed: 1, waiting: 6 });
    expect(figures.programmes).toEqual([
      { programmeCode: '90001', imported: 7, confirmed: 6, ownPlace: '< 5', placed: '< 5', waiting: 5 },
      { programmeCode: '90002', imported: '< 5', confirmed: '< 5', ownPlace: 0, placed: 0, waiting: '< 5' },
    ]);
    expect(figures.companies).toEqual([
      { companyId: 'c0', offered: 2, used: 0, left: 2, refusals: 0 },
      { companyId: 'c1', offered: 2, used: 1, left: 1, refusals: 0 },
      { companyId: 'c2', offered: 2, used: 0, left: 2, refusals: 0 },
    ]);
    expect(figures.firstChoiceShare).toBe(1);
    expect(figures.travelMinutes).toEqual({ '0-15': 1, '15-30': 0, '30-45': 0, '45-60': 0, '60+': 0 });
    expect(figures.daysReleaseToStart).toBe(26);
    expect(figures.indicators).toEqual({ reports: 0, applicationsPerPlacedStudent: 1, struggledShare: 6 / 7 });
  });

  it('counts an upheld refusal, its company and the student waiting again', () => {
    const data = workedRound();
    const [placement] = Object.values(data.placements);
    Object.assign(placement, { endedAt: '2027-01-22T10:00:00Z', refusal: { reason: 'no-place', by: 'contact', at: '2027-01-21T10:00:00Z', decision: 'upheld', decidedBy: 'coord-1', decidedAt: '2027-01-22T10:00:00Z' } });
    const figures = roundFigures(data, 'r1')!;
    expect(figures.totals).toMatchObject({ placed: 0, waiting: 7 });
    expect(figures.refusalsByReason['no-place']).toBe(1);
    expect(figures.companies.find((c) => c.companyId === 'c1')).toEqual({ companyId: 'c1', offered: 2, used: 0, left: 2, refusals: '< 5' });
    expect(figures.indicators.struggledShare).toBe(1);
  });
});
