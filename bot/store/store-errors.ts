// One small class per code, so callers branch on `code` and one place can turn codes into user text.
// Messages are for the operator: they say what is wrong, what was (not) touched, and what to do.

export const StoreErrorCode = {
  Corrupt: 'store_corrupt',
  NewerVersion: 'store_newer_version',
  MigrationFailed: 'store_migration_failed',
  InvalidDocument: 'store_invalid_document',
  WriteFailed: 'store_write_failed',
  Unavailable: 'store_unavailable',
  Conflict: 'store_conflict',
} as const;

export type StoreErrorCode = (typeof StoreErrorCode)[keyof typeof StoreErrorCode];

export interface StoreError extends Error {
  code: StoreErrorCode;
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof Error && Object.values<string>(StoreErrorCode).includes((error as Partial<StoreError>).code ?? '');
}

/** The file on disk is not a readable document: bad JSON, no schema version, or data the schema rejects. */
export class StoreCorruptError extends Error implements StoreError {
  public readonly code = StoreErrorCode.Corrupt;

  constructor(
    public readonly file: string,
    public readonly problems: readonly string[],
  ) {
    super(`${file} cannot be read: ${problems.join('; ')}. Repair the file or restore a backup; the file was not changed`);
    this.name = 'StoreCorruptError';
  }
}

export class StoreNewerVersionError extends Error implements StoreError {
  public readonly code = StoreErrorCode.NewerVersion;

  constructor(
    public readonly file: string,
    public readonly foundVersion: number,
    public readonly knownVersion: number,
  ) {
    super(`${file} was written by a newer Koppel (schema ${foundVersion}, this version knows ${knownVersion}): upgrade Koppel or restore a backup; the file was not changed`);
    this.name = 'StoreNewerVersionError';
  }
}

export class StoreMigrationError extends Error implements StoreError {
  public readonly code = StoreErrorCode.MigrationFailed;

  constructor(
    public readonly file: string,
    public readonly fromVersion: number,
    public readonly problems: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(`${file} could not be migrated from schema ${fromVersion}: ${problems.join('; ')}. Fix the migration or restore a backup; the file was not changed`, options);
    this.name = 'StoreMigrationError';
  }
}

/** A change (or the initial document) would not pass the schema; nothing was written and the previous state is kept. */
export class StoreInvalidDocumentError extends Error implements StoreError {
  public readonly code = StoreErrorCode.InvalidDocument;

  constructor(public readonly problems: readonly string[]) {
    super(`The change was refused because the document would be invalid: ${problems.join('; ')}. Nothing was saved`);
    this.name = 'StoreInvalidDocumentError';
  }
}

export class StoreWriteError extends Error implements StoreError {
  public readonly code = StoreErrorCode.WriteFailed;

  constructor(
    public readonly file: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Could not save ${file} (${reason}): check disk space and permissions; the previous version is kept`, { cause });
    this.name = 'StoreWriteError';
  }
}

/** The database holds a schema from a newer Koppel (the database counterpart of StoreNewerVersionError). */
export class StoreDatabaseNewerError extends Error implements StoreError {
  public readonly code = StoreErrorCode.NewerVersion;

  constructor(
    public readonly foundVersion: number,
    public readonly knownVersion: number,
  ) {
    super(`The database was migrated by a newer Koppel (migration ${foundVersion}, this version knows up to ${knownVersion}): upgrade Koppel or restore a backup; the database was not changed`);
    this.name = 'StoreDatabaseNewerError';
  }
}

/**
 * The database could not be reached or refused a statement. The message names the step and the
 * error code only (PostgreSQL's own text may quote stored values); the original error is the cause.
 */
export class StoreUnavailableError extends Error implements StoreError {
  public readonly code = StoreErrorCode.Unavailable;

  constructor(
    public readonly doing: string,
    public readonly reason: string,
    cause: unknown,
  ) {
    super(`The database failed while ${doing} (${reason}): check that PostgreSQL is running and reachable with DATABASE_URL`, { cause });
    this.name = 'StoreUnavailableError';
  }
}

/** Concurrent units of work kept changing the same records; after the last attempt nothing was saved. */
export class StoreConflictError extends Error implements StoreError {
  public readonly code = StoreErrorCode.Conflict;

  constructor(
    public readonly attempts: number,
    cause: unknown,
  ) {
    super(`The change could not be saved: ${attempts} attempts met concurrent changes of the same records. Nothing was saved; try again`, { cause });
    this.name = 'StoreConflictError';
  }
}
