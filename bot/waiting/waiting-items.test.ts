import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod/v4';
import { startPostgres, type PostgresServer } from '../../test/support/postgres-server.js';
import { emptyKoppelData } from '../koppel-data.js';
import { openLowdbStore, openMemoryKoppelStore, type KoppelStore } from '../store/index.js';
import { openPostgresStore } from '../store/postgres/index.js';
import { makeTempDir } from '../store/testing/store-test-support.js';
import { createWaitingItems, WAITING_POLICY } from './waiting-items.js';

// Two Koppel processes are two stores on the same data: for PostgreSQL two pools on one database,
// in memory one store shared (the same semantics, without a server).

const Payload = z.object({ csv: z.string(), actorId: z.string() });
const START = new Date('2027-01-13T10:00:00Z');

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => server?.stop());

const opened: KoppelStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

const backends: Array<[string, () => Promise<[KoppelStore, KoppelStore]>]> = [
  ['memory', async () => {
    const store = openMemoryKoppelStore();
    opened.push(store);
    return [store, store];
  }],
  ['PostgreSQL', async () => {
    const url = await server.createDatabase('waiting');
    const one = await openPostgresStore(url);
    const two = await openPostgresStore(url);
    opened.push(one, two);
    return [one, two];
  }],
];

describe.each(backends)('waiting items in the %s store', (_name, open) => {
  async function twoProcesses() {
    const [storeOne, storeTwo] = await open();
    const clock = { now: START };
    const one = createWaitingItems({ store: storeOne, now: () => clock.now });
    const two = createWaitingItems({ store: storeTwo, now: () => clock.now });
    const later = (ms: number) => void (clock.now = new Date(clock.now.getTime() + ms));
    const stored = async () => (await storeOne.read({ waiting: 'all' })).waiting;
    return { one, two, later, stored };
  }

  it('put by one process are taken by another, once, also when both try at the same moment', async () => {
    const { one, two, stored } = await twoProcesses();
    const key = await one.shelf('received-file', Payload).put('coord-1', { csv: 'a;b', actorId: 'coord-1' });
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(await two.shelf('received-file', Payload).peek(key, 'coord-1')).toEqual({ csv: 'a;b', actorId: 'coord-1' });
    const takes = await Promise.all([one, two, one, two].map((p) => p.shelf('received-file', Payload).take(key, 'coord-1')));
    expect(takes.filter((t) => t !== undefined)).toEqual([{ csv: 'a;b', actorId: 'coord-1' }]);
    expect(await stored()).toEqual({});
  });

  it('give someone else nothing and stay for their owner', async () => {
    const { one, two } = await twoProcesses();
    const key = await one.shelf('file-offer', Payload).put('coord-1', { csv: 'x', actorId: 'coord-1' });
    expect(await two.shelf('file-offer', Payload).take(key, 'coord-2')).toBeUndefined();
    expect(await two.shelf('file-offer', Payload).peek(key, 'coord-2')).toBeUndefined();
    // Nor under another kind: a form's key is no file.
    expect(await two.shelf('received-file', Payload).take(key, 'coord-1')).toBeUndefined();
    expect(await two.shelf('file-offer', Payload).take(key, 'coord-1')).toEqual({ csv: 'x', actorId: 'coord-1' });
  });

  it('are ignored once expired, and pruned, while the others stay', async () => {
    const { one, two, later, stored } = await twoProcesses();
    const file = await one.shelf('received-file', Payload).put('coord-1', { csv: 'x', actorId: 'coord-1' });
    const form = await one.shelf('slack-form', Payload).put('U1', { csv: 'form', actorId: 'U1' });
    later(WAITING_POLICY['received-file'].ttlMs);
    expect(await two.shelf('received-file', Payload).peek(file, 'coord-1')).toBeUndefined();
    expect(await two.prune()).toBe(1);
    expect(Object.keys(await stored())).toEqual([form]);
    expect(await two.shelf('slack-form', Payload).peek(form, 'U1')).toEqual({ csv: 'form', actorId: 'U1' });
    expect(await two.prune()).toBe(0);
    later(WAITING_POLICY['slack-form'].ttlMs);
    expect(await two.shelf('slack-form', Payload).take(form, 'U1')).toBeUndefined();
    expect(await stored()).toEqual({});
  });

  it('count as expired when their payload does not parse, and are removed when taken', async () => {
    const { one, two, stored } = await twoProcesses();
    const key = await one.shelf('received-file', z.object({ csv: z.string() })).put('coord-1', { csv: 'x' });
    expect(await two.shelf('received-file', Payload).peek(key, 'coord-1')).toBeUndefined();
    expect(await two.shelf('received-file', Payload).take(key, 'coord-1')).toBeUndefined();
    expect(await stored()).toEqual({});
  });

  it('keep at most a few per person and kind, dropping the oldest', async () => {
    const { one, later, stored } = await twoProcesses();
    const shelf = one.shelf('file-offer', Payload);
    const keys: string[] = [];
    for (let i = 0; i <= WAITING_POLICY['file-offer'].maxPerOwner; i++) {
      keys.push(await shelf.put('coord-1', { csv: String(i), actorId: 'coord-1' }));
      later(1000);
    }
    const other = await shelf.put('coord-2', { csv: 'other', actorId: 'coord-2' });
    expect(Object.keys(await stored()).sort()).toEqual([...keys.slice(1), other].sort());
    expect(await shelf.peek(keys[0], 'coord-1')).toBeUndefined();
  });

  it('refuse to put what their own schema refuses, and ignore keys that are no key', async () => {
    const { one, stored } = await twoProcesses();
    const shelf = one.shelf('received-file', Payload);
    await expect(shelf.put('coord-1', { csv: 1 } as never)).rejects.toThrow();
    expect(await stored()).toEqual({});
    for (const key of [undefined, 42, '', 'x'.repeat(101), { id: 'a' }]) expect(await shelf.take(key, 'coord-1')).toBeUndefined();
  });
});

it('a Koppel file from before waiting items were stored still opens, with none waiting', async () => {
  const { dir, cleanup } = await makeTempDir();
  try {
    const file = join(dir, 'koppel.json');
    const { waiting: _none, ...before } = emptyKoppelData();
    await writeFile(file, JSON.stringify(before));
    const store = await openLowdbStore(file);
    expect((await store.read({ waiting: 'all' })).waiting).toEqual({});
    await store.close();
  } finally {
    await cleanup();
  }
});
