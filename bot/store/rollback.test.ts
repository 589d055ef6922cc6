import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod/v4';
import type { DocumentStore } from './document-store.js';
import { openFileStore } from './file-store.js';
import { openMemoryStore } from './memory-store.js';
import { StoreErrorCode, StoreInvalidDocumentError, StoreWriteError } from './store-errors.js';
import { COUNTER_VERSION, CounterSchema, initialCounter, makeTempDir, pause, type CounterDoc } from './store-test-support.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const file = () => join(dir, 'koppel.json');
const onDisk = () => readFile(file(), 'utf8');
const kinds: [string, () => Promise<DocumentStore<CounterDoc>>, () => Promise<string>][] = [
  ['file', () => openFileStore({ file: file(), schema: CounterSchema, initial: initialCounter, currentVersion: COUNTER_VERSION, migrations: {} }), onDisk],
  ['memory', async () => openMemoryStore({ schema: CounterSchema, initial: initialCounter }), async () => ''],
];

describe.each(kinds)('the %s store', (_kind, open, disk) => {
  async function seeded(): Promise<DocumentStore<CounterDoc>> {
    const store = await open();
    await store.update((doc) => {
      doc.counter = 2;
      doc.byKey.anna = 1;
    });
    return store;
  }
  const seededDoc = { schemaVersion: 3, counter: 2, byKey: { anna: 1 } };

  it('writes nothing and keeps its state when a change throws after mutating the draft', async () => {
    const store = await seeded();
    const before = await disk();
    const change = async (doc: CounterDoc) => {
      doc.counter = 99;
      delete doc.byKey.anna;
      await pause();
      throw new Error('no room left in this offer');
    };
    await expect(store.update(change)).rejects.toThrow('no room left in this offer');
    expect(await store.read()).toEqual(seededDoc);
    expect(await disk()).toBe(before);
    await expect(store.update((doc) => doc.counter + 1)).resolves.toBe(3);
  });

  it('refuses a change that makes the document invalid, and keeps the previous state', async () => {
    const store = await seeded();
    const before = await disk();
    const error = await store.update((doc) => void (doc.byKey.bram = 1.5)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreInvalidDocumentError);
    expect((error as StoreInvalidDocumentError).code).toBe(StoreErrorCode.InvalidDocument);
    expect((error as Error).message).toMatch(/byKey\.bram: .*Nothing was saved/);
    expect(await store.read()).toEqual(seededDoc);
    expect(await disk()).toBe(before);
  });

  it('refuses a result that cannot be copied, writing nothing', async () => {
    const store = await seeded();
    const before = await disk();
    await expect(store.update((doc) => ((doc.counter = 5), () => 'a function'))).rejects.toThrow();
    expect(await store.read()).toEqual(seededDoc);
    expect(await disk()).toBe(before);
  });

  it('refuses a value that would not survive being saved as JSON', async () => {
    const store = await seeded();
    const before = await disk();
    const change = (doc: CounterDoc) => void ((doc.byKey as Record<string, unknown>).since = BigInt(1));
    await expect(store.update(change)).rejects.toThrow(/cannot be saved as JSON/);
    expect(await store.read()).toEqual(seededDoc);
    expect(await disk()).toBe(before);
  });

  it('hands out copies and frozen reads, so callers cannot change stored state by accident', async () => {
    const store = await seeded();
    const returned = await store.update((doc) => doc.byKey);
    returned.anna = 42;
    const read = await store.read();
    expect(() => ((read as CounterDoc).byKey.anna = 42)).toThrow(TypeError);
    expect((await store.read()).byKey.anna).toBe(1);
  });
});

// A Date passes z.date() in memory but is a string after a restart, which would lock the store out.
describe('a document that only validates before it is saved', () => {
  const schema = CounterSchema.extend({ since: z.date().optional() });
  const stores: [string, () => Promise<DocumentStore<z.infer<typeof schema>>>][] = [
    ['file', () => openFileStore({ file: file(), schema, initial: initialCounter, currentVersion: COUNTER_VERSION, migrations: {} })],
    ['memory', async () => openMemoryStore({ schema, initial: initialCounter })],
  ];

  it.each(stores)('is refused by the %s store', async (_kind, open) => {
    const store = await open();
    await expect(store.update((doc) => void (doc.since = new Date()))).rejects.toThrow(/since: /);
    expect(await store.read()).toEqual(initialCounter());
  });
});

describe('the file store', () => {
  it('refuses a change of the schema version', async () => {
    const store = await kinds[0][1]();
    const before = await onDisk();
    const change = (doc: CounterDoc) => void ((doc as { schemaVersion: number }).schemaVersion = 4);
    await expect(store.update(change)).rejects.toBeInstanceOf(StoreInvalidDocumentError);
    expect(await onDisk()).toBe(before);
  });

  it('reports a failed write, keeps the previous state, and saves again once the disk is back', async () => {
    const store = await kinds[0][1]();
    await rm(dir, { recursive: true });
    const error = await store.update((doc) => void (doc.counter = 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreWriteError);
    expect((error as StoreWriteError).code).toBe(StoreErrorCode.WriteFailed);
    expect((error as Error).message).toMatch(/^Could not save .*koppel\.json .*the previous version is kept$/);
    expect((await store.read()).counter).toBe(0);

    await mkdir(dir);
    await store.update((doc) => void (doc.counter += 5));
    expect(JSON.parse(await onDisk()).counter).toBe(5);
  });

  it('leaves no temp files behind after a successful write', async () => {
    const store = await kinds[0][1]();
    await store.update((doc) => void (doc.counter = 1));
    expect(await readdir(dir)).toEqual(['koppel.json']);
  });
});
