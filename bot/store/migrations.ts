import { constants } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isRecord } from './document-codec.js';
import type { Migrations } from './document-file-options.js';
import { StoreMigrationError } from './store-errors.js';
import { fsync } from './synced-text-file.js';

// Pure: applies each step v→v+1 in order and stamps the new schemaVersion, so a migration only
// has to reshape the data. Nothing is written here; the caller saves the result once it validates.
export function migrate(doc: unknown, from: number, to: number, migrations: Migrations, file: string): unknown {
  let current = doc;
  for (let version = from; version < to; version++) {
    const step = migrations[version];
    if (step === undefined) {
      throw new StoreMigrationError(file, from, [`this version has no migration from schema ${version} to ${version + 1}`]);
    }
    current = runStep(step, current, version, from, file);
  }
  return current;
}

function runStep(step: (doc: unknown) => unknown, doc: unknown, version: number, from: number, file: string): unknown {
  let next: unknown;
  try {
    next = step(doc);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreMigrationError(file, from, [`the migration from schema ${version} to ${version + 1} failed (${reason})`], { cause: error });
  }
  if (!isRecord(next)) {
    throw new StoreMigrationError(file, from, [`the migration from schema ${version} to ${version + 1} did not return an object`]);
  }
  return { ...next, schemaVersion: version + 1 };
}

// Keeps the original bytes next to the file before it is replaced, e.g. data/koppel.json.v1.bak.
// An existing backup with other content is never overwritten: a numbered one is made instead.
export async function backupOriginal(file: string, version: number): Promise<string> {
  const original = await readFile(file);
  for (let attempt = 0; ; attempt++) {
    const target = attempt === 0 ? `${file}.v${version}.bak` : `${file}.v${version}.${attempt}.bak`;
    try {
      await copyFile(file, target, constants.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!original.equals(await readFile(target))) continue;
    }
    await fsync(target);
    await fsync(dirname(target));
    return target;
  }
}
