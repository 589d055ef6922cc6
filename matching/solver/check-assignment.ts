// Independent checker for solveAssignment: shares no code with the solver. It rechecks
// feasibility and the reported totals, then proves optimality the textbook way: a flow is a
// min-cost flow exactly when its residual network has no negative-cost cycle. Bellman-Ford (queue
// based) looks for one; it is meant for test-sized instances (a few thousand students).
import type { AssignmentInstance, AssignmentResult } from './assignment-instance.js';

export type CheckResult = { readonly ok: true } | { readonly ok: false; readonly problems: string[] };

const MAX_PROBLEMS = 20;

export function checkAssignment(instance: AssignmentInstance, result: AssignmentResult): CheckResult {
  if (result.status !== 'optimal') return { ok: false, problems: [`solver reported invalid: ${result.reason}`] };
  const problems: string[] = [];
  const used = checkFeasible(instance, result, problems);
  if (problems.length === 0) {
    const cycle = findNegativeCycle(instance, result.pairOf, used);
    if (cycle !== null) problems.push(`not optimal: ${cycle}`);
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** Checks every chosen pair, the capacities and the totals; returns the students per company. */
function checkFeasible(instance: AssignmentInstance, result: AssignmentResult & { status: 'optimal' }, problems: string[]): Int32Array {
  const { students, companies, capacity, pairStudent, pairCompany, pairCost } = instance;
  const used = new Int32Array(companies);
  const { pairOf } = result;
  if (pairOf.length !== students) {
    problems.push(`pairOf has ${pairOf.length} entries for ${students} students`);
    return used;
  }
  let matched = 0, cost = 0;
  for (let i = 0; i < students; i++) {
    const p = pairOf[i];
    if (p === -1) continue;
    if (!Number.isInteger(p) || p < 0 || p >= pairStudent.length) problems.push(`student ${i}: pair ${p} does not exist`);
    else if (pairStudent[p] !== i) problems.push(`student ${i}: pair ${p} belongs to student ${pairStudent[p]}`);
    else {
      matched++;
      cost += pairCost[p];
      used[pairCompany[p]]++;
    }
  }
  for (let j = 0; j < companies; j++) {
    if (used[j] > capacity[j]) problems.push(`company ${j}: ${used[j]} students for capacity ${capacity[j]}`);
  }
  if (matched !== result.matched) problems.push(`matched is ${result.matched}, recount gives ${matched}`);
  if (cost !== result.cost) problems.push(`cost is ${result.cost}, recount gives ${cost}`);
  return used;
}

interface Residual {
  readonly from: number[];
  readonly to: number[];
  readonly cost: number[];
}

/**
 * Residual network of the flow source → student → company → sink, where each student may also go
 * straight to the sink at unmatchedCost. Nodes: students, then companies, then the sink.
 */
function residualNetwork(instance: AssignmentInstance, pairOf: Int32Array, used: Int32Array): Residual {
  const { students, companies, capacity, pairStudent, pairCompany, pairCost, unmatchedCost } = instance;
  const sink = students + companies;
  const r: Residual = { from: [], to: [], cost: [] };
  const add = (a: number, b: number, c: number) => {
    r.from.push(a);
    r.to.push(b);
    r.cost.push(c);
  };
  for (let p = 0; p < pairStudent.length; p++) {
    const i = pairStudent[p], j = students + pairCompany[p];
    if (pairOf[i] === p) add(j, i, -pairCost[p]);
    else add(i, j, pairCost[p]);
  }
  for (let i = 0; i < students; i++) {
    if (pairOf[i] === -1) add(sink, i, -unmatchedCost);
    else add(i, sink, unmatchedCost);
  }
  for (let j = 0; j < companies; j++) {
    if (used[j] < capacity[j]) add(students + j, sink, 0);
    if (used[j] > 0) add(sink, students + j, 0);
  }
  return r;
}

/** Queue-based Bellman-Ford from a virtual source linked to every node; null when no cycle. */
function findNegativeCycle(instance: AssignmentInstance, pairOf: Int32Array, used: Int32Array): string | null {
  const r = residualNetwork(instance, pairOf, used);
  const nodes = instance.students + instance.companies + 1;
  const first = new Int32Array(nodes).fill(-1), next = new Int32Array(r.from.length);
  for (let e = 0; e < r.from.length; e++) {
    next[e] = first[r.from[e]];
    first[r.from[e]] = e;
  }
  const dist = new Float64Array(nodes), hops = new Int32Array(nodes);
  const queue: number[] = [], queued = new Uint8Array(nodes).fill(1);
  for (let v = 0; v < nodes; v++) queue.push(v);
  for (let head = 0; head < queue.length; head++) {
    const a = queue[head];
    queued[a] = 0;
    for (let e = first[a]; e !== -1; e = next[e]) {
      const b = r.to[e], nd = dist[a] + r.cost[e];
      if (nd >= dist[b]) continue;
      dist[b] = nd;
      hops[b] = hops[a] + 1;
      // A shortest path with as many edges as nodes must repeat a node: a negative cycle.
      if (hops[b] >= nodes) return `an improving exchange exists through node ${describeNode(instance, b)}`;
      if (queued[b] === 0) {
        queued[b] = 1;
        queue.push(b);
      }
    }
    if (head > 1 << 22) {
      queue.splice(0, head + 1);
      head = -1;
    }
  }
  return null;
}

function describeNode(instance: AssignmentInstance, v: number): string {
  if (v < instance.students) return `student ${v}`;
  if (v < instance.students + instance.companies) return `company ${v - instance.students}`;
  return 'unmatched';
}
