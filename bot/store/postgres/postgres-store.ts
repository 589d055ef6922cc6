import pg from 'pg';
import { deepFreeze } from '../deep-freeze.js';
import type { AuditEvent } from '../../domain/audit-event.js';
import { auditSchema } from '../koppel-collections.js';
import type { KoppelView } from '../koppel-collections.js';
import type { KoppelStore, RecordOf, Scope, UpdateOptions } from '../koppel-store.js';
import type { CollectionName } from '../koppel-collections.js';
import { validateChanges } from '../record-validation.js';
import { diffView, type ViewChanges } from '../scoped-view.js';
import { isStoreError, StoreConflictError } from '../store-errors.js';
import { isRetryable, unavailable } from './database-failure.js';
import { insertIfNew, loadLockedRecord, loadView, singleRecord, statementCount, writeChangesAndCommit } from './record-rows.js';
import { ScopeLocks } from './scope-locks.js';
import { applyMigrations, loadMigrations } from './sql-migrations.js';

export interface PostgresStoreOptions {
  /** Connections in the pool: units of work beyond this many wait for a free one. */
  maxConnections?: number;
  /** Attempts of one unit of work before a persistent conflict is reported (StoreConflictError). */
  maxAttempts?: number;
}

/** The PostgreSQL store: the port plus what tests and tools need beyond it. */
export interface PostgresStore extends KoppelStore {
  /** Runs one statement outside any unit of work (tests and tools; services use the port). */
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  /** Counters since open: units of work that wrote, and attempts repeated after a conflict. */
  readonly stats: { readonly commits: number; readonly retries: number };
}

// A conflict the database reported mid-transaction; the unit of work runs again from the start.
class Conflict {
  constructor(public readonly cause: unknown) {}
}

// A unit of work of one record that changed another record too: it runs again as a serializable one.
class WiderThanOneRecord {}

// Every statement of a unit of work goes through here: conflicts become Conflict, anything else a
// coded StoreUnavailableError; the change's own errors never pass through, so they reach the caller as thrown.
async function db<T>(doing: string, statement: () => Promise<T>): Promise<T> {
  try {
    return await statement();
  } catch (error) {
    throw isRetryable(error) ? new Conflict(error) : unavailable(doing, error);
  }
}

const DEFAULT_ATTEMPTS = 10;

// Randomized and growing: units of work that collided once should not collide again in lockstep.
const backoff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(1000, 5 * 2 ** attempt)));

/**
 * Opens a pool on `databaseUrl`, applies the missing SQL migrations (or refuses a database migrated
 * by a newer Koppel), and returns the store. Each unit of work is one SERIALIZABLE transaction over
 * the records of its scope; PostgreSQL detects when concurrent units of work read what another
 * wrote, and the loser runs again on fresh data. A unit of work of one record named by id locks
 * that row instead (record-rows.ts, singleRecord). Within one process, units of work naming the
 * same record wait for each other first (scope-locks.ts).
 */
export async function openPostgresStore(databaseUrl: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_ATTEMPTS;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 10 });
  // An idle connection that breaks (server restart) is dropped by the pool; without a listener the
  // 'error' event would end the process. The next statement reports the failure to its caller.
  pool.on('error', () => undefined);
  const stats = { commits: 0, retries: 0 };
  const pending = new Set<Promise<unknown>>();
  const locks = new ScopeLocks();

  const connect = (): Promise<pg.PoolClient> => db('connecting', () => pool.connect());

  try {
    const migrations = await loadMigrations();
    const client = await connect();
    let broken: Error | undefined;
    try {
      await applyMigrations(client, migrations);
    } catch (error) {
      if (isStoreError(error)) throw error;
      broken = error instanceof Error ? error : undefined;
      throw unavailable('migrating the database', error);
    } finally {
      client.release(broken);
    }
  } catch (error) {
    await pool.end();
    throw error;
  }

  // One connection for one piece of work: a failure part-way ends its transaction, and a connection
  // that broke is discarded instead of going back to the pool. With `conflictMeans`, a conflict is
  // reported as the store being unavailable for that; without, it is the caller's to retry.
  async function withClient<T>(conflictMeans: string | undefined, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await connect();
    let broken: Error | undefined;
    try {
      return await work(client);
    } catch (error) {
      broken = await rollback(client);
      throw conflictMeans !== undefined && error instanceof Conflict ? unavailable(conflictMeans, error.cause) : error;
    } finally {
      client.release(broken);
    }
  }

  function read(scope: Scope): Promise<Readonly<KoppelView>> {
    return withClient('reading', async (client) => {
      // Several statements read from one snapshot, all sent in one message, so the view never mixes before and after a commit.
      const snapshot = statementCount(scope) > 1 ? { before: 'begin isolation level repeatable read read only', after: 'commit' } : {};
      return deepFreeze(await db('reading', () => loadView(client, scope, snapshot)));
    });
  }

  // One attempt: load, change a copy, validate, write, commit.
  async function attempt<R>(scope: Scope, change: (draft: KoppelView) => R | Promise<R>, options: UpdateOptions, serializable: boolean): Promise<R> {
    return withClient(undefined, async (client) => {
      const one = serializable ? undefined : singleRecord(scope);
      const before = await db('reading', () => (one
        ? loadLockedRecord(client, one, 'begin isolation level read committed')
        : loadView(client, scope, { before: 'begin isolation level serializable' })));
      const draft = structuredClone(before);
      // Cloned before committing: a result that cannot be cloned fails the update, not follows it.
      const result = structuredClone(await change(draft));
      const changes: ViewChanges = validateChanges(diffView(before, draft));
      const writes = changes.records.length > 0 || changes.audit.length > 0;
      // Only its own row is locked: a change of any other record needs the serializable check.
      if (one && changes.records.some((c) => c.collection !== one.collection || c.id !== one.id)) throw new WiderThanOneRecord();
      // Without a serializable snapshot, a record found missing must still be missing when it is added.
      const added = one && !Object.hasOwn(before[one.collection], one.id) ? one : undefined;
      // Also when nothing changed the transaction commits: a serializable read-only transaction can
      // still be told it saw an inconsistent state, and then its result must not be handed out.
      if (writes) await db('writing and committing (the change may or may not be saved)', () => writeChangesAndCommit(client, changes, options.durable === 'with-next-write', added));
      else await db('reading', () => client.query('commit'));
      if (writes) stats.commits += 1;
      return result;
    });
  }

  async function update<R>(scope: Scope, change: (draft: KoppelView) => R | Promise<R>, options: UpdateOptions = {}): Promise<R> {
    const release = await locks.acquire(scope);
    try {
      let serializable = false;
      for (let attempts = 1; ; attempts++) {
        try {
          return await attempt(scope, change, options, serializable);
        } catch (error) {
          if (error instanceof WiderThanOneRecord && !serializable) {
            serializable = true;
            attempts -= 1;
            continue;
          }
          if (!(error instanceof Conflict)) throw error;
          if (attempts >= maxAttempts) throw new StoreConflictError(attempts, error.cause);
          stats.retries += 1;
          await backoff(attempts);
        }
      }
    } finally {
      release();
    }
  }

  // One statement, no serializable transaction: the primary key alone decides who adds the record.
  async function insertNew<C extends CollectionName>(collection: C, id: string, record: RecordOf<C>, options: UpdateOptions = {}): Promise<boolean> {
    const [valid] = validateChanges({ records: [{ collection, id, after: record }], audit: [] }).records;
    return withClient('writing', async (client) => {
      const added = await db('writing (the record may or may not be saved)', () => insertIfNew(client, collection, id, valid.after, options.durable === 'with-next-write'));
      if (added) stats.commits += 1;
      return added;
    });
  }

  // Removing and the summary line in one transaction: the trail never lacks the line that says what went.
  async function pruneAudit(before: string, summary: (pruned: number) => AuditEvent): Promise<number> {
    return withClient('pruning the audit trail', async (client) => {
      await db('pruning the audit trail', () => client.query('begin'));
      const removed = await db('pruning the audit trail', () => client.query("delete from audit where data->>'at' < $1", [before]));
      const pruned = removed.rowCount ?? 0;
      if (pruned > 0) {
        const line = auditSchema.parse(summary(pruned));
        await db('pruning the audit trail', () => client.query('insert into audit (data) values ($1::jsonb)', [JSON.stringify(line)]));
      }
      await db('pruning the audit trail (it may or may not be saved)', () => client.query('commit'));
      if (pruned > 0) stats.commits += 1;
      return pruned;
    });
  }

  function track<T>(work: Promise<T>): Promise<T> {
    pending.add(work);
    const settled = (): void => void pending.delete(work);
    work.then(settled, settled);
    return work;
  }

  return {
    read: (scope) => track(read(scope)),
    update: (scope, change, options) => track(update(scope, change, options)),
    insertNew: (collection, id, record, options) => track(insertNew(collection, id, record, options)),
    pruneAudit: (before, summary) => track(pruneAudit(before, summary)),
    sql: async (text, values) => {
      try {
        return (await pool.query(text, values)).rows;
      } catch (error) {
        throw unavailable('running a statement', error);
      }
    },
    stats,
    close: async () => {
      await Promise.allSettled([...pending]);
      await pool.end();
    },
  };
}

// Ends a transaction that failed part-way. Returns an error when the connection itself is unusable,
// so the pool discards it instead of handing it to the next unit of work.
async function rollback(client: pg.PoolClient): Promise<Error | undefined> {
  try {
    await client.query('rollback');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
