import { describe, expect, it } from 'vitest';
import { companyStudents, firstNameOf } from './company-result.js';
import { releasedRound } from '../testing/round-builders.js';

describe('what a company learns of its students', () => {
  it('takes only the first name, also from "Surname, First name" as school records write it', () => {
    expect(firstNameOf('Piet Jansen')).toBe('Piet');
    expect(firstNameOf('Jansen, Piet')).toBe('Piet');
    expect(firstNameOf('van der Berg, Anna Maria')).toBe('Anna');
    expect(firstNameOf('  Fatima   El Amrani ')).toBe('Fatima');
  });

  it('shows the first name from the release moment on, the student number when no name was imported, and nothing before', () => {
    const data = releasedRound('released');
    data.students.s1.displayName = 'El Amrani, Fatima';
    const after = new Date('2027-01-20T09:00:00+01:00');
    const [round] = companyStudents(data, 'c1', after);
    expect(round.students.map((s) => s.firstName)).toEqual(['Fatima']);
    delete data.students.s1.displayName;
    expect(companyStudents(data, 'c1', after)[0].students.map((s) => s.firstName)).toEqual(['100234']);
    expect(companyStudents(data, 'c1', new Date('2027-01-20T08:59:00+01:00'))[0].students).toEqual([]);
  });
});
