// End-to-end timing of matchRound on a realistic 500-student × 300-offer round (median of 5 runs
// after one warm-up), for each mechanism. Target: well under 1 s.
//   npx tsx matching/bench/bench-round.ts [students] [offers]
import { matchRound } from '../match-round.js';
import type { Mechanism } from '../matching-input.js';
import { buildRound } from '../testing/round-builders.js';
import { realisticRound } from '../testing/realistic-round.js';

const RUNS = 5;

function median(xs: number[]): number {
  const v = [...xs].sort((a, b) => a - b);
  return v[v.length >> 1];
}

function bench(students: number, offers: number, mechanism: Mechanism): void {
  const round = buildRound(realisticRound(students, offers, mechanism));
  const first = matchRound(round);
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    matchRound(round);
    times.push(performance.now() - t0);
  }
  const s = first.status === 'ok' ? first.statistics : null;
  const placed = s === null ? 'failed' : `matched ${s.matched}, proposed ${s.proposed}, unmatched ${s.unmatched}`;
  console.log(`${mechanism.padEnd(9)} ${students}×${offers}: median ${median(times).toFixed(1)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')}) — ${placed}`);
}

const students = Number(process.argv[2] ?? 500);
const offers = Number(process.argv[3] ?? 300);
for (const mechanism of ['school', 'ranked', 'proposals'] as const) bench(students, offers, mechanism);
