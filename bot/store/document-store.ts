import type { ZodType } from 'zod/v4';

export interface DocumentStore<T> {
  /** The last committed document. Deeply frozen: change it only through `update`. */
  read(): Promise<Readonly<T>>;
  /**
   * Runs `change` on a private copy of the document, one call at a time. The copy is validated and
   * saved only if `change` succeeds; otherwise nothing is written and the state stays as it was.
   * The result is structured-cloned, so it must be cloneable and cannot alias stored state.
   */
  update<R>(change: (draft: T) => R | Promise<R>): Promise<R>;
}

/** Each migration turns a document of version `v` (its key) into one of version `v + 1`. */
export type Migrations = Record<number, (doc: unknown) => unknown>;

export interface FileStoreOptions<T extends { schemaVersion: number }> {
  file: string;
  schema: ZodType<T>;
  initial: () => T;
  currentVersion: number;
  migrations: Migrations;
}

export interface MemoryStoreOptions<T> {
  schema: ZodType<T>;
  initial: () => T;
}
