// Benchmark of the exact assignment solver against HiGHS (npm `highs`, WASM) on generated instances.
// Usage: npx tsx matching/bench/bench-match.ts [--quick] [--sizes 2k,20k,100k] [--seed 1] [--max-pairs 50]
//        [--no-highs] [--highs-max-pairs 2000000]
// Times are solve time only (generation excluded); ours is the median of 3 runs when under 10 s.
import { parseArgs } from 'node:util';
import type { AssignmentInstance } from '../solver/assignment-instance.js';
import { generateInstance } from '../solver/generate-instance.js';
import { solveAssignment } from '../solver/solve-assignment.js';
import { loadHighsAssignmentSolver, type HighsAssignmentSolver } from './highs-assignment.js';

const SIZES: Record<string, [number, number]> = { '2k': [2000, 1000], '20k': [20000, 10000], '100k': [100000, 50000] };
const MB = 1024 * 1024;

interface Row {
  size: string; pairs: number; ours: number; oursRuns: number; matched: number; cost: number;
  highs: string; ratio: string; highsResult: string; agree: string; rssMb: number; peakMb: number; buffersMb: number;
}

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, (performance.now() - started) / 1000];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function benchOurs(instance: AssignmentInstance): { seconds: number; runs: number; matched: number; cost: number } {
  const times: number[] = [];
  let matched = 0, cost = 0;
  for (let run = 0; run < 3; run++) {
    const [result, seconds] = timed(() => solveAssignment(instance));
    if (result.status !== 'optimal') throw new Error(`solver: ${result.reason}`);
    times.push(seconds);
    if (run > 0 && (result.matched !== matched || result.cost !== cost)) throw new Error('solver is not deterministic');
    [matched, cost] = [result.matched, result.cost];
    if (seconds >= 10) break;
  }
  return { seconds: median(times), runs: times.length, matched, cost };
}

function benchHighs(highs: HighsAssignmentSolver | null, instance: AssignmentInstance, maxPairs: number, ours: { matched: number; cost: number; seconds: number }) {
  if (highs === null) return { highs: 'off', ratio: '', highsResult: '', agree: '' };
  if (instance.pairStudent.length > maxPairs) return { highs: 'skipped', ratio: '', highsResult: '', agree: '' };
  const [outcome, seconds] = timed(() => highs(instance));
  if (outcome.status !== 'optimal') return { highs: 'failed', ratio: '', highsResult: outcome.reason.slice(0, 40), agree: '' };
  const agree = outcome.matched === ours.matched && outcome.cost === ours.cost;
  return {
    highs: seconds.toFixed(3), ratio: `${(seconds / ours.seconds).toFixed(1)}x`,
    highsResult: `${outcome.matched} / ${outcome.cost}`, agree: agree ? 'yes' : 'NO',
  };
}

function printTable(rows: Row[]): void {
  const header = ['size', 'pairs', 'ours s', 'runs', 'ours matched / cost', 'highs s', 'highs/ours', 'highs matched / cost', 'agree', 'rss MB', 'peak rss MB', 'buffers MB'];
  const cells = rows.map((r) => [r.size, String(r.pairs), r.ours.toFixed(3), String(r.oursRuns), `${r.matched} / ${r.cost}`, r.highs, r.ratio, r.highsResult, r.agree, String(r.rssMb), String(r.peakMb), String(r.buffersMb)]);
  const widths = header.map((h, k) => Math.max(h.length, ...cells.map((c) => c[k].length)));
  const line = (c: string[]) => `| ${c.map((x, k) => x.padEnd(widths[k])).join(' | ')} |`;
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n'));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false }, sizes: { type: 'string' }, seed: { type: 'string', default: '1' },
      'max-pairs': { type: 'string', default: '50' }, 'no-highs': { type: 'boolean', default: false }, 'highs-max-pairs': { type: 'string', default: '2000000' },
    },
  });
  const labels = (values.sizes ?? (values.quick ? '2k,20k' : '2k,20k,100k')).split(',');
  const unknown = labels.filter((l) => !(l in SIZES) && !/^\d+x\d+$/.test(l));
  if (unknown.length > 0) throw new Error(`unknown size ${unknown.join(', ')}: use 2k, 20k, 100k or NxM`);
  // All our solves first, so the memory figures are not inflated by the WASM heap HiGHS keeps.
  const measured: { label: string; instance: AssignmentInstance | null; row: Row }[] = [];
  for (const label of labels) {
    const [students, companies] = SIZES[label] ?? label.split('x').map(Number);
    const [instance, genSeconds] = timed(() => generateInstance({ students, companies, seed: Number(values.seed), maxPairs: Number(values['max-pairs']) }));
    console.error(`${label}: generated ${instance.pairStudent.length} pairs in ${genSeconds.toFixed(1)} s; solving…`);
    const ours = benchOurs(instance);
    const memory = process.memoryUsage();
    measured.push({
      label, instance,
      row: {
        size: `${students}x${companies}`, pairs: instance.pairStudent.length, ours: ours.seconds, oursRuns: ours.runs, matched: ours.matched, cost: ours.cost,
        highs: '', ratio: '', highsResult: '', agree: '', rssMb: Math.round(memory.rss / MB), buffersMb: Math.round(memory.arrayBuffers / MB),
        peakMb: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
      },
    });
  }
  const highs = values['no-highs'] ? null : await loadHighsAssignmentSolver();
  const rows: Row[] = [];
  for (const m of measured) {
    if (m.instance === null) continue;
    if (highs !== null && m.instance.pairStudent.length <= Number(values['highs-max-pairs'])) console.error(`${m.label}: HiGHS…`);
    rows.push({ ...m.row, ...benchHighs(highs, m.instance, Number(values['highs-max-pairs']), { ...m.row, seconds: m.row.ours }) });
    m.instance = null; // let it be collected before the next, larger HiGHS model
  }
  printTable(rows);
  console.log('rss / peak rss / buffers: process figures right after our solves of that size, before any HiGHS run (peak rss: whole process so far).');
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
