// Shape checks for an AssignmentInstance, so the solver can trust its input and callers get a
// readable reason instead of an exception or a silently wrong optimum.
import type { AssignmentInstance } from './assignment-instance.js';

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 0x7fffffff;

/** Returns a reason when the instance is malformed, or null when it is fine to solve. */
export function validateInstance(instance: AssignmentInstance): string | null {
  const { students, companies, capacity, pairStudent, pairCompany, pairCost, unmatchedCost } = instance;
  if (!isCount(students)) return `students must be a non-negative integer, got ${String(students)}`;
  if (!isCount(companies)) return `companies must be a non-negative integer, got ${String(companies)}`;
  if (!(capacity instanceof Int32Array)) return 'capacity must be an Int32Array';
  if (!(pairStudent instanceof Int32Array) || !(pairCompany instanceof Int32Array)) return 'pairStudent and pairCompany must be Int32Arrays';
  if (!(pairCost instanceof Float64Array)) return 'pairCost must be a Float64Array';
  if (capacity.length !== companies) return `capacity has ${capacity.length} entries for ${companies} companies`;
  const pairs = pairStudent.length;
  if (pairCompany.length !== pairs || pairCost.length !== pairs) {
    return `pair arrays differ in length: pairStudent ${pairs}, pairCompany ${pairCompany.length}, pairCost ${pairCost.length}`;
  }
  if (typeof unmatchedCost !== 'number' || !Number.isSafeInteger(unmatchedCost) || unmatchedCost < 0) {
    return `unmatchedCost must be a non-negative integer, got ${String(unmatchedCost)}`;
  }
  for (let j = 0; j < companies; j++) {
    if (capacity[j] < 0) return `capacity[${j}] is negative (${capacity[j]})`;
  }
  return validatePairs(instance);
}

function validatePairs(instance: AssignmentInstance): string | null {
  const { students, companies, pairStudent, pairCompany, pairCost, unmatchedCost } = instance;
  let maxCost = unmatchedCost;
  for (let p = 0; p < pairStudent.length; p++) {
    const i = pairStudent[p], j = pairCompany[p], c = pairCost[p];
    if (i < 0 || i >= students) return `pair ${p}: student ${i} is out of range 0..${students - 1}`;
    if (j < 0 || j >= companies) return `pair ${p}: company ${j} is out of range 0..${companies - 1}`;
    // Integer costs keep every total exact in doubles and make the optimum well defined.
    if (!Number.isSafeInteger(c) || c < 0) return `pair ${p}: cost must be a non-negative integer, got ${c}`;
    if (c > maxCost) maxCost = c;
  }
  if (maxCost * Math.max(1, students) * 2 > Number.MAX_SAFE_INTEGER) {
    return `costs too large: students × max cost must stay below 2^52 for exact totals`;
  }
  return null;
}
