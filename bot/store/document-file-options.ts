import type { ZodType } from 'zod/v4';

/** Each migration turns a document of version `v` (its key) into one of version `v + 1`. */
export type Migrations = Record<number, (doc: unknown) => unknown>;

export interface FileStoreOptions<T extends { schemaVersion: number }> {
  file: string;
  schema: ZodType<T>;
  initial: () => T;
  currentVersion: number;
  migrations: Migrations;
}
