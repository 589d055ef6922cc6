// The tail of a saturated market: when each new unit would need a search across most of the
// market, the remaining units are placed together (primal-dual method). One multi-source Dijkstra
// raises prices until some paths of zero reduced cost appear, then a depth-first search places
// as many units as it can along such paths (a column that led nowhere is not searched again in
// the same phase).
import type { AssignmentGraph } from './assignment-graph.js';

/**
 * What phases need of the shortest-augmenting-path solver (shortest-augmenting-path.ts), which calls
 * `placeInPhases` on itself: said here, so the two files do not import each other.
 */
export interface PhaseSolver {
  readonly g: AssignmentGraph;
  readonly price: Float64Array;
  readonly unitRow: Int32Array;
  readonly slotStart: Int32Array;
  readonly slotUnit: Int32Array;
  readonly room: Int32Array;
  readonly predPos: Int32Array;
  readonly predUnit: Int32Array;
  bestEnd: number;
  endUnit: number;
  endPos: number;
  place(source: number): number;
  settle(): number;
  dualOf(unit: number): number;
  relax(unit: number, d: number, dual: number): void;
  updatePrices(): void;
  augment(source: number): void;
  reset(): void;
}

export function placeInPhases(solver: PhaseSolver, first: number): void {
  let sources = Int32Array.from({ length: solver.unitRow.length - first }, (_, k) => first + k);
  // A waiting unit's dual: at most the cost + price of every pair and unmatchedCost.
  let duals = Float64Array.from(sources, (u) => bestOption(solver, u));
  const search = new DepthFirst(solver);
  while (sources.length > 0) {
    solver.bestEnd = Infinity;
    for (let k = 0; k < sources.length; k++) solver.relax(sources[k], 0, duals[k]);
    solver.settle();
    const step = solver.bestEnd;
    solver.updatePrices();
    solver.reset();
    let kept = 0;
    for (let k = 0; k < sources.length; k++) {
      const dual = duals[k] + step;
      if (search.place(sources[k], dual)) continue;
      sources[kept] = sources[k];
      duals[kept++] = dual;
    }
    search.clear();
    // Theory says every phase places a unit; should it ever not, one plain search guarantees progress.
    if (kept === sources.length) solver.place(sources[--kept]);
    sources = sources.subarray(0, kept);
    duals = duals.subarray(0, kept);
  }
}

function bestOption(solver: PhaseSolver, unit: number): number {
  const { g, price } = solver;
  const row = solver.unitRow[unit];
  let best = g.unmatchedCost;
  for (let q = g.rowStart[row]; q < g.rowStart[row + 1] && g.cost[q] < best; q++) best = Math.min(best, g.cost[q] + price[g.col[q]]);
  return best;
}

/**
 * Iterative depth-first search over edges of zero reduced cost. Each stack frame is a unit: it
 * scans its pairs from pos, and while it explores the units of full column col it walks slot.
 */
class DepthFirst {
  private readonly visited: Uint8Array;
  private readonly visitedList: Int32Array;
  private visitedCount = 0;
  private readonly unit: Int32Array;
  private readonly dual: Float64Array;
  private readonly pos: Int32Array;
  private readonly col: Int32Array;
  private readonly slot: Int32Array;

  constructor(private readonly solver: PhaseSolver) {
    const m = solver.g.cols, depth = m + 2;
    this.visited = new Uint8Array(m);
    this.visitedList = new Int32Array(m);
    [this.unit, this.pos, this.col, this.slot] = [new Int32Array(depth), new Int32Array(depth), new Int32Array(depth), new Int32Array(depth)];
    this.dual = new Float64Array(depth);
  }

  clear(): void {
    for (let k = 0; k < this.visitedCount; k++) this.visited[this.visitedList[k]] = 0;
    this.visitedCount = 0;
  }

  /** Looks for a zero-cost path from source; places it and returns true when one exists. */
  place(source: number, sourceDual: number): boolean {
    const { solver } = this;
    const { g } = solver;
    let top = -1;
    const push = (unit: number, dual: number): boolean => {
      if (dual === g.unmatchedCost) return this.finish(source, unit, -1, top);
      top++;
      this.unit[top] = unit;
      this.dual[top] = dual;
      this.pos[top] = g.rowStart[solver.unitRow[unit]];
      this.col[top] = -1;
      return false;
    };
    if (push(source, sourceDual)) return true;
    while (top >= 0) {
      const j = this.col[top];
      if (j >= 0) {
        // Descend into the next unit of full column j; it would give its slot to this frame's unit.
        if (this.slot[top] < solver.slotStart[j + 1]) {
          const next = solver.slotUnit[this.slot[top]++];
          solver.predUnit[j] = this.unit[top];
          solver.predPos[j] = this.pos[top];
          if (push(next, solver.dualOf(next))) return true;
        } else {
          this.col[top] = -1;
          this.pos[top]++;
        }
        continue;
      }
      if (this.scan(top)) return this.finish(source, this.unit[top], this.pos[top], top);
      if (this.col[top] < 0) top--;
    }
    return false;
  }

  /** Advances frame top to its next admissible pair: true for a free slot, else opens a full column. */
  private scan(top: number): boolean {
    const { g, price, room } = this.solver;
    const end = g.rowStart[this.solver.unitRow[this.unit[top]] + 1], dual = this.dual[top];
    for (let q = this.pos[top]; q < end && g.cost[q] <= dual; q++) {
      const j = g.col[q];
      if (g.cost[q] + price[j] !== dual || this.visited[j] === 1) continue;
      this.pos[top] = q;
      if (room[j] > 0) return true;
      this.visited[j] = 1;
      this.visitedList[this.visitedCount++] = j;
      this.col[top] = j;
      this.slot[top] = this.solver.slotStart[j];
      return false;
    }
    this.pos[top] = end;
    return false;
  }

  /** Places the path on the stack; its columns are opened again, as their new units may lead on. */
  private finish(source: number, endUnit: number, endPos: number, top: number): true {
    this.solver.endUnit = endUnit;
    this.solver.endPos = endPos;
    this.solver.augment(source);
    for (let k = 0; k <= top; k++) if (this.col[k] >= 0) this.visited[this.col[k]] = 0;
    return true;
  }
}
