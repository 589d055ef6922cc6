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
