// Turns benchmark: a running Koppel (a child process as `npm start` runs it, local mode, no
// playground) with a school of imported students in its store, and many of them doing the whole
// intake at once through POST /api/messages with Teams-shaped activities; Koppel's replies go to a
// fake Bot Framework connector on 127.0.0.1 without limits. Per-turn latency is from the request to
// the turn's last reply arriving at the connector. Afterwards the store is read back: every
// simulated student must be confirmed with exactly what they submitted.
//
// Usage: npm run bench:turns -- --store lowdb|postgres --students 2000 --concurrent 200 [--think 0] [--seed N]
//        --instances N                              (postgres: N Koppel processes, requests spread round-robin as a load balancer does)
//        npm run bench:turns -- --quick             (300 students, 50 at once)
//        --profile DIR                              (a CPU profile of the Koppel process, written when it stops)
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runTurnsBench, type TurnsBenchResult } from './run-turns.js';
import { latencyStats, ms, type LatencyStats } from './stats.js';

const { values } = parseArgs({
  options: {
    store: { type: 'string', default: 'lowdb' },
    students: { type: 'string' },
    concurrent: { type: 'string' },
    instances: { type: 'string', default: '1' },
    think: { type: 'string' },
    seed: { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
    'turn-timeout-s': { type: 'string', default: '30' },
    'max-minutes': { type: 'string', default: '15' },
    profile: { type: 'string' },
  },
});

const usage = 'usage: npm run bench:turns -- --store lowdb|postgres --students 2000 --concurrent 200 [--think 0] [--instances N (postgres)] [--seed N] [--quick]';
const store = values.store;
if (store !== 'lowdb' && store !== 'postgres') fail(`--store must be lowdb or postgres\n${usage}`);
const students = positive('students', values.students ?? (values.quick ? '300' : '2000'));
const concurrent = positive('concurrent', values.concurrent ?? (values.quick ? '50' : '200'));
const instances = positive('instances', values.instances);
if (instances > 1 && store !== 'postgres') fail(`--instances needs --store postgres: lowdb is one process's file\n${usage}`);
if (values.think !== undefined && values.think !== '0') fail(`--think takes only 0 (saturation); the default is a class: 2-10 s between turns\n${usage}`);
const saturation = values.think === '0';
const thinkMs = saturation ? [0, 0] as const : [2_000, 10_000] as const;
const seed = Number(values.seed);
if (!Number.isInteger(seed)) fail('--seed must be an integer');
const profileDir = values.profile ? resolve(values.profile) : undefined;
if (profileDir) mkdirSync(profileDir, { recursive: true });

const TARGET = 'target: p99 < 100 ms per turn; >= 300 turns/s at saturation';
const REFERENCE = 'reference (before this work): 50 students: p50 0.63 s / p99 1.03 s; 200 at 2,000 students: p50 23.6 s, p99 38.0 s, 8.5 turns/s';

console.log(`bench:turns: ${students} imported students in ${store}${instances > 1 ? ` behind ${instances} Koppel processes` : ''}, ${concurrent} doing the intake ${saturation ? 'at saturation (next turn as soon as the reply is in)' : 'as a class (start within 10 s, 2-10 s between turns)'}, seed ${seed}`);
let result: TurnsBenchResult;
try {
  result = await runTurnsBench({
    store, students, concurrent, instances, thinkMs, seed,
    startSpreadMs: saturation ? 0 : 10_000,
    turnTimeoutMs: Number(values['turn-timeout-s']) * 1000,
    maxRunMs: Number(values['max-minutes']) * 60_000,
    nodeFlags: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    progress: (line) => console.log(line),
  });
} catch (error) {
  fail(`bench:turns failed: ${error instanceof Error ? error.message : String(error)}`);
}

const answered = result.turns.filter((t) => t.outcome === 'ok');
const all = latencyStats(answered.map((t) => t.latencyMs!));
const turnsPerSecond = result.spanMs > 0 ? answered.length / (result.spanMs / 1000) : 0;
const steps = [...new Set(result.turns.map((t) => t.step))];
const row = (name: string, s: LatencyStats) =>
  `  ${name.padEnd(15)}${String(s.count).padStart(6)}${[s.mean, s.p50, s.p90, s.p95, s.p99, s.max].map((v) => ms(v).padStart(8)).join('')}`;

console.log('');
console.log('per-turn latency, ms (request -> last reply of the turn at the connector; answered turns only):');
console.log(`  ${'step'.padEnd(15)}${'turns'.padStart(6)}${['mean', 'p50', 'p90', 'p95', 'p99', 'max'].map((h) => h.padStart(8)).join('')}`);
for (const step of steps) console.log(row(step, latencyStats(answered.filter((t) => t.step === step).map((t) => t.latencyMs!))));
console.log(row('all', all));
const byOutcome = new Map<string, number>();
for (const t of result.turns) if (t.outcome !== 'ok') byOutcome.set(t.outcome, (byOutcome.get(t.outcome) ?? 0) + 1);
console.log('');
console.log(`turns: ${result.turns.length} sent, ${answered.length} answered, ${result.lostTurns} lost${byOutcome.size ? ` (${[...byOutcome].map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}`);
for (const t of result.turns.filter((x) => x.outcome !== 'ok').slice(0, 5)) console.log(`  e.g. student ${t.studentIndex}, ${t.step}: ${t.outcome} ${t.detail ?? ''}`);
if (result.failures.length > 0) console.log(`Koppel logged ${result.failures.length} failures in the last part of its output, e.g.:\n${result.failures.slice(0, 5).map((line) => `  ${line}`).join('\n')}`);
if (result.koppelCpuMs !== undefined) console.log(`Koppel's CPU time: ${(result.koppelCpuMs / Math.max(1, answered.length)).toFixed(2)} ms per answered turn (${(result.koppelCpuMs / 1000).toFixed(1)} s over ${instances} process${instances > 1 ? 'es' : ''})`);
console.log(`throughput: ${turnsPerSecond.toFixed(1)} turns/s (${answered.length} turns from the first request to the last reply, ${(result.spanMs / 1000).toFixed(1)} s)`);
const c = result.check;
console.log(`store: ${c.confirmedAsSubmitted}/${concurrent} confirmed with exactly what they submitted, ${c.wrong.length} not; ${c.othersChanged} of the other ${students - concurrent} students changed; ${c.resultCardsKept} result cards kept for the release`);
for (const w of c.wrong.slice(0, 5)) console.log(`  e.g. student ${w.index}: ${w.reason}`);
console.log(`connector: ${result.strays.typing} typing indicators and ${result.strays.messages} messages outside a student's turn`);
if (profileDir) console.log(`CPU profile of the Koppel process: ${profileDir}`);
console.log('');
console.log(TARGET);
console.log(REFERENCE);
console.log(`Koppel processes: ${instances}${instances > 1 ? ' (each request to the next, round-robin)' : ''}`);
console.log(saturation
  ? `bench:turns store=${store} concurrent=${concurrent} students=${students} think_ms=0 turns_per_s=${turnsPerSecond.toFixed(1)} p99_ms=${ms(all.p99)} lost=${result.lost}`
  : `bench:turns store=${store} concurrent=${concurrent} students=${students} think_ms=${thinkMs[0]}-${thinkMs[1]} p50_ms=${ms(all.p50)} p95_ms=${ms(all.p95)} p99_ms=${ms(all.p99)} lost=${result.lost}`);
process.exit(0);

function positive(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer\n${usage}`);
  return n;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
