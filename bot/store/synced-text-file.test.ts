import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Records the file operations in order, on the real file system.
const calls: string[] = [];
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  return {
    ...real,
    open: async (path: string, flags: string) => {
      const handle = await real.open(path, flags);
      const name = path.split('/').pop() || path;
      const sync = handle.sync.bind(handle);
      return Object.assign(handle, { sync: async () => (calls.push(`sync ${name}`), sync()) });
    },
    rename: async (from: string, to: string) => (calls.push(`rename ${from.split('/').pop()} -> ${to.split('/').pop()}`), real.rename(from, to)),
  };
});

const { SyncedTextFile } = await import('./synced-text-file.js');

let dir = '';
afterEach(async () => {
  calls.length = 0;
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the store file on disk', () => {
  it('flushes the new text to disk before it replaces the old file, then flushes the directory', async () => {
    dir = await mkdtemp(join(tmpdir(), 'koppel-synced-'));
    const file = new SyncedTextFile(join(dir, 'koppel.json'));
    await file.write('{"a":1}');
    await file.write('{"a":2}');
    const dirName = dir.split('/').pop();
    expect(calls).toEqual([
      'sync .koppel.json.tmp', 'rename .koppel.json.tmp -> koppel.json', `sync ${dirName}`,
      'sync .koppel.json.tmp', 'rename .koppel.json.tmp -> koppel.json', `sync ${dirName}`,
    ]);
    expect(await readFile(join(dir, 'koppel.json'), 'utf8')).toBe('{"a":2}');
    expect(await file.read()).toBe('{"a":2}');
    expect(await readdir(dir)).toEqual(['koppel.json']);
  });
});
