import { describe, expect, it } from 'vitest';
import { createRandom, generateInstance } from './generate-instance.js';

describe('generateInstance', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateInstance({ students: 500, companies: 200, seed: 42, maxPairs: 25 });
    const b = generateInstance({ students: 500, companies: 200, seed: 42, maxPairs: 25 });
    const c = generateInstance({ students: 500, companies: 200, seed: 43, maxPairs: 25 });
    expect(b).toEqual(a);
    expect(c.pairCost).not.toEqual(a.pairCost);
  });

  it('has the promised shape: sorted pairs, at most maxPairs each, capacities 1..4 near 1.1 per student', () => {
    const g = generateInstance({ students: 2000, companies: 1000, seed: 1, maxPairs: 30 });
    const perStudent = new Int32Array(g.students);
    let outOfOrder = 0, badCost = 0;
    for (let p = 0; p < g.pairStudent.length; p++) {
      perStudent[g.pairStudent[p]]++;
      if (!(g.pairCost[p] >= 0 && g.pairCost[p] <= 1000)) badCost++;
      const i = g.pairStudent[p], previous = p > 0 ? g.pairStudent[p - 1] : -1;
      if (i < previous || (i === previous && g.pairCompany[p] <= g.pairCompany[p - 1])) outOfOrder++;
    }
    expect({ outOfOrder, badCost }).toEqual({ outOfOrder: 0, badCost: 0 });
    expect(Math.max(...perStudent)).toBe(30);
    expect(g.pairStudent.length / g.students).toBeGreaterThan(25);
    expect(g.capacity.every((c) => c >= 1 && c <= 4)).toBe(true);
    expect(g.capacity.reduce((s, c) => s + c, 0)).toBe(2200);
  });

  it('keeps every candidate when maxPairs is 0', () => {
    const all = generateInstance({ students: 200, companies: 100, seed: 3, maxPairs: 0 });
    const capped = generateInstance({ students: 200, companies: 100, seed: 3, maxPairs: 5 });
    expect(all.pairStudent.length).toBeGreaterThan(capped.pairStudent.length);
  });

  it('draws uniform-looking numbers in [0, 1) from its seeded PRNG', () => {
    const random = createRandom(9);
    const draws = Array.from({ length: 10000 }, random);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(draws.reduce((s, x) => s + x, 0) / draws.length - 0.5)).toBeLessThan(0.02);
    expect(createRandom(9)()).toBe(draws[0]);
  });
});
