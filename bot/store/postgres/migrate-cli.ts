// npm run migrate: brings the PostgreSQL database at DATABASE_URL to this version's schema. Koppel
// does the same when it opens the store; this is for deploying the schema ahead of the processes.
import pg from 'pg';
import { isStoreError } from '../store-errors.js';
import { sqlStateOf } from './database-failure.js';
import { applyMigrations, loadMigrations } from './sql-migrations.js';

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('Set DATABASE_URL to the PostgreSQL database, e.g. DATABASE_URL=postgres://koppel:<password>@db.school.local:5432/koppel\n');
  process.exit(2);
}

const client = new pg.Client({ connectionString: url });
try {
  await client.connect();
  const { applied, reindexed } = await applyMigrations(client, await loadMigrations());
  process.stdout.write(applied.length > 0 ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
  if (reindexed > 0) process.stdout.write(`Recomputed the index keys of ${reindexed} records.\n`);
} catch (error) {
  // Our own messages, or else the code only: the driver's text can quote the host or stored values.
  process.stderr.write(`Migrating failed: ${isStoreError(error) ? error.message : `error code ${sqlStateOf(error) ?? 'unknown'}`}\n`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => undefined);
}
