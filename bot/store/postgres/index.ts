export { openPostgresStore, type PostgresStore, type PostgresStoreOptions } from './postgres-store.js';
export { importView, type ImportCounts } from './import-view.js';
export { reindex } from './reindex.js';
