import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDocumentFile } from './file-store.js';
import { blobFor, crashStoreOptions, CrashSchema, makeTempDir, pause } from './testing/store-test-support.js';

const writerScript = fileURLToPath(new URL('./testing/crash-writer.ts', import.meta.url));
const KILLS = 12;

/** Starts the writer, kills it with SIGKILL at a random moment, and returns the last counter it reported. */
async function runAndKill(file: string): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', writerScript, file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));

  while (!out.includes('ready\n')) {
    if (child.exitCode !== null) throw new Error(`writer exited early: ${err}`);
    await pause(5);
  }
  // Let it commit a few times, then kill somewhere in the middle of the write loop.
  await pause(20 + Math.random() * 200);
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');

  const reported = out.split('\n').filter((line) => /^\d+$/.test(line)).map(Number);
  return reported.at(-1) ?? 0;
}

async function inspect(file: string): Promise<string> {
  const text = await readFile(file, 'utf8');
  try {
    return CrashSchema.safeParse(JSON.parse(text)).success ? 'ok' : 'invalid document';
  } catch {
    return `torn file of ${text.length} characters`;
  }
}

describe('a crash during a write', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  it('leaves a readable, consistent version holding every reported write', { timeout: 120_000 }, async () => {
    const file = join(dir, 'koppel.json');
    let floor = 0;
    for (let round = 0; round < KILLS; round++) {
      const acknowledged = await runAndKill(file);
      // Opening validates the whole document: a torn or half-written file would be refused here.
      const doc = (await openDocumentFile(crashStoreOptions(file))).data;
      const known = Math.max(acknowledged, floor);
      expect(doc.counter).toBeGreaterThanOrEqual(known);
      // At most the one write in flight when it died can be there without having been reported.
      expect(doc.counter).toBeLessThanOrEqual(known + 1);
      floor = doc.counter;
    }
    expect(floor).toBeGreaterThan(0);
  });

  // The same property observed from outside without killing anything: a reader polling the file
  // while writes are in progress only ever sees a complete old or new version.
  it('never exposes a partial file to a concurrent reader', async () => {
    const file = join(dir, 'koppel.json');
    const db = await openDocumentFile(crashStoreOptions(file));
    let writing = true;
    const writes = (async () => {
      try {
        for (let i = 0; i < 15; i++) {
          const counter = db.data.counter + 1;
          db.data = { ...db.data, counter, blob: blobFor(counter) };
          await db.write();
        }
      } finally {
        writing = false;
      }
    })();
    const seen: string[] = [];
    while (writing) seen.push(await inspect(file));
    await writes;
    expect(seen.length).toBeGreaterThan(15);
    expect(seen.filter((s) => s !== 'ok')).toEqual([]);
  });

  it('is not confused by a half-written temp file left behind', async () => {
    const file = join(dir, 'koppel.json');
    const db = await openDocumentFile(crashStoreOptions(file));
    db.data = { ...db.data, counter: 7, blob: blobFor(7) };
    await db.write();
    const before = await readFile(file, 'utf8');
    await writeFile(join(dir, '.koppel.json.tmp'), '{"schemaVersion": 1, "counter": 8, "blo');

    const reopened = await openDocumentFile(crashStoreOptions(file));
    expect(reopened.data.counter).toBe(7);
    expect(await readFile(file, 'utf8')).toBe(before);

    reopened.data = { ...reopened.data, counter: 9, blob: blobFor(9) };
    await reopened.write();
    expect((await openDocumentFile(crashStoreOptions(file))).data.counter).toBe(9);
    expect(await readdir(dir)).toEqual(['koppel.json']);
  });
});
