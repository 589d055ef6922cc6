import { readdir, readFile } from 'node:fs/promises';
import type pg from 'pg';
import { StoreDatabaseNewerError } from '../store-errors.js';
import { reindex } from './reindex.js';

// Plain SQL files in ./migrations, named NNN-what.sql and applied in order of NNN. Each process
// applies the missing ones when it opens the store; a transaction-scoped advisory lock makes several
// processes starting at once take turns, so each migration runs exactly once.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** An arbitrary constant shared by every Koppel process: the lock that serializes migrating. */
const MIGRATION_LOCK = 4_653_116_001;

export async function loadMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.sql'));
  const migrations = await Promise.all(files.map(async (name) => {
    const match = /^(\d+)-[\w-]+\.sql$/.exec(name);
    if (!match) throw new Error(`${name}: a migration file is named NNN-what.sql`);
    return { version: Number(match[1]), name, sql: await readFile(new URL(name, dir), 'utf8') };
  }));
  migrations.sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`${m.name}: migrations are numbered 1, 2, 3… without gaps or duplicates`);
  });
  return migrations;
}

export interface MigrationOutcome {
  applied: string[];
  /** Records whose index keys a reindex request changed. */
  reindexed: number;
}

/**
 * Brings the database to the newest migration in one transaction, or refuses a database that a
 * newer Koppel migrated (leaving it untouched). Runs on a client the caller owns.
 */
export async function applyMigrations(client: pg.ClientBase, migrations: readonly Migration[]): Promise<MigrationOutcome> {
  const known = migrations.at(-1)?.version ?? 0;
  // Read committed (the default): after waiting for the lock, each statement sees what the process
  // that held it committed.
  await client.query('begin');
  try {
    await client.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`create table if not exists schema_migrations (
      version integer primary key, name text not null, applied_at timestamptz not null default now())`);
    const { rows } = await client.query<{ version: number | null }>('select max(version) as version from schema_migrations');
    const current = rows[0]?.version ?? 0;
    if (current > known) throw new StoreDatabaseNewerError(current, known);
    const applied: string[] = [];
    for (const migration of migrations.filter((m) => m.version > current)) {
      await client.query(migration.sql);
      await client.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.name);
    }
    const requested = await client.query(`delete from store_requests where name = 'reindex' returning name`);
    const reindexed = requested.rowCount ? await reindex(client) : 0;
    await client.query('commit');
    return { applied, reindexed };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}
