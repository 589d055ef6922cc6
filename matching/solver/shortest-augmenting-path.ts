// Exact min-cost assignment by successive shortest augmenting paths (Hungarian method for a
// capacitated, sparse, rectangular problem), placing one unit of a row at a time (see
// assignment-graph.ts: rows are students or companies, columns the other side).
//
// Duals: every column has a price (price ≥ 0, and 0 while it has a free slot). A placed unit's
// dual is cost of its pair + price of its column, an unplaced one's is unmatchedCost. Reduced
// costs stay ≥ 0, so Dijkstra finds the cheapest way to fit the next unit in: either a free slot
// at the end of a chain of moves, or some unit on the chain giving up its place.
import type { AssignmentGraph } from './assignment-graph.js';
import { IndexHeap } from './index-heap.js';
import { placeInPhases } from './phase-augmentation.js';

export class ShortestAugmentingPath {
  readonly price: Float64Array;
  /** the row each unit belongs to; a row's units are consecutive */
  readonly unitRow: Int32Array;
  /** CSR position of the chosen pair per unit, -1 when unplaced */
  readonly chosen: Int32Array;
  readonly slotStart: Int32Array;
  /** the unit in each taken slot */
  readonly slotUnit: Int32Array;
  private readonly slotOf: Int32Array;
  /** free slots left per column */
  readonly room: Int32Array;
  // Dijkstra scratch, reset after every augmentation through the touched list.
  private readonly dist: Float64Array;
  readonly predPos: Int32Array;
  readonly predUnit: Int32Array;
  private readonly done: Uint8Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly heap: IndexHeap;
  // The best path end found so far: endUnit moves to pair endPos (a free slot), or out when -1.
  bestEnd = 0;
  endUnit = -1;
  endPos = -1;

  constructor(readonly g: AssignmentGraph) {
    const m = g.cols;
    this.price = new Float64Array(m);
    let units = 0;
    for (let r = 0; r < g.rows; r++) units += g.rowUnits[r];
    this.unitRow = new Int32Array(units);
    for (let r = 0, u = 0; r < g.rows; r++) this.unitRow.fill(r, u, (u += g.rowUnits[r]));
    this.chosen = new Int32Array(units).fill(-1);
    this.slotOf = new Int32Array(units).fill(-1);
    this.slotStart = new Int32Array(m + 1);
    for (let j = 0; j < m; j++) this.slotStart[j + 1] = this.slotStart[j] + g.colSlots[j];
    this.slotUnit = new Int32Array(this.slotStart[m]);
    this.room = g.colSlots.slice();
    this.dist = new Float64Array(m).fill(Infinity);
    this.predPos = new Int32Array(m);
    this.predUnit = new Int32Array(m);
    this.done = new Uint8Array(m);
    this.touched = new Int32Array(m);
    this.heap = new IndexHeap(m, this.dist);
  }

  /**
   * Places units one at a time while searches stay local. Once one search has to settle a large
   * part of the market (a saturated market's tail), the rest are placed together in phases.
   */
  run(tailSearch = Math.max(1000, this.g.cols >> 3)): void {
    const units = this.unitRow.length;
    for (let u = 0; u < units; u++) {
      if (this.place(u) > tailSearch) {
        placeInPhases(this, u + 1);
        return;
      }
    }
  }

  /** Places one unit; returns how many columns its search settled. */
  place(source: number): number {
    this.bestEnd = this.g.unmatchedCost;
    this.endUnit = source;
    this.endPos = -1;
    this.relax(source, 0, 0);
    const settled = this.settle();
    this.updatePrices();
    this.augment(source);
    this.reset();
    return settled;
  }

  /**
   * Dijkstra over full columns from whatever was relaxed. A free slot ends a path the moment it is
   * seen, so free columns never enter the heap, and nothing at or beyond the best end found so far
   * does either. Returns the number of settled columns.
   */
  settle(): number {
    const { heap, dist, done } = this;
    let settled = 0;
    while (heap.size > 0) {
      const j = heap.top();
      const dj = dist[j];
      if (dj >= this.bestEnd) break;
      heap.pop();
      done[j] = 1;
      settled++;
      // Every unit in j sits on a tight edge, so it is reached at the same distance.
      for (let s = this.slotStart[j], end = this.slotStart[j + 1]; s < end; s++) {
        const unit = this.slotUnit[s];
        this.relax(unit, dj, this.dualOf(unit));
      }
    }
    return settled;
  }

  /** Dual of a placed unit: its pair's cost plus its column's price. */
  dualOf(unit: number): number {
    const q = this.chosen[unit];
    return this.g.cost[q] + this.price[this.g.col[q]];
  }

  /** Scans the pairs of a unit reached at distance d whose dual is dual. */
  relax(unit: number, d: number, dual: number): void {
    const { g, dist, done, price, room } = this;
    const base = d - dual;
    const viaUnmatched = base + g.unmatchedCost;
    if (viaUnmatched < this.bestEnd) {
      this.bestEnd = viaUnmatched;
      this.endUnit = unit;
      this.endPos = -1;
    }
    const row = this.unitRow[unit];
    for (let q = g.rowStart[row], end = g.rowStart[row + 1]; q < end; q++) {
      const j = g.col[q];
      const nd = base + g.cost[q] + price[j];
      if (nd >= this.bestEnd) {
        // Rows are sorted by cost and prices are never negative: no later pair can do better.
        if (base + g.cost[q] >= this.bestEnd) break;
        continue;
      }
      if (done[j] === 1) continue;
      if (room[j] > 0) {
        this.bestEnd = nd;
        this.endUnit = unit;
        this.endPos = q;
      } else if (nd < dist[j]) {
        if (dist[j] === Infinity) this.touched[this.touchedCount++] = j;
        dist[j] = nd;
        this.predPos[j] = q;
        this.predUnit[j] = unit;
        this.heap.push(j);
      }
    }
  }

  /** Raises the price of every column settled closer than the path end, keeping duals feasible. */
  updatePrices(): void {
    for (let k = 0; k < this.touchedCount; k++) {
      const j = this.touched[k];
      if (this.done[j] === 1) this.price[j] += this.bestEnd - this.dist[j];
    }
  }

  /** Shifts every unit on the path one step: each takes the slot the next one vacates. */
  augment(source: number): void {
    let s = this.endUnit, pos = this.endPos, slot: number;
    if (pos >= 0) {
      const j = this.g.col[pos];
      slot = this.slotStart[j + 1] - this.room[j]--;
    } else {
      slot = -1;
    }
    for (;;) {
      const previous = this.chosen[s], previousSlot = this.slotOf[s];
      this.chosen[s] = pos;
      this.slotOf[s] = slot;
      if (slot >= 0) this.slotUnit[slot] = s;
      if (s === source) return;
      // s left a full column: the unit that reached that column takes the vacated slot.
      const j = this.g.col[previous];
      s = this.predUnit[j];
      pos = this.predPos[j];
      slot = previousSlot;
    }
  }

  reset(): void {
    for (let k = 0; k < this.touchedCount; k++) {
      const j = this.touched[k];
      this.dist[j] = Infinity;
      this.done[j] = 0;
    }
    this.touchedCount = 0;
    this.heap.clear();
  }
}
