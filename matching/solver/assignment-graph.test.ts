import { describe, expect, it } from 'vitest';
import { buildGraph } from './assignment-graph.js';
import { generateInstance } from './generate-instance.js';
import { instanceFromPlain } from './instance-builder.js';

/** Every row must be sorted by cost, ties by original pair index (the solver's early exit needs it). */
function rowsSorted(graph: ReturnType<typeof buildGraph>): boolean {
  for (let r = 0; r < graph.rows; r++) {
    for (let q = graph.rowStart[r] + 1; q < graph.rowStart[r + 1]; q++) {
      const [c0, c1] = [graph.cost[q - 1], graph.cost[q]];
      if (c0 > c1 || (c0 === c1 && graph.pair[q - 1] > graph.pair[q])) return false;
    }
  }
  return true;
}

describe('buildGraph', () => {
  it('places students when places are plentiful and companies when they are scarce', () => {
    const plenty = instanceFromPlain({ students: 2, capacity: [2, 1], unmatchedCost: 9, pairs: [[0, 0, 1], [1, 1, 1]] });
    const capped = instanceFromPlain({ students: 3, capacity: [5], unmatchedCost: 9, pairs: [[0, 0, 1], [1, 0, 1], [2, 0, 1]] });
    expect(buildGraph(plenty).rowsAreStudents).toBe(true);
    // Capacity 5 counts as 3: no more students than that can ever go there.
    expect(buildGraph(capped)).toMatchObject({ rowsAreStudents: true, colSlots: Int32Array.from([3]) });
    const tight = instanceFromPlain({ students: 3, capacity: [2], unmatchedCost: 9, pairs: [[0, 0, 1], [1, 0, 1], [2, 0, 1]] });
    expect(buildGraph(tight)).toMatchObject({ rowsAreStudents: false, rowUnits: Int32Array.from([2]) });
  });

  it('drops pairs at or above the unmatched cost and pairs into companies without capacity', () => {
    const g = buildGraph(instanceFromPlain({ students: 1, capacity: [1, 0, 1], unmatchedCost: 9, pairs: [[0, 0, 9], [0, 1, 1], [0, 2, 8]] }));
    expect([...g.pair]).toEqual([2]);
  });

  it('sorts short and long rows by cost, ties by pair index, on both sides', () => {
    const short = generateInstance({ students: 400, companies: 200, seed: 5, maxPairs: 50 });
    const long = generateInstance({ students: 3000, companies: 60, seed: 5, maxPairs: 0, capacityRatio: 0.5 });
    const shortGraph = buildGraph(short), longGraph = buildGraph(long);
    expect([shortGraph.rowsAreStudents, longGraph.rowsAreStudents]).toEqual([true, false]);
    expect(Math.max(...longGraph.rowStart.slice(1).map((end, r) => end - longGraph.rowStart[r]))).toBeGreaterThan(64);
    expect([rowsSorted(shortGraph), rowsSorted(longGraph)]).toEqual([true, true]);
  });
});
