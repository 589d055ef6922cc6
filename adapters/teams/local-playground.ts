import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Playground {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface PlaygroundOptions {
  botEndpoint: string;
  port: number;
  /** Where the playground writes its devTools log; kept out of the project root. */
  workDir: string;
  timeoutMs?: number;
}

/**
 * Starts Microsoft 365 Agents Playground (a local Teams client) against the bot, fully offline:
 * telemetry off, no browser opened. Resolves once it answers its ping.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  mkdirSync(options.workDir, { recursive: true });
  const cli = join(dirname(createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
  const child = spawn(process.execPath, [cli, '-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'], {
    cwd: options.workDir,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', APPLICATION_INSIGHTS_NO_STATSBEAT: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    // It silently takes another port when the asked one is busy, so read the one it reports.
    const port = await listeningPort(child, options.port, options.timeoutMs ?? 30_000);
    await waitForPing(`http://127.0.0.1:${port}/_debug/ping`, options.timeoutMs ?? 30_000);
    return { url: `http://localhost:${port}`, port, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

function listeningPort(child: ChildProcess, asked: number, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the Agents Playground did not start within ${timeoutMs} ms: ${output.slice(-500)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Listening on (\d+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(Number(found[1]) || asked);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the Agents Playground stopped (exit ${code}): ${output.slice(-500)}`));
    });
  });
}

async function waitForPing(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await (await fetch(url)).text()).includes('pong')) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the Agents Playground did not answer ${url} within ${timeoutMs} ms`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
