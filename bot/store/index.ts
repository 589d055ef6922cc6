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
