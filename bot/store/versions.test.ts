import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Migrations } from './document-file-options.js';
import { openDocumentFile } from './file-store.js';
import { StoreErrorCode, StoreMigrationError, StoreNewerVersionError } from './store-errors.js';
import { COUNTER_VERSION, CounterSchema, initialCounter, makeTempDir } from './testing/store-test-support.js';

// v1 called the counter `count`; v2 renamed it; v3 added `byKey`.
const migrations: Migrations = {
  1: (doc) => {
    const { count, ...rest } = doc as { count: number };
    return { ...rest, counter: count };
  },
  2: (doc) => ({ ...(doc as object), byKey: {} }),
};

describe('schema versions', () => {
  let dir: string;
  let file: string;
  let cleanup: () => Promise<void>;
  const open = (m: Migrations = migrations) =>
    openDocumentFile({ file, schema: CounterSchema, initial: initialCounter, currentVersion: COUNTER_VERSION, migrations: m });

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    file = join(dir, 'koppel.json');
  });
  afterEach(() => cleanup());

  it('creates missing directories and writes the initial document', async () => {
    file = join(dir, 'a', 'b', 'koppel.json');
    const db = await open();
    expect(db.data).toEqual(initialCounter());
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(initialCounter());
  });

  it('refuses a file from a newer version and leaves it alone', async () => {
    const content = JSON.stringify({ schemaVersion: 5, counter: 1, byKey: {}, futureField: true });
    await writeFile(file, content);
    const error = await open().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreNewerVersionError);
    expect((error as StoreNewerVersionError).code).toBe(StoreErrorCode.NewerVersion);
    expect((error as Error).message).toBe(
      `${file} was written by a newer Koppel (schema 5, this version knows 3): upgrade Koppel or restore a backup; the file was not changed`,
    );
    expect(await readFile(file, 'utf8')).toBe(content);
    expect(await readdir(dir)).toEqual(['koppel.json']);
  });

  it('migrates an older file step by step and keeps the original as a backup', async () => {
    const original = JSON.stringify({ schemaVersion: 1, count: 4 });
    await writeFile(file, original);
    const db = await open();
    expect(db.data).toEqual({ schemaVersion: 3, counter: 4, byKey: {} });
    expect(await readFile(`${file}.v1.bak`, 'utf8')).toBe(original);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ schemaVersion: 3, counter: 4, byKey: {} });
    expect((await readdir(dir)).sort()).toEqual(['koppel.json', 'koppel.json.v1.bak']);

    db.data.counter += 1;
    await db.write();
    expect((await open()).data.counter).toBe(5);
  });

  it('starts from the version in the file, not from 1', async () => {
    await writeFile(file, JSON.stringify({ schemaVersion: 2, counter: 9 }));
    const db = await open({ 2: migrations[2] });
    expect(db.data).toEqual({ schemaVersion: 3, counter: 9, byKey: {} });
    expect(await readdir(dir)).toContain('koppel.json.v2.bak');
  });

  it('never overwrites an earlier backup with other content', async () => {
    await writeFile(`${file}.v1.bak`, 'an older backup');
    await writeFile(file, JSON.stringify({ schemaVersion: 1, count: 4 }));
    await open();
    expect(await readFile(`${file}.v1.bak`, 'utf8')).toBe('an older backup');
    expect(JSON.parse(await readFile(`${file}.v1.1.bak`, 'utf8'))).toEqual({ schemaVersion: 1, count: 4 });
  });

  it('refuses when a migration step is missing, leaving the file alone', async () => {
    const content = JSON.stringify({ schemaVersion: 1, count: 4 });
    await writeFile(file, content);
    await expect(open({ 1: migrations[1] })).rejects.toThrow(/no migration from schema 2 to 3/);
    expect(await readFile(file, 'utf8')).toBe(content);
    expect(await readdir(dir)).toEqual(['koppel.json']);
  });

  it('refuses when a migration throws or produces an invalid document', async () => {
    const content = JSON.stringify({ schemaVersion: 1, count: 'four' });
    await writeFile(file, content);
    const invalid = await open().catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(StoreMigrationError);
    expect((invalid as Error).message).toMatch(/after migrating, counter: /);

    const broken = await open({ ...migrations, 2: () => { throw new Error('boom'); } }).catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(StoreMigrationError);
    expect((broken as Error).message).toMatch(/migration from schema 2 to 3 failed \(boom\)/);
    expect(await readFile(file, 'utf8')).toBe(content);
    expect(await readdir(dir)).toEqual(['koppel.json']);
  });
});
