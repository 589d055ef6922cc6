// Builds an AssignmentInstance from plain lists; handy in tests and small callers, where typed
// arrays would only add noise.
import type { AssignmentInstance } from './assignment-instance.js';

export interface PlainInstance {
  readonly students: number;
  readonly capacity: readonly number[];
  /** [student, company, cost] */
  readonly pairs: readonly (readonly [number, number, number])[];
  readonly unmatchedCost: number;
}

export function instanceFromPlain(plain: PlainInstance): AssignmentInstance {
  return {
    students: plain.students,
    companies: plain.capacity.length,
    capacity: Int32Array.from(plain.capacity),
    pairStudent: Int32Array.from(plain.pairs, (p) => p[0]),
    pairCompany: Int32Array.from(plain.pairs, (p) => p[1]),
    pairCost: Float64Array.from(plain.pairs, (p) => p[2]),
    unmatchedCost: plain.unmatchedCost,
  };
}
