import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Recovery } from '../outbox-claims.js';
import type { RunOutboxResult } from '../outbox-port.js';

// Runs release-worker.ts in a child process that the caller may kill with SIGKILL at any moment
// (e.g. from the fake connector, while a request is being answered): a real crash, with no chance
// to write anything more.

const workerScript = fileURLToPath(new URL('./release-worker.ts', import.meta.url));
const POLL_MS = 2;

export interface WorkerRun {
  killed: boolean;
  recovery?: Recovery;
  result?: RunOutboxResult;
}

export interface WorkerRunOptions {
  config: Record<string, unknown>;
  /** Receives a function that kills the worker with SIGKILL at once, and the worker's process id. */
  onSpawn?: (kill: () => void, pid: number | undefined) => void;
  /** Called once the worker has opened the store and is about to release. */
  onReady?: () => void;
  timeoutMs: number;
}

export async function runWorker({ config, onSpawn, onReady, timeoutMs }: WorkerRunOptions): Promise<WorkerRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void exited.then((value) => (exit = value));

  const deadline = Date.now() + timeoutMs;
  let killed = false;
  onSpawn?.(() => {
    if (killed || exit !== undefined) return;
    killed = true;
    child.kill('SIGKILL');
  }, child.pid);
  let ready = false;
  while (exit === undefined) {
    if (!ready && out.includes('ready\n')) {
      ready = true;
      onReady?.();
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`release worker did not finish within ${timeoutMs} ms: ${err.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  if (!killed && exit.code !== 0) throw new Error(`release worker failed (${exit.code ?? exit.signal}): ${err.slice(-2000)}`);
  return { killed, ...parseLines(out) };
}

function parseLines(out: string): Omit<WorkerRun, 'killed'> {
  const parsed: Omit<WorkerRun, 'killed'> = {};
  for (const line of out.split('\n')) {
    if (!line.startsWith('{')) continue;
    const value = JSON.parse(line) as Omit<WorkerRun, 'killed'>;
    if (value.recovery) parsed.recovery = value.recovery;
    if (value.result) parsed.result = value.result;
  }
  return parsed;
}
