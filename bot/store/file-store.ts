import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { parseJson, schemaVersionOf, validate, validateAsStored } from './document-codec.js';
import type { FileStoreOptions } from './document-file-options.js';
import { JsonFile } from './json-file.js';
import { backupOriginal, migrate } from './migrations.js';
import {
  StoreCorruptError,
  StoreInvalidDocumentError,
  StoreMigrationError,
  StoreNewerVersionError,
  StoreWriteError,
} from './store-errors.js';
import { SyncedTextFile } from './synced-text-file.js';

interface Loaded<T> {
  doc: T;
  /** Set when the file on disk has an older schema and `doc` is the migrated version. */
  migratedFrom?: number;
}

/**
 * Reads, validates and (when older) migrates the document at `file`, creating it when missing, and
 * returns it in a lowdb `Low` whose writes are atomic and flushed to disk. Anything it cannot read
 * safely — bad JSON, invalid data, a newer schema — is refused with the file left exactly as it was.
 * One writer per file: two processes on the same file would overwrite each other.
 */
export async function openDocumentFile<T extends { schemaVersion: number }>(options: FileStoreOptions<T>): Promise<Low<T>> {
  const { file } = options;
  const text = new SyncedTextFile(file);
  const adapter = new JsonFile<T>(text, (raw) => load(raw, options).doc);
  const guarded = async (task: () => Promise<unknown>) => {
    try {
      await task();
    } catch (error) {
      throw new StoreWriteError(file, error);
    }
  };

  await mkdir(dirname(file), { recursive: true });
  const raw = await text.read();
  const loaded: Loaded<T> = raw === null ? { doc: checkDraft(options.initial(), options) } : load(raw, options);
  if (raw === null) {
    await guarded(() => adapter.write(loaded.doc));
  } else if (loaded.migratedFrom !== undefined) {
    const from = loaded.migratedFrom;
    await guarded(() => backupOriginal(file, from));
    await guarded(() => adapter.write(loaded.doc));
  }

  return new Low<T>(adapter, loaded.doc);
}

// Pure: from the file's text to a valid current document, or a coded error. No I/O, so a refusal
// can never have touched the disk.
function load<T extends { schemaVersion: number }>(raw: string, options: FileStoreOptions<T>): Loaded<T> {
  const { file, schema, currentVersion, migrations } = options;
  const parsed = parseJson(raw, file);
  const version = schemaVersionOf(parsed, file);
  if (version > currentVersion) throw new StoreNewerVersionError(file, version, currentVersion);
  if (version === currentVersion) {
    const result = validate(schema, parsed);
    if (!result.ok) throw new StoreCorruptError(file, result.problems);
    return { doc: result.value };
  }
  const result = validate(schema, migrate(parsed, version, currentVersion, migrations, file));
  if (!result.ok) throw new StoreMigrationError(file, version, result.problems.map((p) => `after migrating, ${p}`));
  return { doc: result.value, migratedFrom: version };
}

function checkDraft<T extends { schemaVersion: number }>(draft: T, { schema, currentVersion }: FileStoreOptions<T>): T {
  const result = validateAsStored(schema, draft);
  if (!result.ok) throw new StoreInvalidDocumentError(result.problems);
  if (result.value.schemaVersion !== currentVersion) {
    throw new StoreInvalidDocumentError([`schemaVersion: must be ${currentVersion}, the version this Koppel writes`]);
  }
  return result.value;
}
