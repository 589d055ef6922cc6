// Exact solver for the raw capacitated assignment: minimises the sum over students of the chosen
// pair's cost, or unmatchedCost for a student left without a company. Pure and deterministic.
import type { AssignmentInstance, AssignmentResult } from './assignment-instance.js';
import { buildGraph, type AssignmentGraph } from './assignment-graph.js';
import { ShortestAugmentingPath } from './shortest-augmenting-path.js';
import { validateInstance } from './validate-instance.js';

export interface SolveOptions {
  /**
   * Search size (settled columns) after which the remaining units are placed together in phases.
   * The default suits production; tests lower it to exercise the phase code on small instances.
   */
  readonly tailSearch?: number;
}

export function solveAssignment(instance: AssignmentInstance, options: SolveOptions = {}): AssignmentResult {
  const reason = validateInstance(instance);
  if (reason !== null) return { status: 'invalid', reason };
  const graph = buildGraph(instance);
  const solver = new ShortestAugmentingPath(graph);
  solver.run(options.tailSearch);
  return toResult(instance, graph, solver.chosen);
}

function toResult(instance: AssignmentInstance, graph: AssignmentGraph, chosen: Int32Array): AssignmentResult {
  const pairOf = new Int32Array(instance.students).fill(-1);
  let matched = 0, cost = 0;
  for (let u = 0; u < chosen.length; u++) {
    const q = chosen[u];
    if (q < 0) continue;
    const p = graph.pair[q];
    pairOf[instance.pairStudent[p]] = p;
    matched++;
    cost += graph.cost[q];
  }
  return { status: 'optimal', pairOf, matched, cost };
}
