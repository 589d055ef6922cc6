import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startPostgres, type PostgresServer } from '../../../test/support/postgres-server.js';
import { freePort } from '../../../test/support/free-port.js';
import { COLLECTIONS, identityKey, roundKey } from '../koppel-collections.js';
import { byIds, byKeys, EVERYTHING } from '../koppel-store.js';
import { openLowdbStore } from '../open-lowdb-store.js';
import { StoreConflictError, StoreDatabaseNewerError, StoreErrorCode, StoreUnavailableError } from '../store-errors.js';
import { makeTempDir } from '../testing/store-test-support.js';
import { auditEvent, round, student, teams } from '../testing/contract-records.js';
import { TABLES } from './collection-tables.js';
import { importView, ImportTargetNotEmptyError } from './import-view.js';
import { openPostgresStore, type PostgresStore } from './postgres-store.js';
import { loadMigrations } from './sql-migrations.js';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => server?.stop());

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.random() * 2));

async function withStores<T>(count: number, work: (stores: PostgresStore[], url: string) => Promise<T>): Promise<T> {
  const url = await server.createDatabase('pg');
  const stores = await Promise.all(Array.from({ length: count }, () => openPostgresStore(url)));
  try {
    return await work(stores, url);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
}

describe('several processes on one PostgreSQL database', () => {
  it('lose nothing when two of them change one shared record 200 times, retrying their conflicts', { timeout: 120_000 }, async () => {
    await withStores(2, async ([a, b]) => {
      await a.update({ rounds: 'all' }, (draft) => void (draft.rounds.shared = round('shared', '0')));
      const steps = await Promise.all(Array.from({ length: 200 }, (_, i) =>
        // Two records: a serializable unit of work (one record alone is locked instead, see below).
        (i % 2 === 0 ? a : b).update({ rounds: byIds('shared'), students: byIds(`s${i}`) }, async (draft) => {
          const seen = Number(draft.rounds.shared.seed);
          await tick();
          draft.rounds.shared.seed = String(seen + 1);
          return seen + 1;
        })));
      expect([...steps].sort((x, y) => x - y)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      expect((await b.read({ rounds: byIds('shared') })).rounds.shared.seed).toBe('200');
      // Within a process they queue; between the two, PostgreSQL refused the loser of each race.
      expect(a.stats.retries + b.stats.retries).toBeGreaterThan(0);
    });
  });

  it('run a change again on fresh data when another process committed what it read, or report the conflict', async () => {
    await withStores(2, async ([a, b], url) => {
      await a.update({ rounds: 'all' }, (draft) => void (draft.rounds.r1 = round('r1', '0')));
      const bump = (draft: { rounds: Record<string, { seed: string }> }) => void (draft.rounds.r1.seed = String(Number(draft.rounds.r1.seed) + 1));
      let runs = 0;
      const twoRecords = { rounds: byIds('r1'), students: byIds('s1') };
      const seen = await a.update(twoRecords, async (draft) => {
        runs += 1;
        // The first time, the other process commits in between.
        if (runs === 1) await b.update({ rounds: byIds('r1') }, bump);
        bump(draft);
        return draft.rounds.r1.seed;
      });
      expect({ runs, seen }).toEqual({ runs: 2, seen: '2' });

      const once = await openPostgresStore(url, { maxAttempts: 1 });
      try {
        const error = await once.update(twoRecords, async (draft) => {
          await b.update({ rounds: byIds('r1') }, bump);
          bump(draft);
        }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreConflictError);
        expect((error as StoreConflictError).code).toBe(StoreErrorCode.Conflict);
        expect((await once.read({ rounds: byIds('r1') })).rounds.r1.seed).toBe('3');
      } finally {
        await once.close();
      }
    });
  });
});

describe('a unit of work of one record on several processes', () => {
  it('locks its row: 200 changes of one shared record from two processes lose nothing and need no retry', { timeout: 120_000 }, async () => {
    await withStores(2, async ([a, b]) => {
      await a.update({ rounds: 'all' }, (draft) => void (draft.rounds.shared = round('shared', '0')));
      await Promise.all(Array.from({ length: 200 }, (_, i) =>
        (i % 2 === 0 ? a : b).update({ rounds: byIds('shared') }, async (draft) => {
          const seen = Number(draft.rounds.shared.seed);
          await tick();
          draft.rounds.shared.seed = String(seen + 1);
        })));
      expect((await b.read({ rounds: byIds('shared') })).rounds.shared.seed).toBe('200');
      expect(a.stats.retries + b.stats.retries).toBe(0);
    });
  });

  it('adds its own new record without conflicting with the others (a class\'s first turns, three processes)', { timeout: 120_000 }, async () => {
    const url = await server.createDatabase('pg');
    // Two attempts only: serializable reads of missing rows in an empty table conflicted nearly always.
    const stores = await Promise.all([0, 1, 2].map(() => openPostgresStore(url, { maxAttempts: 2 })));
    try {
      await Promise.all(Array.from({ length: 300 }, (_, i) =>
        stores[i % 3].update({ preferences: byIds(`teams:u${i}`) }, async (draft) => {
          await tick();
          draft.preferences[`teams:u${i}`] = { platformLanguage: 'nl' };
        })));
      expect(Object.keys((await stores[0].read({ preferences: 'all' })).preferences)).toHaveLength(300);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('runs as a serializable unit of work when its change also touches another record', async () => {
    await withStores(1, async ([a]) => {
      await a.update({ rounds: 'all' }, (draft) => void (draft.rounds.r1 = round('r1', '0')));
      let runs = 0;
      await a.update({ preferences: byIds('teams:u1') }, (draft) => {
        runs += 1;
        draft.preferences['teams:u1'] = { platformLanguage: 'nl' };
        draft.rounds.r2 = round('r2', '0');
      });
      // Once with its row locked, refused before anything was written, then once serializable.
      expect(runs).toBe(2);
      const after = await a.read({ preferences: byIds('teams:u1'), rounds: 'all' });
      expect(Object.keys(after.rounds).sort()).toEqual(['r1', 'r2']);
      expect(after.preferences['teams:u1'].platformLanguage).toBe('nl');
    });
  });

  it('runs again on fresh data when another process added the same new record first', async () => {
    await withStores(2, async ([a, b]) => {
      let runs = 0;
      const result = await a.update({ preferences: byIds('teams:u1') }, async (draft) => {
        runs += 1;
        // The first time, the other process adds the record in between: this insert then fails on the key.
        if (runs === 1) await b.update({ preferences: byIds('teams:u1') }, (other) => void (other.preferences['teams:u1'] = { platformLanguage: 'en' }));
        if (draft.preferences['teams:u1']) return 'kept';
        draft.preferences['teams:u1'] = { platformLanguage: 'nl' };
        return 'added';
      });
      expect({ runs, result }).toEqual({ runs: 2, result: 'kept' });
      expect((await a.read({ preferences: byIds('teams:u1') })).preferences['teams:u1'].platformLanguage).toBe('en');
    });
  });
});

describe('the schema', () => {
  it('is migrated once when three processes open an empty database at the same moment', async () => {
    await withStores(3, async ([store]) => {
      const migrations = (await readdir(join(here, 'migrations'))).filter((f) => f.endsWith('.sql')).sort();
      const applied = await store.sql<{ version: number; name: string }>('select version, name from schema_migrations order by version');
      expect(applied.map((m) => m.name)).toEqual(migrations);
      const tables = await store.sql<{ name: string }>(`select table_name as name from information_schema.tables where table_schema = 'public'`);
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining([...COLLECTIONS.map((c) => TABLES[c]), 'audit']));
    });
  });

  it('of a newer Koppel is refused, and the database left as it was', async () => {
    const url = await server.createDatabase('newer');
    const store = await openPostgresStore(url);
    await store.update({ rounds: 'all' }, (draft) => void (draft.rounds.r1 = round('r1')));
    await store.sql(`insert into schema_migrations (version, name) values (999, '999-from-the-future.sql')`);
    const before = await store.sql('select version, name, applied_at from schema_migrations order by version');
    await store.close();

    const error = await openPostgresStore(url).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreDatabaseNewerError);
    expect((error as StoreDatabaseNewerError).code).toBe(StoreErrorCode.NewerVersion);
    const known = (await loadMigrations()).length;
    expect((error as Error).message).toMatch(new RegExp(`migration 999, this version knows up to ${known}\\b.*the database was not changed`));

    const check = await openPostgresStore(url).catch(() => undefined);
    expect(check).toBeUndefined();
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect((await client.query('select version, name, applied_at from schema_migrations order by version')).rows).toEqual(before);
      expect((await client.query('select id from rounds')).rows).toEqual([{ id: 'r1' }]);
    } finally {
      await client.end();
    }
  });

  it('recomputes every record\'s index keys when a migration asks for it', async () => {
    await withStores(1, async ([store], url) => {
      await store.update({ students: 'all' }, (draft) => void (draft.students.s1 = student('s1', 'r1', [teams('29:anna')])));
      // As if indexKeysOf had changed since the keys were written.
      await store.sql(`update students set keys = '{}'`);
      await store.sql(`insert into store_requests (name) values ('reindex')`);
      expect((await store.read({ students: byKeys(roundKey('r1')) })).students).toEqual({});

      const reopened = await openPostgresStore(url);
      try {
        expect(Object.keys((await reopened.read({ students: byKeys(identityKey('teams', '29:anna')) })).students)).toEqual(['s1']);
        expect(await reopened.sql('select name from store_requests')).toEqual([]);
      } finally {
        await reopened.close();
      }
    });
  });
});

describe('an unreachable database', () => {
  it('is reported with a coded error that names neither the address nor the password', async () => {
    const url = `postgres://koppel:s3cret-pw@127.0.0.1:${await freePort()}/koppel`;
    const error = await openPostgresStore(url).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).code).toBe(StoreErrorCode.Unavailable);
    expect((error as Error).message).toBe('The database failed while connecting (ECONNREFUSED): check that PostgreSQL is running and reachable with DATABASE_URL');
  });
});

describe('importing a lowdb file', () => {
  async function lowdbFile(): Promise<{ file: string; cleanup: () => Promise<void> }> {
    const { dir, cleanup } = await makeTempDir();
    const file = join(dir, 'koppel.json');
    const source = await openLowdbStore(file);
    await source.update(EVERYTHING, (draft) => {
      draft.rounds.r1 = round('r1');
      for (let i = 0; i < 5; i++) draft.students[`s${i}`] = { ...student(`s${i}`, 'r1', [teams(`29:s${i}`)]), displayName: `Leerling ${i}` };
      draft.audit.push(auditEvent('a1', 's1'), auditEvent('a2', 's2'));
    });
    await source.close();
    return { file, cleanup };
  }

  it('copies everything into an empty database, and refuses one that holds data', async () => {
    const { file, cleanup } = await lowdbFile();
    try {
      const source = await openLowdbStore(file);
      const view = await source.read(EVERYTHING);
      await source.close();
      await withStores(1, async ([store]) => {
        const counts = await importView(store, view);
        expect(counts).toMatchObject({ rounds: 1, students: 5, companies: 0, audit: 2 });
        expect(await store.read(EVERYTHING)).toEqual(view);
        expect(Object.keys((await store.read({ students: byKeys(identityKey('teams', '29:s3')) })).students)).toEqual(['s3']);

        const error = await importView(store, view).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImportTargetNotEmptyError);
        expect((error as Error).message).toMatch(/already holds Koppel data \(rounds: 1, students: 5, audit: 2\).*nothing was imported/);
        expect(await store.read(EVERYTHING)).toEqual(view);
      });
    } finally {
      await cleanup();
    }
  });

  it('runs from the command line, printing counts and no names', { timeout: 60_000 }, async () => {
    const { file, cleanup } = await lowdbFile();
    try {
      const url = await server.createDatabase('cli');
      const env = { ...process.env, DATABASE_URL: url };
      const migrated = await run(process.execPath, ['--import', 'tsx', join(here, 'migrate-cli.ts')], { env });
      expect(migrated.stdout).toBe(`Applied: ${(await loadMigrations()).map((m) => m.name).join(', ')}\n`);
      const imported = await run(process.execPath, ['--import', 'tsx', join(here, 'import-cli.ts'), file], { env });
      expect(imported.stdout).toMatch(/^Imported into PostgreSQL:\n {2}rounds: 1\n {2}students: 5\n/);
      expect(imported.stdout).toMatch(/ {2}audit: 2\n$/);
      expect(imported.stdout).not.toMatch(/Leerling/);
      const again = await run(process.execPath, ['--import', 'tsx', join(here, 'import-cli.ts'), file], { env }).catch((e: { code: number; stderr: string }) => e);
      expect(again).toMatchObject({ code: 1, stderr: expect.stringMatching(/^The import failed: The database already holds Koppel data/) });
      expect((await run(process.execPath, ['--import', 'tsx', join(here, 'migrate-cli.ts')], { env })).stdout).toBe('The database is up to date.\n');
    } finally {
      await cleanup();
    }
  });
});
