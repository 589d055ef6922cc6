import { Low, Memory } from 'lowdb';
import { emptyKoppelData, KOPPEL_DATA_VERSION, KoppelData, koppelMigrations, type KoppelView } from '../koppel-data.js';
import { validateAsStored } from './document-codec.js';
import { openDocumentFile } from './file-store.js';
import type { KoppelStore } from './koppel-store.js';
import { createEmbeddedStore } from './lowdb-store.js';
import { StoreInvalidDocumentError, StoreWriteError } from './store-errors.js';

/**
 * The embedded default: Koppel's data in one JSON file (lowdb), for one Koppel process. A missing
 * file is created holding `initial` (empty unless a fixture or tool gives one).
 */
export async function openLowdbStore(file: string, initial: () => KoppelView = emptyKoppelData): Promise<KoppelStore> {
  const db = await openDocumentFile({
    file, schema: KoppelData, initial: (): KoppelData => ({ ...initial(), schemaVersion: KOPPEL_DATA_VERSION }), currentVersion: KOPPEL_DATA_VERSION, migrations: koppelMigrations,
  });
  return createEmbeddedStore({ db, writeFailed: (cause) => new StoreWriteError(file, cause) });
}

/**
 * The same store without a disk, for tests and tools that inject it explicitly (never chosen behind
 * the caller's back from NODE_ENV). `initial` is validated like a file on open.
 */
export function openMemoryKoppelStore(initial: KoppelView = emptyKoppelData()): KoppelStore {
  const checked = validateAsStored(KoppelData, { ...initial, schemaVersion: KOPPEL_DATA_VERSION });
  if (!checked.ok) throw new StoreInvalidDocumentError(checked.problems);
  const db = new Low<KoppelData>(new Memory<KoppelData>(), checked.value);
  return createEmbeddedStore({ db, writeFailed: (cause) => new StoreWriteError('(memory)', cause) });
}
