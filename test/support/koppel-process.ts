import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

export interface KoppelProcess {
  port: number;
  playgroundUrl: string;
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Runs `bot/main.ts` exactly as `npm start` does, in its own process group so that stopping it
 * also stops the Agents Playground it started, even when the test failed.
 */
export async function startKoppelProcess(env: Record<string, string> = {}, options: { dataDir?: string; timeoutMs?: number } = {}): Promise<KoppelProcess> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'koppel-e2e-'));
  const port = await freePort();
  const playgroundPort = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    cwd: process.cwd(),
    env: { ...process.env, PORT: String(port), PLAYGROUND_PORT: String(playgroundPort), DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // If the test process ends without its afterAll (a killed runner), take the bot and playground along.
  const killGroupOnExit = () => {
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
  };
  process.once('exit', killGroupOnExit);
  child.once('exit', () => process.off('exit', killGroupOnExit));
  let output = '';
  child.stdout?.on('data', (c: Buffer) => { output += c.toString(); });
  child.stderr?.on('data', (c: Buffer) => { output += c.toString(); });
  // A data folder the caller brought is the caller's to remove (e.g. to restart on the same data).
  const stop = () => stopGroup(child).finally(() => options.dataDir ?? rmSync(dataDir, { recursive: true, force: true }));
  try {
    const playgroundUrl = await waitFor(() => /Open (http:\/\/localhost:\d+)/.exec(output)?.[1], child, timeoutMs, () => output);
    return { port, playgroundUrl, dataDir, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitFor<T>(probe: () => T | undefined, child: ChildProcess, timeoutMs: number, output: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = probe();
    if (found !== undefined) return found;
    if (child.exitCode !== null) throw new Error(`Koppel exited early (${child.exitCode}):\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Koppel did not start within ${timeoutMs} ms:\n${output()}`);
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = (signal: NodeJS.Signals) => {
      try { process.kill(-child.pid!, signal); } catch { /* already gone */ }
    };
    const force = setTimeout(() => kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      kill('SIGKILL'); // anything left in the group, e.g. an orphaned playground
      resolve();
    });
    kill('SIGTERM');
  });
}
