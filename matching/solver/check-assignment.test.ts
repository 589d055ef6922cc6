import { describe, expect, it } from 'vitest';
import type { AssignmentResult } from './assignment-instance.js';
import { checkAssignment } from './check-assignment.js';
import { instanceFromPlain } from './instance-builder.js';

// Two students, two single places; the optimum is s0→c1, s1→c0 (pairs 1 and 2) at cost 3.
const instance = instanceFromPlain({ students: 2, capacity: [1, 1], unmatchedCost: 100, pairs: [[0, 0, 1], [0, 1, 2], [1, 0, 1], [1, 1, 10]] });
const claim = (pairOf: number[], matched: number, cost: number): AssignmentResult => ({ status: 'optimal', pairOf: Int32Array.from(pairOf), matched, cost });
const problemsOf = (result: AssignmentResult) => {
  const check = checkAssignment(instance, result);
  return check.ok ? [] : check.problems;
};

describe('checkAssignment', () => {
  it('accepts the optimum', () => {
    expect(checkAssignment(instance, claim([1, 2], 2, 3))).toEqual({ ok: true });
  });

  it('rejects a feasible but greedy (suboptimal) assignment', () => {
    expect(problemsOf(claim([0, 3], 2, 11))).toEqual([expect.stringMatching(/^not optimal/)]);
  });

  it('rejects leaving a student out when a place is free', () => {
    // The only improvement is to match the student: it must be found through the unmatched edge.
    const single = instanceFromPlain({ students: 1, capacity: [1], unmatchedCost: 100, pairs: [[0, 0, 5]] });
    expect(checkAssignment(single, claim([-1], 0, 0))).toEqual({ ok: false, problems: [expect.stringMatching(/^not optimal/)] });
  });

  it('rejects a student kept on a dearer company while a cheaper one has room', () => {
    // Only improvement: s0 moves from c1 (2) to the free c0 (1), through the company's spare capacity.
    const spare = instanceFromPlain({ students: 1, capacity: [1, 1], unmatchedCost: 100, pairs: [[0, 0, 1], [0, 1, 2]] });
    expect(checkAssignment(spare, claim([1], 1, 2))).toEqual({ ok: false, problems: [expect.stringMatching(/^not optimal/)] });
  });

  it('rejects a pair of another student', () => {
    expect(problemsOf(claim([2, 2], 2, 2))).toContain('student 0: pair 2 belongs to student 1');
  });

  it('rejects an over-full company', () => {
    expect(problemsOf(claim([0, 2], 2, 2))).toContain('company 0: 2 students for capacity 1');
  });

  it('rejects wrong totals and a missing pair index', () => {
    expect(problemsOf(claim([1, 2], 1, 4))).toEqual(['matched is 1, recount gives 2', 'cost is 4, recount gives 3']);
    expect(problemsOf(claim([7, 2], 2, 3))).toContain('student 0: pair 7 does not exist');
  });

  it('rejects a pairOf of the wrong length and passes on an invalid status', () => {
    expect(problemsOf(claim([1], 1, 2))).toEqual(['pairOf has 1 entries for 2 students']);
    expect(problemsOf({ status: 'invalid', reason: 'bad' })).toEqual(['solver reported invalid: bad']);
  });

  it('sees that unmatching is optimal when every pair costs more than staying out', () => {
    const dear = instanceFromPlain({ students: 1, capacity: [1], unmatchedCost: 5, pairs: [[0, 0, 6]] });
    expect(checkAssignment(dear, claim([-1], 0, 0))).toEqual({ ok: true });
    expect(checkAssignment(dear, claim([0], 1, 6))).toMatchObject({ ok: false });
  });
});
