// Property tests on random small instances: every solve passes the independent checker, is
// deterministic, and agrees with HiGHS on the LP formulation.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadHighsAssignmentSolver, type HighsAssignmentSolver } from '../bench/highs-assignment.js';
import { buildGraph } from './assignment-graph.js';
import type { AssignmentInstance } from './assignment-instance.js';
import { checkAssignment } from './check-assignment.js';
import { generateInstance } from './generate-instance.js';
import { instanceFromPlain } from './instance-builder.js';
import { solveAssignment } from './solve-assignment.js';

/** Small instances with ties, duplicates, zero capacities and isolated students. */
const smallInstance = (maxStudents: number, unmatched: fc.Arbitrary<number>) =>
  fc.record({ students: fc.integer({ min: 0, max: maxStudents }), companies: fc.integer({ min: 1, max: 8 }) }).chain(({ students, companies }) =>
    fc.record({
      students: fc.constant(students),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: companies, maxLength: companies }),
      pairs: students === 0 ? fc.constant([]) : fc.array(
        fc.tuple(fc.integer({ min: 0, max: students - 1 }), fc.integer({ min: 0, max: companies - 1 }), fc.integer({ min: 0, max: 30 })),
        { maxLength: 4 * students },
      ),
      unmatchedCost: unmatched,
    }).map(instanceFromPlain));

const anyUnmatched = fc.integer({ min: 0, max: 40 });
/** Above every possible total, so the optimum first maximises matched and both figures are unique. */
const dominantUnmatched = fc.constant(10_000);

const objective = (instance: AssignmentInstance, matched: number, cost: number) => cost + instance.unmatchedCost * (instance.students - matched);

describe('solveAssignment properties', () => {
  let highs: HighsAssignmentSolver;
  beforeAll(async () => {
    highs = await loadHighsAssignmentSolver();
  });

  it('always passes the independent optimality checker', () => {
    fc.assert(fc.property(smallInstance(30, anyUnmatched), (instance) => {
      expect(checkAssignment(instance, solveAssignment(instance))).toEqual({ ok: true });
    }), { numRuns: 400 });
  });

  it('is deterministic: the same input gives the same pairs', () => {
    fc.assert(fc.property(smallInstance(30, anyUnmatched), (instance) => {
      const a = solveAssignment(instance), b = solveAssignment(instance);
      expect(b).toEqual(a);
    }), { numRuns: 100 });
  });

  it('matches as many students at the same cost as HiGHS when unmatching is dominant', () => {
    fc.assert(fc.property(smallInstance(30, dominantUnmatched), (instance) => {
      const ours = solveAssignment(instance), theirs = highs(instance);
      if (ours.status !== 'optimal' || theirs.status !== 'optimal') throw new Error('solve failed');
      expect({ matched: ours.matched, cost: ours.cost }).toEqual({ matched: theirs.matched, cost: theirs.cost });
    }), { numRuns: 150 });
  });

  it('reaches the same objective as HiGHS for any unmatched cost', () => {
    fc.assert(fc.property(smallInstance(30, anyUnmatched), (instance) => {
      const ours = solveAssignment(instance), theirs = highs(instance);
      if (ours.status !== 'optimal' || theirs.status !== 'optimal') throw new Error('solve failed');
      expect(objective(instance, ours.matched, ours.cost)).toBe(objective(instance, theirs.matched, theirs.cost));
    }), { numRuns: 150 });
  });

  it('passes the checker on clustered generated instances of 40 to 200 students', () => {
    // Clustered instances create the competition (long chains, displacements) that uniform random
    // ones rarely do; missing price updates fail here about half the time but almost never above.
    const params = fc.record({
      seed: fc.integer({ min: 1, max: 1_000_000 }), students: fc.integer({ min: 40, max: 200 }), percent: fc.integer({ min: 60, max: 140 }),
      maxPairs: fc.integer({ min: 3, max: 20 }), unmatchedCost: fc.constantFrom(300, 1500, 100_000),
    });
    fc.assert(fc.property(params, ({ seed, students, percent, maxPairs, unmatchedCost }) => {
      const instance = generateInstance({ students, companies: Math.ceil(students / 2), seed, maxPairs, capacityRatio: percent / 100, unmatchedCost });
      expect(checkAssignment(instance, solveAssignment(instance))).toEqual({ ok: true });
    }), { numRuns: 150 });
  });

  it('places the tail in phases correctly: forced from the start, same optimum as one at a time', () => {
    // The phase code normally runs only in the tail of large saturated markets; tailSearch -1
    // switches to it after the first unit so small instances exercise it.
    const params = fc.record({
      seed: fc.integer({ min: 1, max: 1_000_000 }), students: fc.integer({ min: 40, max: 200 }), percent: fc.integer({ min: 60, max: 140 }),
      maxPairs: fc.integer({ min: 3, max: 20 }), unmatchedCost: fc.constantFrom(300, 1500, 100_000),
    });
    fc.assert(fc.property(params, ({ seed, students, percent, maxPairs, unmatchedCost }) => {
      const instance = generateInstance({ students, companies: Math.ceil(students / 2), seed, maxPairs, capacityRatio: percent / 100, unmatchedCost });
      const phased = solveAssignment(instance, { tailSearch: -1 }), single = solveAssignment(instance, { tailSearch: Infinity });
      expect(checkAssignment(instance, phased)).toEqual({ ok: true });
      if (phased.status !== 'optimal' || single.status !== 'optimal') throw new Error('solve failed');
      expect(objective(instance, phased.matched, phased.cost)).toBe(objective(instance, single.matched, single.cost));
    }), { numRuns: 150 });
    fc.assert(fc.property(smallInstance(30, anyUnmatched), (instance) => {
      expect(checkAssignment(instance, solveAssignment(instance, { tailSearch: -1 }))).toEqual({ ok: true });
    }), { numRuns: 300 });
  });

  it('agrees with HiGHS on clustered generated instances of 30 to 60 students', () => {
    const params = fc.record({ seed: fc.integer({ min: 1, max: 1_000_000 }), students: fc.integer({ min: 30, max: 60 }), percent: fc.integer({ min: 60, max: 140 }) });
    fc.assert(fc.property(params, ({ seed, students, percent }) => {
      const instance = generateInstance({ students, companies: Math.ceil(students / 2), seed, maxPairs: 8, capacityRatio: percent / 100 });
      const ours = solveAssignment(instance), theirs = highs(instance);
      if (ours.status !== 'optimal' || theirs.status !== 'optimal') throw new Error('solve failed');
      expect({ matched: ours.matched, cost: ours.cost }).toEqual({ matched: theirs.matched, cost: theirs.cost });
    }), { numRuns: 60 });
  });

  it.each([
    [0.9, false],
    [1.0, true],
    [1.1, true],
  ])('passes the checker on generated instances of 1500 students, capacity ratio %s (rows are students: %s)', (capacityRatio, rowsAreStudents) => {
    for (const seed of [1, 2]) {
      const instance = generateInstance({ students: 1500, companies: 700, seed, maxPairs: 30, capacityRatio });
      expect(buildGraph(instance).rowsAreStudents).toBe(rowsAreStudents);
      expect(checkAssignment(instance, solveAssignment(instance))).toEqual({ ok: true });
    }
  });
});
