import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from '../../test/support/free-port.js';

// Koppel started as `npm start` starts it (`node --import tsx bot/main.ts`), in local mode: no Teams
// or Slack credentials, no playground. Ready when /healthz answers. Its own process group, so a
// stop takes along anything it started.

export interface KoppelChild {
  port: number;
  messagesUrl: string;
  /** The last part of its output, for a failure message. */
  output(): string;
  /** CPU time the process has used so far (Linux: from /proc), or undefined where that cannot be read. */
  cpuMs(): number | undefined;
  /** SIGTERM (Koppel closes its store), SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const OUTPUT_KEPT = 20_000;

export interface KoppelChildOptions {
  env: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
  timeoutMs?: number;
}

export async function startKoppelChild({ env, nodeFlags = [], timeoutMs = 60_000 }: KoppelChildOptions): Promise<KoppelChild> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', 'bot/main.ts'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      // Empty counts as unset in Koppel's configuration, and keeps a .env file from filling them in.
      MICROSOFT_APP_ID: '', MICROSOFT_APP_PASSWORD: '', MICROSOFT_APP_TENANT_ID: '',
      SLACK_SIGNING_SECRET: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '',
      COORDINATORS: '',
      ...env,
      PORT: String(port),
      PLAYGROUND: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const killGroupOnExit = () => {
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
  };
  process.once('exit', killGroupOnExit);
  child.once('exit', () => process.off('exit', killGroupOnExit));
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = (graceMs = 15_000) => stopGroup(child, graceMs);
  try {
    await waitForHealth(port, child, timeoutMs, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, messagesUrl: `http://127.0.0.1:${port}/api/messages`, output: () => output, cpuMs: () => cpuMsOf(child.pid), stop };
}

async function waitForHealth(port: number, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Koppel exited early (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Koppel did not answer /healthz within ${timeoutMs} ms:\n${output()}`);
}

// utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux).
const TICKS_PER_SECOND = 100;
function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

function stopGroup(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = (signal: NodeJS.Signals) => {
      try { process.kill(-child.pid!, signal); } catch { /* already gone */ }
    };
    const force = setTimeout(() => kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      kill('SIGKILL');
      resolve();
    });
    kill('SIGTERM');
  });
}
