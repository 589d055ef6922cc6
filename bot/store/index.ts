export type { DocumentStore, FileStoreOptions, MemoryStoreOptions, Migrations } from './document-store.js';
export { openFileStore } from './file-store.js';
export { openMemoryStore } from './memory-store.js';
export {
  isStoreError,
  StoreCorruptError,
  StoreErrorCode,
  StoreInvalidDocumentError,
  StoreMigrationError,
  StoreNewerVersionError,
  StoreWriteError,
  type StoreError,
} from './store-errors.js';
export type { KoppelStore, Scope, Selection } from './koppel-store.js';
export { byIds, byKeys, EVERYTHING } from './koppel-store.js';
export { companyKey, emailKey, identityKey, outboxStateKey, roundKey, userKey, type KoppelView } from './koppel-collections.js';
export { openLowdbStore, openMemoryKoppelStore } from './open-lowdb-store.js';
