import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startPostgres, type PostgresServer } from '../../test/support/postgres-server.js';
import { KOPPEL_DATA_VERSION, emptyKoppelData } from '../koppel-data.js';
import { COLLECTIONS } from './koppel-collections.js';
import { openLowdbStore, openMemoryKoppelStore } from './open-lowdb-store.js';
import { TABLES } from './postgres/collection-tables.js';
import { openPostgresStore, type PostgresStore } from './postgres/postgres-store.js';
import { StoreCorruptError, StoreErrorCode, StoreNewerVersionError, StoreWriteError } from './store-errors.js';
import { makeTempDir } from './testing/store-test-support.js';
import { byIds } from './koppel-store.js';
import { round } from './testing/contract-records.js';
import { describeStoreContract } from './testing/store-contract.js';

describeStoreContract('memory', async () => {
  const store = openMemoryKoppelStore();
  return { store, cleanup: () => store.close() };
});

describeStoreContract('lowdb file', async () => {
  const { dir, cleanup } = await makeTempDir();
  const file = join(dir, 'koppel.json');
  let store = await openLowdbStore(file);
  return {
    store,
    reopen: async () => {
      await store.close();
      return (store = await openLowdbStore(file));
    },
    // The bytes and the modification time: a rewrite with the same content still shows.
    stored: async () => `${(await stat(file)).mtimeMs}\n${await readFile(file, 'utf8')}`,
    cleanup: async () => {
      await store.close();
      await cleanup();
    },
  };
});

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => server?.stop());

// Every row's version (xmin changes with any rewrite, even of equal data), the audit's length and
// end, and the store's own count of committed writes.
async function rowVersions(store: PostgresStore): Promise<string> {
  const union = COLLECTIONS.map((c) => `select '${TABLES[c]}' as t, id, xmin::text as v from ${TABLES[c]}`).join(' union all ');
  const [rows] = await store.sql<{ rows: string | null }>(`select string_agg(t || '/' || id || '@' || v, ',' order by t, id) as rows from (${union}) all_rows`);
  const [audit] = await store.sql<{ n: string; last: string | null }>('select count(*) as n, max(seq)::text as last from audit');
  return `${rows.rows}|${audit.n}:${audit.last}|${store.stats.commits}`;
}

describeStoreContract('PostgreSQL', async () => {
  const url = await server.createDatabase('contract');
  let store = await openPostgresStore(url);
  return {
    store,
    reopen: async () => {
      await store.close();
      return (store = await openPostgresStore(url));
    },
    stored: () => rowVersions(store),
    cleanup: () => store.close(),
  };
});

describe('the lowdb file store refuses data it cannot read safely, leaving the file as it was', () => {
  async function expectRefused(content: string): Promise<unknown> {
    const { dir, cleanup } = await makeTempDir();
    try {
      const file = join(dir, 'koppel.json');
      await writeFile(file, content);
      const error = await openLowdbStore(file).then(() => undefined, (e: unknown) => e);
      expect(await readFile(file, 'utf8')).toBe(content);
      expect(await readdir(dir)).toEqual(['koppel.json']);
      return error;
    } finally {
      await cleanup();
    }
  }

  it('a corrupt file', async () => {
    expect(await expectRefused('{"schemaVersion": 1, "rounds": {')).toBeInstanceOf(StoreCorruptError);
    const invalid = { ...emptyKoppelData(), students: { s1: { id: 's1' } } };
    const error = await expectRefused(JSON.stringify(invalid));
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect((error as Error).message).toMatch(/students\.s1\.roundId/);
  });

  it('a file from a newer Koppel', async () => {
    const error = await expectRefused(JSON.stringify({ ...emptyKoppelData(), schemaVersion: KOPPEL_DATA_VERSION + 1 }));
    expect(error).toBeInstanceOf(StoreNewerVersionError);
  });
});

describe('the lowdb file store on a failing disk', () => {
  it('reports a failed write, keeps the previous state, and saves again once the disk is back', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const file = join(dir, 'koppel.json');
      const store = await openLowdbStore(file);
      await store.update({ rounds: 'all' }, (draft) => void (draft.rounds.r1 = round('r1')));
      await rm(dir, { recursive: true });
      const error = await store.update({ rounds: byIds('r1') }, (draft) => void (draft.rounds.r1.status = 'closed')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreWriteError);
      expect((error as StoreWriteError).code).toBe(StoreErrorCode.WriteFailed);
      expect((error as Error).message).toMatch(/^Could not save .*koppel\.json .*the previous version is kept$/);
      expect((await store.read({ rounds: byIds('r1') })).rounds.r1.status).toBe('open');

      await mkdir(dir);
      await store.update({ rounds: byIds('r1') }, (draft) => void (draft.rounds.r1.seed = 'after'));
      expect(JSON.parse(await readFile(file, 'utf8')).rounds.r1).toMatchObject({ status: 'open', seed: 'after' });
      expect(await readdir(dir)).toEqual(['koppel.json']);
      await store.close();
    } finally {
      await cleanup();
    }
  });
});
