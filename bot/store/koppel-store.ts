import type { KoppelView } from './koppel-collections.js';
import type { CollectionName } from './koppel-collections.js';
import type { AuditEvent } from '../domain/audit-event.js';

/**
 * Which records of one collection a unit of work reads: all of them (for rare, school-wide work),
 * records by id, or records by an index key (e.g. `round:R1`, `identity:teams:29:abc`; see
 * `koppel-collections.ts`). Ids and keys together select the union.
 */
export type Selection = 'all' | { readonly ids?: readonly string[]; readonly keys?: readonly string[] };

/** What a unit of work reads and may change: collections it does not name are empty in its view. */
export type Scope = { readonly [C in CollectionName]?: Selection } & {
  /** The audit trail is append-only: every unit of work may append; only `'all'` reads the history. */
  readonly audit?: 'all';
};

/**
 * The store port. A service names what it reads and changes; a unit of work covers only that, so
 * thousands of students answering at once never wait for each other or for the whole school.
 *
 * - `read` returns a frozen snapshot of the scoped records.
 * - `update` runs `change` on a private copy of the scoped records. Only when it succeeds are the
 *   records it changed validated (zod) and committed, all or nothing; if it throws, nothing is
 *   written. A change that alters nothing writes nothing. The result is structured-cloned. An
 *   implementation may run `change` more than once (PostgreSQL retries a serialization conflict),
 *   so it must act only on the draft.
 * - `update` with `{ durable: 'with-next-write' }` returns once the change is committed and seen by
 *   every later read and update, without waiting for it to reach the disk: it is written no later
 *   than any change made after it (lowdb: the next write of the file; PostgreSQL: a commit that does
 *   not wait for its WAL flush, which any later waiting commit brings along). For
 *   a marker whose loss in a crash costs nothing that was not lost with it, such as the claim of an
 *   incoming activity before any work is done.
 */
export interface UpdateOptions {
  durable?: 'before-return' | 'with-next-write';
}

/** One record of a collection, as a unit of work sees it. */
export type RecordOf<C extends CollectionName> = KoppelView[C][string];

export interface KoppelStore {
  read(scope: Scope): Promise<Readonly<KoppelView>>;
  update<R>(scope: Scope, change: (draft: KoppelView) => R | Promise<R>, options?: UpdateOptions): Promise<R>;
  /**
   * Adds `record` under `id` unless the collection holds a record with that id: true when it was
   * added, false (and nothing written) when one was there. Validated like any change. The same as an
   * update that adds the record when it is missing, but on PostgreSQL one statement instead of a
   * transaction of two round trips: for a marker taken on every turn, such as the claim of an
   * incoming activity. `options` as for update.
   */
  insertNew<C extends CollectionName>(collection: C, id: string, record: RecordOf<C>, options?: UpdateOptions): Promise<boolean>;
  /**
   * The one way audit lines leave the trail, for the retention pass: removes every line whose `at`
   * (an ISO moment in UTC, as appendAudit writes it) sorts before `before`, and appends the line
   * `summary` makes of how many went, all or nothing. Nothing to remove writes nothing. Returns the count.
   */
  pruneAudit(before: string, summary: (pruned: number) => AuditEvent): Promise<number>;
  /** Waits for pending writes and releases files or connections. */
  close(): Promise<void>;
}

/** Everything: for tests, imports and rare school-wide work, never on a student's turn. */
export const EVERYTHING: Scope = {
  rounds: 'all', students: 'all', companies: 'all', offers: 'all', matches: 'all', conversations: 'all', preferences: 'all',
  inviteCodes: 'all', matchRuns: 'all', outbox: 'all', liveMessages: 'all', sentNotifications: 'all', leases: 'all', waiting: 'all', placements: 'all', rematches: 'all', handledActivities: 'all', webLinks: 'all',
  reports: 'all', reportLinks: 'all', checkIns: 'all', contactMoments: 'all', evaluations: 'all', erasureRequests: 'all', audit: 'all',
};

export const byIds = (...ids: Array<string | undefined>): Selection => ({ ids: ids.filter((id): id is string => id !== undefined) });
export const byKeys = (...keys: string[]): Selection => ({ keys });
