// npm run store:import -- data/koppel.json: a one-shot move from the embedded lowdb file into an
// empty PostgreSQL database at DATABASE_URL. The file is opened like Koppel opens it (validated and,
// if older, migrated); the database is filled in one transaction or not at all. Prints counts only.
import { access } from 'node:fs/promises';
import { isStoreError } from '../store-errors.js';
import { EVERYTHING } from '../koppel-store.js';
import { openLowdbStore } from '../open-lowdb-store.js';
import { importView, ImportTargetNotEmptyError } from './import-view.js';
import { openPostgresStore } from './postgres-store.js';

class ImportSourceMissingError extends Error {
  constructor(file: string) {
    super(`${file} does not exist or cannot be read; nothing was imported`);
  }
}

const file = process.argv[2];
const url = process.env.DATABASE_URL;
if (!file || !url) {
  process.stderr.write('Usage: DATABASE_URL=postgres://… npm run store:import -- data/koppel.json\n');
  process.exit(2);
}

try {
  // Opening a missing file would create an empty one: refuse instead.
  await access(file).catch(() => {
    throw new ImportSourceMissingError(file);
  });
  const source = await openLowdbStore(file);
  const view = await source.read(EVERYTHING);
  await source.close();
  const target = await openPostgresStore(url);
  try {
    const counts = await importView(target, view);
    process.stdout.write('Imported into PostgreSQL:\n');
    for (const [name, count] of Object.entries(counts)) process.stdout.write(`  ${name}: ${count}\n`);
  } finally {
    await target.close();
  }
} catch (error) {
  const known = isStoreError(error) || error instanceof ImportTargetNotEmptyError || error instanceof ImportSourceMissingError;
  const code = (error as { code?: unknown }).code;
  process.stderr.write(`The import failed: ${known ? (error as Error).message : `error code ${String(code ?? 'unknown')}`}\n`);
  process.exitCode = 1;
}
