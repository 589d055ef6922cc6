// Reference solve of the raw assignment with the npm `highs` package (HiGHS compiled to WASM), as
// the LP: minimise Σ cost_p·x_p + U·Σ y_i subject to Σ x_p + y_i = 1 per student and Σ x_p ≤
// capacity per company, 0 ≤ x, y ≤ 1. The constraint matrix is totally unimodular, so a simplex
// basic optimum is integral. Used by the benchmark and by the solver's property tests as an outside opinion.
import highsModule, { type Highs, type InitOptions } from 'highs';
import type { AssignmentInstance } from '../solver/assignment-instance.js';

export type HighsOutcome =
  | { readonly status: 'optimal'; readonly matched: number; readonly cost: number; readonly pairOf: Int32Array }
  | { readonly status: 'failed'; readonly reason: string };

export type HighsAssignmentSolver = (instance: AssignmentInstance) => HighsOutcome;

const OPTIMAL = 7, EMPTY = 6;

// The package ships an ES module whose default export is the loader, but its typings are written
// as CommonJS, so TypeScript under NodeNext sees the module object; accept either shape.
type Loader = (options?: InitOptions) => Promise<Highs>;
const loadHighs = ((highsModule as unknown as { default?: Loader }).default ?? highsModule) as unknown as Loader;

export async function loadHighsAssignmentSolver(): Promise<HighsAssignmentSolver> {
  const highs = await loadHighs();
  return (instance) => {
    const { students, companies, capacity, pairStudent, pairCompany, pairCost, unmatchedCost } = instance;
    const pairs = pairStudent.length, cols = pairs + students, rows = students + companies;
    // Columns: one per pair (rows: its student and its company), then one "unmatched" per student.
    const starts = new Int32Array(cols + 1), indices = new Int32Array(2 * pairs + students);
    const values = new Float64Array(2 * pairs + students).fill(1), colCost = new Float64Array(cols);
    for (let p = 0; p < pairs; p++) {
      starts[p + 1] = 2 * p + 2;
      indices[2 * p] = pairStudent[p];
      indices[2 * p + 1] = students + pairCompany[p];
      colCost[p] = pairCost[p];
    }
    for (let i = 0; i < students; i++) {
      starts[pairs + i + 1] = 2 * pairs + i + 1;
      indices[2 * pairs + i] = i;
      colCost[pairs + i] = unmatchedCost;
    }
    const rowLower = new Float64Array(rows).fill(-highs.infinity).fill(1, 0, students), rowUpper = new Float64Array(rows).fill(1);
    for (let j = 0; j < companies; j++) rowUpper[students + j] = capacity[j];
    try {
      return highs.withModel({
        numCols: cols, numRows: rows, colCost, colLower: new Float64Array(cols), colUpper: new Float64Array(cols).fill(1),
        rowLower, rowUpper, matrix: { format: 'csc', numRows: rows, numCols: cols, starts, indices, values },
      }, (model) => {
        // Presolve is the slow part of this model in WASM (37 s vs 10 s at 20k students, 1M pairs).
        model.options.set({ output_flag: false, presolve: 'off' });
        model.run();
        const status = model.getModelStatus();
        if (status !== OPTIMAL && !(status === EMPTY && cols === 0)) return { status: 'failed' as const, reason: `HiGHS model status ${status}` };
        return readSolution(instance, cols === 0 ? new Float64Array(0) : model.getSolution().colValue.subarray(0, pairs));
      });
    } catch (error) {
      return { status: 'failed', reason: (error as Error).message };
    }
  };
}

function readSolution(instance: AssignmentInstance, colValue: Float64Array): HighsOutcome {
  const pairOf = new Int32Array(instance.students).fill(-1);
  let matched = 0, cost = 0;
  for (let p = 0; p < colValue.length; p++) {
    if (colValue[p] < 0.5) continue;
    const i = instance.pairStudent[p];
    if (pairOf[i] !== -1) return { status: 'failed', reason: `student ${i} got two pairs (fractional solution?)` };
    pairOf[i] = p;
    matched++;
    cost += instance.pairCost[p];
  }
  return { status: 'optimal', matched, cost, pairOf };
}
