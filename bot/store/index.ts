export {
  isStoreError,
  StoreConflictError,
  StoreCorruptError,
  StoreDatabaseNewerError,
  StoreErrorCode,
  StoreInvalidDocumentError,
  StoreMigrationError,
  StoreNewerVersionError,
  StoreUnavailableError,
  StoreWriteError,
  type StoreError,
} from './store-errors.js';
export type { KoppelStore, Scope, Selection } from './koppel-store.js';
export { byIds, byKeys, EVERYTHING } from './koppel-store.js';
export { companyKey, emailKey, erasureStateKey, handledHourKey, identityKey, outboxStateKey, placementKey, reportFollowUpKey, reportKey, reportNamedKey, reportStateKey, roundKey, roundKindKey, studentKey, userKey, type KoppelView } from './koppel-collections.js';
export { openLowdbStore, openMemoryKoppelStore } from './open-lowdb-store.js';
