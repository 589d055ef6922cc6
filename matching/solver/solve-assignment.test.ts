import { describe, expect, it } from 'vitest';
import type { AssignmentResult } from './assignment-instance.js';
import { checkAssignment } from './check-assignment.js';
import { instanceFromPlain, type PlainInstance } from './instance-builder.js';
import { solveAssignment } from './solve-assignment.js';

function solveChecked(plain: PlainInstance): AssignmentResult & { status: 'optimal' } {
  const instance = instanceFromPlain(plain);
  const result = solveAssignment(instance);
  expect(checkAssignment(instance, result)).toEqual({ ok: true });
  if (result.status !== 'optimal') throw new Error(result.reason);
  return result;
}

describe('solveAssignment on hand-checked examples', () => {
  it('beats greedy: the first student yields its cheapest company to the second', () => {
    // Greedy in order: s0→c0 (1) then s1→c1 (10) = 11. Optimum: s0→c1 (2), s1→c0 (1) = 3.
    const r = solveChecked({ students: 2, capacity: [1, 1], unmatchedCost: 100, pairs: [[0, 0, 1], [0, 1, 2], [1, 0, 1], [1, 1, 10]] });
    expect([...r.pairOf]).toEqual([1, 2]);
    expect(r).toMatchObject({ matched: 2, cost: 3 });
  });

  it('fills a company with capacity 2 and sends the third student elsewhere', () => {
    // c0 takes two of three; the student with the smallest detour (s2: 4 vs 1 → +3) goes to c1.
    const r = solveChecked({
      students: 3, capacity: [2, 1], unmatchedCost: 100,
      pairs: [[0, 0, 1], [0, 1, 9], [1, 0, 1], [1, 1, 8], [2, 0, 1], [2, 1, 4]],
    });
    expect([...r.pairOf]).toEqual([0, 2, 5]);
    expect(r).toMatchObject({ matched: 3, cost: 6 });
  });

  it('leaves an isolated student unmatched and excludes it from the cost', () => {
    const r = solveChecked({ students: 3, capacity: [1], unmatchedCost: 100, pairs: [[0, 0, 5], [2, 0, 7]] });
    expect([...r.pairOf]).toEqual([0, -1, -1]);
    expect(r).toMatchObject({ matched: 1, cost: 5 });
  });

  it('never uses a company with capacity 0', () => {
    const r = solveChecked({ students: 2, capacity: [0, 1], unmatchedCost: 100, pairs: [[0, 0, 0], [1, 0, 0], [1, 1, 50]] });
    expect([...r.pairOf]).toEqual([-1, 2]);
    expect(r).toMatchObject({ matched: 1, cost: 50 });
  });

  it('prefers staying unmatched over a pair dearer than unmatchedCost', () => {
    const r = solveChecked({ students: 1, capacity: [1], unmatchedCost: 10, pairs: [[0, 0, 11]] });
    expect(r).toMatchObject({ matched: 0, cost: 0 });
  });

  it('unmatches an earlier student when a later one fits the only place far better', () => {
    // s0→c0 (10) + s1 out (20) = 30 loses to s0 out (20) + s1→c0 (0) = 20; s2 keeps c1.
    const r = solveChecked({ students: 3, capacity: [1, 1], unmatchedCost: 20, pairs: [[0, 0, 10], [1, 0, 0], [2, 1, 1], [2, 0, 0]] });
    expect([...r.pairOf]).toEqual([-1, 1, 2]);
    expect(r).toMatchObject({ matched: 2, cost: 1 });
  });

  it('handles an empty round', () => {
    const r = solveChecked({ students: 0, capacity: [], unmatchedCost: 1, pairs: [] });
    expect(r).toMatchObject({ matched: 0, cost: 0 });
    expect(r.pairOf.length).toBe(0);
  });

  it('keeps totals exact with round-model sized costs', () => {
    const big = 99_999_989;
    const r = solveChecked({ students: 2, capacity: [1, 1], unmatchedCost: 4 * big, pairs: [[0, 0, big], [1, 0, big - 7], [1, 1, big + 3]] });
    expect(r).toMatchObject({ matched: 2, cost: 2 * big + 3 });
  });
});

describe('solveAssignment rejects malformed instances', () => {
  const base: PlainInstance = { students: 2, capacity: [1], unmatchedCost: 10, pairs: [[0, 0, 1], [1, 0, 2]] };
  const reasonFor = (plain: PlainInstance) => {
    const result = solveAssignment(instanceFromPlain(plain));
    return result.status === 'invalid' ? result.reason : 'solved';
  };

  it.each([
    ['a student out of range', { ...base, pairs: [[2, 0, 1]] }, /student 2 is out of range/],
    ['a company out of range', { ...base, pairs: [[0, 1, 1]] }, /company 1 is out of range/],
    ['a negative cost', { ...base, pairs: [[0, 0, -1]] }, /cost must be a non-negative integer/],
    ['a fractional cost', { ...base, pairs: [[0, 0, 1.5]] }, /cost must be a non-negative integer/],
    ['a negative capacity', { ...base, capacity: [-1] }, /capacity\[0\] is negative/],
    ['a negative unmatched cost', { ...base, unmatchedCost: -5 }, /unmatchedCost/],
    ['a fractional student count', { ...base, students: 1.5 }, /students must be/],
  ] as const)('reports %s', (_name, plain, reason) => {
    expect(reasonFor(plain as PlainInstance)).toMatch(reason);
  });

  it('reports pair arrays of different lengths', () => {
    const instance = { ...instanceFromPlain(base), pairCost: new Float64Array(1) };
    const result = solveAssignment(instance);
    expect(result).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/differ in length/) });
  });

  it('reports a capacity array of the wrong length', () => {
    const instance = { ...instanceFromPlain(base), companies: 3 };
    expect(solveAssignment(instance)).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/capacity has 1 entries for 3/) });
  });
});
