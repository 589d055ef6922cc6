import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import type { KoppelView } from '../../bot/koppel-data.js';
import { benchData, benchStudentId, lowdbBenchStore, postgresBenchStore, type BenchStore } from './bench-data.js';
import { startKoppelChild, type KoppelChild } from './koppel-child.js';
import { runStudent, type StudentRun, type SubmittedIntake, type TurnRecord } from './simulated-student.js';
import { seededRandom } from './stats.js';
import { teamsUser } from './teams-activity.js';
import { startTurnConnector } from './turn-connector.js';

// The turns benchmark's core: seed a school, start Koppel as `npm start` would, let simulated
// students do the intake through /api/messages at once, stop Koppel and read the store back.

export interface TurnsBenchOptions {
  store: 'lowdb' | 'postgres';
  /** Imported students in the store. */
  students: number;
  /** Of those, how many do the intake at the same time. */
  concurrent: number;
  /** Koppel processes on the one store (PostgreSQL only), each request to the next as a round-robin load balancer sends it. */
  instances?: number;
  /** Pause between a student's turns, drawn uniformly; [0, 0] is saturation. */
  thinkMs: readonly [number, number];
  /** Students start at a random moment within this window; 0 starts all at once. */
  startSpreadMs: number;
  seed: number;
  /** A turn whose last reply has not arrived by then is lost. */
  turnTimeoutMs: number;
  /** No turn starts after this, so the whole run ends by itself. */
  maxRunMs: number;
  /** Node flags for the Koppel process, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/prof']. */
  nodeFlags?: string[];
  progress?: (line: string) => void;
}

export interface StoreCheck {
  /** Simulated students whose intake is confirmed with exactly what they submitted. */
  confirmedAsSubmitted: number;
  /** Simulated students that are not: each with the reason. */
  wrong: Array<{ index: number; reason: string }>;
  /** Students that took no part yet are no longer as imported. */
  othersChanged: number;
  /** Result cards whose message id Koppel kept (for the release to update in place). */
  resultCardsKept: number;
}

export interface TurnsBenchResult {
  turns: TurnRecord[];
  runs: StudentRun[];
  /** From the first request to the last reply of the run. */
  spanMs: number;
  check: StoreCheck;
  strays: { typing: number; messages: number };
  lostTurns: number;
  /** Lost turns plus students whose stored intake is not confirmed as submitted. */
  lost: number;
  /** CPU time the Koppel processes used while the students ran, where it can be read. */
  koppelCpuMs?: number;
  /** Koppel's log lines about something that failed, in the part of its output kept (ids and error names only, as Koppel logs). */
  failures: string[];
}

export async function runTurnsBench(options: TurnsBenchOptions): Promise<TurnsBenchResult> {
  const say = options.progress ?? (() => {});
  if (options.concurrent > options.students) throw new Error('--concurrent cannot exceed --students');
  const instances = options.instances ?? 1;
  if (instances > 1 && options.store !== 'postgres') throw new Error('several Koppel processes need PostgreSQL: lowdb is one process\'s file');
  const store: BenchStore = options.store === 'postgres' ? await postgresBenchStore() : await lowdbBenchStore();
  const connector = await startTurnConnector(options.maxRunMs + 5 * 60_000);
  try {
    say(`seeding ${options.students} imported students into ${store.name}`);
    await store.seed(benchData(options.students));
    const koppels = await startKoppels(instances, { env: store.env, nodeFlags: options.nodeFlags });
    let next = 0;
    const balanced = () => koppels[next++ % koppels.length].messagesUrl;
    let runs: StudentRun[];
    const turns: TurnRecord[] = [];
    const cpu = (): number | undefined => {
      const each = koppels.map((k) => k.cpuMs());
      return each.every((ms) => ms !== undefined) ? each.reduce((sum, ms) => sum + ms, 0) : undefined;
    };
    let koppelCpuMs: number | undefined;
    let failures: string[] = [];
    try {
      say(`Koppel listens on 127.0.0.1:${koppels.map((k) => k.port).join(', ')}; ${options.concurrent} students start`);
      const cpuBefore = cpu();
      const master = seededRandom(options.seed);
      const chosen = sample(options.students, options.concurrent, master);
      const started = performance.now();
      const deadline = started + options.maxRunMs;
      const [low, high] = options.thinkMs;
      const progress = setInterval(() => say(`  ${Math.round((performance.now() - started) / 1000)} s: ${turns.length} turns answered or lost`), 10_000);
      try {
        runs = await Promise.all(chosen.map(async (index) => {
          const random = seededRandom(options.seed, index);
          const startAfter = options.startSpreadMs > 0 ? random() * options.startSpreadMs : 0;
          if (startAfter > 0) await new Promise((resolve) => setTimeout(resolve, startAfter));
          return runStudent(index, teamsUser(index), {
            messagesUrl: balanced,
            connector,
            random,
            thinkMs: () => low + random() * (high - low),
            turnTimeoutMs: options.turnTimeoutMs,
            deadline,
            record: (turn) => turns.push(turn),
          });
        }));
      } finally {
        clearInterval(progress);
      }
      const cpuAfter = cpu();
      if (cpuBefore !== undefined && cpuAfter !== undefined) koppelCpuMs = cpuAfter - cpuBefore;
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nKoppel's last output:\n${koppels.map((k) => k.output()).join('\n---\n')}`);
    } finally {
      // Koppel closes its store on SIGTERM; only then is reading it back a fair check.
      await Promise.all(koppels.map((k) => k.stop()));
      failures = koppels.flatMap((k) => k.output().split('\n').filter((line) => /"event":"[^"]*fail/.test(line)));
    }
    const check = checkStore(await store.read(), runs, options.students);
    const answered = turns.filter((t) => t.outcome === 'ok');
    const first = Math.min(...turns.map((t) => t.sentAt));
    const last = Math.max(...answered.map((t) => t.sentAt + (t.latencyMs ?? 0)));
    const lostTurns = turns.length - answered.length;
    return {
      turns, runs, spanMs: answered.length ? last - first : 0, check, strays: connector.strays(),
      lostTurns, lost: lostTurns + check.wrong.length, koppelCpuMs, failures,
    };
  } finally {
    await connector.stop();
    await store.dispose();
  }
}

/** Several processes on one database, started one after the other (the first applies the migrations). */
async function startKoppels(count: number, options: Parameters<typeof startKoppelChild>[0]): Promise<KoppelChild[]> {
  const started: KoppelChild[] = [];
  try {
    for (let i = 0; i < count; i++) started.push(await startKoppelChild(options));
    return started;
  } catch (error) {
    await Promise.all(started.map((k) => k.stop()));
    throw error;
  }
}

/** `count` distinct student indices out of `of`, from the seeded stream (partial Fisher–Yates). */
function sample(of: number, count: number, random: () => number): number[] {
  const indices = Array.from({ length: of }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (of - i));
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  return indices.slice(0, count);
}

export function checkStore(data: Readonly<KoppelView>, runs: readonly StudentRun[], students: number): StoreCheck {
  const check: StoreCheck = { confirmedAsSubmitted: 0, wrong: [], othersChanged: 0, resultCardsKept: 0 };
  const simulated = new Set(runs.map((r) => r.index));
  for (const run of runs) {
    const id = benchStudentId(run.index);
    const stored = data.students[id];
    if (data.liveMessages[`result:${id}`]) check.resultCardsKept += 1;
    const reason = !stored ? 'missing from the store'
      : stored.intakeStatus !== 'confirmed' ? `intake is ${stored.intakeStatus} at step ${stored.intakeStep}${run.stoppedBecause ? ` (${run.stoppedBecause})` : ''}`
        : differences(stored, run.submitted);
    if (reason) check.wrong.push({ index: run.index, reason });
    else check.confirmedAsSubmitted += 1;
  }
  for (let i = 0; i < students; i++) {
    const stored = data.students[benchStudentId(i)];
    if (!simulated.has(i) && (!stored || stored.intakeStatus !== 'invited' || stored.learningWish !== undefined)) check.othersChanged += 1;
  }
  return check;
}

function differences(stored: KoppelView['students'][string], submitted: Partial<SubmittedIntake>): string | undefined {
  const parts = ['learningWish', 'travel', 'availability', 'supportNeed'] as const;
  // Through JSON, as the store holds them: an absent optional field and an undefined one are the same.
  const plain = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)) as unknown);
  const wrong = parts.filter((part) => submitted[part] === undefined || !isDeepStrictEqual(plain(stored[part]), plain(submitted[part])));
  return wrong.length ? `saved ${wrong.join(', ')} differ from what was submitted` : undefined;
}
