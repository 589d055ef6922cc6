import { StoreUnavailableError } from '../store-errors.js';

// What a failure from node-postgres means for a unit of work. Only the SQLSTATE or the socket's error
// code is ever put in a message: PostgreSQL's own texts can quote values (ids, names).

/** SQLSTATEs after which the whole unit of work can simply run again on fresh data. */
const RETRYABLE = new Set([
  '40001', // serialization_failure: a concurrent transaction changed what this one read
  '40P01', // deadlock_detected
  '23505', // unique_violation: two units of work inserted the same new id at once
]);

export function sqlStateOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isRetryable(error: unknown): boolean {
  const code = sqlStateOf(error);
  return code !== undefined && RETRYABLE.has(code);
}

/** Wraps a connection or query failure; errors that are already the store's own pass through. */
export function unavailable(doing: string, cause: unknown): Error {
  if (cause instanceof StoreUnavailableError) return cause;
  return new StoreUnavailableError(doing, sqlStateOf(cause) ?? 'no error code', cause);
}
