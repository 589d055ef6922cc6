import { Low, Memory } from 'lowdb';
import { validateAsStored } from './document-codec.js';
import type { DocumentStore, MemoryStoreOptions } from './document-store.js';
import { createStoreCore } from './store-core.js';
import { StoreInvalidDocumentError, StoreWriteError } from './store-errors.js';

// The same semantics as the file store without a disk: tests and local runs inject it explicitly
// (never chosen behind the caller's back from NODE_ENV).
export function openMemoryStore<T>({ schema, initial }: MemoryStoreOptions<T>): DocumentStore<T> {
  const check = (doc: T): T => {
    const result = validateAsStored(schema, doc);
    if (!result.ok) throw new StoreInvalidDocumentError(result.problems);
    return result.value;
  };
  const db = new Low<T>(new Memory<T>(), check(initial()));
  return createStoreCore({ db, check, writeFailed: (cause) => new StoreWriteError('(memory)', cause) });
}
