import { describe, expect, it } from 'vitest';
import { roundData } from '../testing/round-builders.js';
import { eraseRoundKind } from './erase-round.js';

describe('erasing the intake answers', () => {
  it('erases the requirement answers too: what the student has or is, and which questions were answered', () => {
    const data = roundData();
    data.students.s1.requirementsMet = ['driving_licence'];
    data.students.s1.requirementsAnswered = ['driving_licence', 'minimum_age_18'];
    expect(eraseRoundKind(data, 'r1', 'intake')).toBe(1);
    expect(data.students.s1).toMatchObject({ requirementsMet: [], requirementsAnswered: [] });
    expect(eraseRoundKind(data, 'r1', 'intake')).toBe(0);
  });
});

describe('erasing the contact details', () => {
  it('erases the round\'s contact person with the students\' details, once', () => {
    const data = roundData();
    data.rounds.r1.contact = { name: 'Fatima de Boer', email: 'f.deboer@roc.example', phone: '010 123 4567' };
    const students = Object.values(data.students).filter((s) => s.roundId === 'r1').length;
    expect(eraseRoundKind(data, 'r1', 'contact')).toBe(students + 1);
    expect(data.rounds.r1.contact).toBeUndefined();
    expect(JSON.stringify(data)).not.toContain('Fatima');
    expect(eraseRoundKind(data, 'r1', 'contact')).toBe(0);
  });
});
