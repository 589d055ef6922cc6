import pg from 'pg';
import type { AuditEvent } from '../../domain/audit-event.js';
import { COLLECTIONS, emptyView, indexKeysOf, type CollectionName, type KoppelView } from '../koppel-collections.js';
import type { Scope, Selection } from '../koppel-store.js';
import type { ViewChanges } from '../scoped-view.js';
import { TABLES } from './collection-tables.js';

// Between rows and views: which statements load a scope, and which commit the changes of a unit of
// work. Records travel as one jsonb array per statement, and values are written into the statements
// as escaped literals (pg.escapeLiteral), so that several statements go to the server in one message:
// a read is one round trip, a unit of work two (begin with its read, then its writes with the commit).

const literal = (value: string): string => pg.escapeLiteral(value);
const textArray = (values: readonly string[]): string => (values.length === 0 ? `'{}'::text[]` : `array[${values.map(literal).join(',')}]::text[]`);

/** The condition selecting one collection's share of a scope, or undefined when it selects nothing. */
function selectCondition(selection: Selection): string | undefined {
  if (selection === 'all') return 'true';
  const ids = [...(selection.ids ?? [])];
  const keys = [...(selection.keys ?? [])];
  // Only the conditions that can match: the planner then uses the primary key or the GIN index alone.
  if (ids.length > 0 && keys.length > 0) return `id = any(${textArray(ids)}) or keys && ${textArray(keys)}`;
  if (ids.length > 0) return `id = any(${textArray(ids)})`;
  if (keys.length > 0) return `keys && ${textArray(keys)}`;
  return undefined;
}

/**
 * One statement for every collection of a scope (`union all` of one select per table), so the
 * records of a scope come from one snapshot and one round trip.
 */
function selectStatement(scope: Scope): { text: string; collections: CollectionName[] } | undefined {
  const parts: string[] = [];
  const collections: CollectionName[] = [];
  for (const collection of COLLECTIONS) {
    const selection = scope[collection];
    if (selection === undefined) continue;
    const condition = selectCondition(selection);
    if (condition === undefined) continue;
    // Each row says which part (and so which collection) it came from.
    parts.push(`select ${collections.length}::int as c, id, data from ${TABLES[collection]} where ${condition}`);
    collections.push(collection);
  }
  return parts.length === 0 ? undefined : { text: parts.join(' union all '), collections };
}

const AUDIT = 'select data from audit order by seq';

/**
 * The one record a scope names by id, when it names exactly one and nothing else. Such a unit of
 * work needs no serializable snapshot: it reads the row's latest version and locks it (read
 * committed, select ... for update, which waits for a unit of work holding it), and a row that was
 * missing and is inserted meanwhile makes its own insert fail on the key, so it runs again. A
 * serializable read of a missing row locks a range of the table (on a small table all of it), and
 * a class's first turns, each adding its own row, would then all conflict with each other. One
 * that changes another record as well runs again as a serializable unit of work (postgres-store.ts).
 */
export function singleRecord(scope: Scope): { collection: CollectionName; id: string } | undefined {
  if (scope.audit !== undefined) return undefined;
  const named = COLLECTIONS.filter((collection) => scope[collection] !== undefined);
  if (named.length !== 1) return undefined;
  const selection = scope[named[0]]!;
  if (selection === 'all' || (selection.keys?.length ?? 0) > 0 || selection.ids?.length !== 1) return undefined;
  return { collection: named[0], id: selection.ids[0] };
}

/** Reads the one record of a scope (see singleRecord) and locks its row until the transaction ends: one message. */
export async function loadLockedRecord(client: pg.ClientBase, record: { collection: CollectionName; id: string }, before: string): Promise<KoppelView> {
  const view = emptyView();
  const sent = await client.query(`${before};\nselect data from ${TABLES[record.collection]} where id = ${literal(record.id)} for update`);
  const rows = ((Array.isArray(sent) ? sent : [sent]) as pg.QueryResult[])[1].rows as Array<{ data: unknown }>;
  if (rows.length > 0) (view[record.collection] as Record<string, unknown>)[record.id] = rows[0].data;
  return view;
}

/**
 * The scoped records as a view: collections the scope does not name are empty, audit only for
 * `'all'`. `before` and `after` are statements sent in the same message (e.g. begin and commit).
 */
export async function loadView(client: pg.ClientBase, scope: Scope, around: { before?: string; after?: string } = {}): Promise<KoppelView> {
  const view = emptyView();
  const select = selectStatement(scope);
  const statements = [around.before, select?.text, scope.audit === 'all' ? AUDIT : undefined, around.after].filter((s): s is string => s !== undefined);
  if (statements.length === 0) return view;
  const sent = await client.query(statements.join(';\n'));
  // One statement gives one result, several an array of them in order.
  const results = (Array.isArray(sent) ? sent : [sent]) as pg.QueryResult[];
  const offset = around.before === undefined ? 0 : 1;
  if (select !== undefined) {
    for (const row of results[offset].rows as Array<{ c: number; id: string; data: unknown }>) (view[select.collections[row.c]] as Record<string, unknown>)[row.id] = row.data;
  }
  if (scope.audit === 'all') view.audit = (results[offset + (select ? 1 : 0)].rows as Array<{ data: AuditEvent }>).map((row) => row.data);
  return view;
}

/** How many statements a scope's read takes, so a read of more than one needs a snapshot for all of them. */
export function statementCount(scope: Scope): number {
  return (selectStatement(scope) === undefined ? 0 : 1) + (scope.audit === 'all' ? 1 : 0);
}

/**
 * Inserts one validated record unless its id is taken, as one message: true when it was inserted.
 * `flushLater` as for writeChangesAndCommit (then wrapped in its own transaction, which
 * `set local` needs). The primary key decides between concurrent callers.
 */
export async function insertIfNew(client: pg.ClientBase, collection: CollectionName, id: string, record: unknown, flushLater = false): Promise<boolean> {
  const keys = indexKeysOf(collection, record as never, id);
  const insert = `insert into ${TABLES[collection]} (id, keys, data) values (${literal(id)}, ${textArray(keys)}, ${literal(JSON.stringify(record))}::jsonb) on conflict (id) do nothing`;
  const statements = flushLater ? ['begin', 'set local synchronous_commit to off', insert, 'commit'] : [insert];
  const sent = await client.query(statements.join(';\n'));
  const results = (Array.isArray(sent) ? sent : [sent]) as pg.QueryResult[];
  return (results[flushLater ? 2 : 0].rowCount ?? 0) === 1;
}

/**
 * Upserts changed records, deletes removed ones and appends audit events, then commits: one message.
 * `flushLater`: the commit returns before its WAL is flushed (synchronous_commit off for this
 * transaction only); WAL is written in order, so any later commit that waits for the disk brings it along.
 */
export async function writeChangesAndCommit(client: pg.ClientBase, changes: ViewChanges, flushLater = false, added?: { collection: CollectionName; id: string }): Promise<void> {
  const statements: string[] = flushLater ? ['set local synchronous_commit to off'] : [];
  for (const collection of COLLECTIONS) {
    const table = TABLES[collection];
    const mine = changes.records.filter((c) => c.collection === collection);
    const removed = mine.filter((c) => c.after === undefined).map((c) => c.id);
    const written = mine
      .filter((c) => c.after !== undefined)
      .map((c) => ({ id: c.id, keys: indexKeysOf(collection, c.after as never, c.id), data: c.after }));
    if (removed.length > 0) statements.push(`delete from ${table} where id = any(${textArray(removed)})`);
    if (written.length > 0) {
      // A record the unit of work found missing (`added`) is inserted without `on conflict`: if
      // another unit of work added it meanwhile, the key refuses it and this one runs again.
      const upsert = !(added?.collection === collection && written.length === 1 && written[0].id === added.id);
      statements.push(`insert into ${table} (id, keys, data)
         select r->>'id', array(select jsonb_array_elements_text(r->'keys')), r->'data' from jsonb_array_elements(${literal(JSON.stringify(written))}::jsonb) r
         ${upsert ? 'on conflict (id) do update set keys = excluded.keys, data = excluded.data' : ''}`);
    }
  }
  if (changes.audit.length > 0) {
    // In the order the unit of work appended them: seq follows the ordinality.
    statements.push(`insert into audit (data) select e from jsonb_array_elements(${literal(JSON.stringify(changes.audit))}::jsonb) with ordinality as a(e, n) order by n`);
  }
  statements.push('commit');
  await client.query(statements.join(';\n'));
}
