// Compact adjacency for the solver. The solver places "units" of the rows one at a time into the
// slots of the columns; either side can play the rows. Placing the scarcer side is far faster:
// the other side then nearly always has a free place close by, so searches stay small.
// Pairs are grouped by row (CSR) with column and cost side by side for sequential reads.
import type { AssignmentInstance } from './assignment-instance.js';

export interface AssignmentGraph {
  /** true: rows are students and columns companies; false: the other way round */
  readonly rowsAreStudents: boolean;
  readonly rows: number;
  readonly cols: number;
  readonly unmatchedCost: number;
  /** pairs of row r are positions rowStart[r] .. rowStart[r+1]-1 */
  readonly rowStart: Int32Array;
  readonly col: Int32Array;
  readonly cost: Float64Array;
  /** original pair index of each position */
  readonly pair: Int32Array;
  /** units each row places: 1 per student, usable capacity per company */
  readonly rowUnits: Int32Array;
  /** slots of each column: usable capacity per company, 1 per student */
  readonly colSlots: Int32Array;
}

/**
 * Pairs costing at least unmatchedCost are dropped (staying unmatched is never worse), and so are
 * pairs into companies without capacity. A company's usable capacity is capped by the number of
 * students that may go there.
 */
export function buildGraph(instance: AssignmentInstance): AssignmentGraph {
  const { students, companies, capacity, pairStudent, pairCompany, pairCost, unmatchedCost } = instance;
  const keep = (p: number) => pairCost[p] < unmatchedCost && capacity[pairCompany[p]] > 0;
  const perStudent = new Int32Array(students), perCompany = new Int32Array(companies);
  for (let p = 0; p < pairStudent.length; p++) {
    if (!keep(p)) continue;
    perStudent[pairStudent[p]]++;
    perCompany[pairCompany[p]]++;
  }
  const companySlots = new Int32Array(companies);
  let totalSlots = 0;
  for (let j = 0; j < companies; j++) totalSlots += companySlots[j] = Math.min(capacity[j], perCompany[j]);
  const rowsAreStudents = students <= totalSlots;
  const [rowOf, colOf] = rowsAreStudents ? [pairStudent, pairCompany] : [pairCompany, pairStudent];
  const rows = rowsAreStudents ? students : companies, cols = rowsAreStudents ? companies : students;
  const rowStart = new Int32Array(rows + 1);
  const perRow = rowsAreStudents ? perStudent : perCompany;
  for (let r = 0; r < rows; r++) rowStart[r + 1] = rowStart[r] + perRow[r];
  const fill = rowStart.slice(0, rows);
  const kept = rowStart[rows];
  const col = new Int32Array(kept), cost = new Float64Array(kept), pair = new Int32Array(kept);
  for (let p = 0; p < pairStudent.length; p++) {
    if (!keep(p)) continue;
    const at = fill[rowOf[p]]++;
    col[at] = colOf[p];
    cost[at] = pairCost[p];
    pair[at] = p;
  }
  sortRowsByCost(rowStart, col, cost, pair);
  const ones = new Int32Array(students).fill(1);
  const [rowUnits, colSlots] = rowsAreStudents ? [ones, companySlots] : [companySlots, ones];
  return { rowsAreStudents, rows, cols, unmatchedCost, rowStart, col, cost, pair, rowUnits, colSlots };
}

/**
 * Sorts every row by cost, ties by position (so by pair index): sorted rows let the solver stop
 * scanning a row at the first pair that is already too dear. Most rows are short, and for them an
 * insertion sort of (cost, position) in small scratch arrays, then one gather, is fastest in JS.
 */
function sortRowsByCost(rowStart: Int32Array, col: Int32Array, cost: Float64Array, pair: Int32Array): void {
  let longest = 0;
  for (let r = 0; r + 1 < rowStart.length; r++) longest = Math.max(longest, rowStart[r + 1] - rowStart[r]);
  const keyCost = new Float64Array(longest), keyAt = new Int32Array(longest);
  const oldCol = new Int32Array(longest), oldPair = new Int32Array(longest);
  for (let r = 0; r + 1 < rowStart.length; r++) {
    const start = rowStart[r], n = rowStart[r + 1] - start;
    let sorted = true;
    for (let k = 1; k < n && sorted; k++) sorted = cost[start + k - 1] <= cost[start + k];
    if (sorted) continue;
    if (n <= 64) insertionSort(cost, start, n, keyCost, keyAt);
    else comparatorSort(cost, start, n, keyCost, keyAt);
    oldCol.set(col.subarray(start, start + n));
    oldPair.set(pair.subarray(start, start + n));
    for (let k = 0; k < n; k++) {
      col[start + k] = oldCol[keyAt[k]];
      cost[start + k] = keyCost[k];
      pair[start + k] = oldPair[keyAt[k]];
    }
  }
}

/** Writes the sorted costs of cost[start..start+n) to keyCost and their positions to keyAt. */
function insertionSort(cost: Float64Array, start: number, n: number, keyCost: Float64Array, keyAt: Int32Array): void {
  for (let k = 0; k < n; k++) {
    const c = cost[start + k];
    let b = k - 1;
    while (b >= 0 && keyCost[b] > c) {
      keyCost[b + 1] = keyCost[b];
      keyAt[b + 1] = keyAt[b];
      b--;
    }
    keyCost[b + 1] = c;
    keyAt[b + 1] = k;
  }
}

/** Same contract as insertionSort, in O(n log n) for long rows (a company's list of students). */
function comparatorSort(cost: Float64Array, start: number, n: number, keyCost: Float64Array, keyAt: Int32Array): void {
  const order = keyAt.subarray(0, n);
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((a, b) => cost[start + a] - cost[start + b] || a - b);
  for (let k = 0; k < n; k++) keyCost[k] = cost[start + order[k]];
}
