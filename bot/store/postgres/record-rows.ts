import type pg from 'pg';
import type { AuditEvent } from '../../domain/audit-event.js';
import { COLLECTIONS, emptyView, indexKeysOf, type CollectionName, type KoppelView } from '../koppel-collections.js';
import type { Scope, Selection } from '../koppel-store.js';
import type { ViewChanges } from '../scoped-view.js';
import { TABLES } from './collection-tables.js';

// Between rows and views: which statement loads a scope, and which statements commit the changes of
// a unit of work. Records travel as one jsonb array per statement, so a unit of work costs a few
// round trips however many records it touches.

/** The condition selecting one collection's share of a scope (parameters from `first` on), or undefined when it selects nothing. */
function selectCondition(selection: Selection, first: number): { where: string; values: unknown[] } | undefined {
  if (selection === 'all') return { where: 'true', values: [] };
  const ids = [...(selection.ids ?? [])];
  const keys = [...(selection.keys ?? [])];
  // Only the conditions that can match: the planner then uses the primary key or the GIN index alone.
  if (ids.length > 0 && keys.length > 0) return { where: `id = any($${first}) or keys && $${first + 1}`, values: [ids, keys] };
  if (ids.length > 0) return { where: `id = any($${first})`, values: [ids] };
  if (keys.length > 0) return { where: `keys && $${first}`, values: [keys] };
  return undefined;
}

/**
 * One statement for every collection of a scope (`union all` of one select per table): a unit of
 * work's read is one round trip however many collections it names, and, being one statement, it
 * sees one snapshot without a transaction of its own.
 */
function selectStatement(scope: Scope): { statement: pg.QueryConfig; collections: CollectionName[] } | undefined {
  const parts: string[] = [];
  const values: unknown[] = [];
  const collections: CollectionName[] = [];
  for (const collection of COLLECTIONS) {
    const selection = scope[collection];
    if (selection === undefined) continue;
    const condition = selectCondition(selection, values.length + 1);
    if (condition === undefined) continue;
    // Each row says which part (and so which collection) it came from.
    parts.push(`select ${collections.length}::int as c, id, data from ${TABLES[collection]} where ${condition.where}`);
    values.push(...condition.values);
    collections.push(collection);
  }
  return parts.length === 0 ? undefined : { statement: { text: parts.join(' union all '), values }, collections };
}

/** The scoped records as a view: collections the scope does not name are empty, audit only for `'all'`. */
export async function loadView(client: pg.ClientBase, scope: Scope): Promise<KoppelView> {
  const view = emptyView();
  const select = selectStatement(scope);
  if (select !== undefined) {
    const { rows } = await client.query<{ c: number; id: string; data: unknown }>(select.statement);
    for (const row of rows) (view[select.collections[row.c]] as Record<string, unknown>)[row.id] = row.data;
  }
  if (scope.audit === 'all') {
    const { rows } = await client.query<{ data: AuditEvent }>('select data from audit order by seq');
    view.audit = rows.map((row) => row.data);
  }
  return view;
}

/** How many statements a scope's read takes, so a read of more than one needs a snapshot for all of them. */
export function statementCount(scope: Scope): number {
  return (selectStatement(scope) === undefined ? 0 : 1) + (scope.audit === 'all' ? 1 : 0);
}

/** Upserts changed records, deletes removed ones and appends audit events, in the caller's transaction. */
export async function writeChanges(client: pg.ClientBase, changes: ViewChanges): Promise<void> {
  for (const collection of COLLECTIONS) {
    const table = TABLES[collection];
    const mine = changes.records.filter((c) => c.collection === collection);
    const removed = mine.filter((c) => c.after === undefined).map((c) => c.id);
    const written = mine
      .filter((c) => c.after !== undefined)
      .map((c) => ({ id: c.id, keys: indexKeysOf(collection, c.after as never, c.id), data: c.after }));
    if (removed.length > 0) await client.query(`delete from ${table} where id = any($1)`, [removed]);
    if (written.length > 0) {
      await client.query(
        `insert into ${table} (id, keys, data)
         select r->>'id', array(select jsonb_array_elements_text(r->'keys')), r->'data' from jsonb_array_elements($1::jsonb) r
         on conflict (id) do update set keys = excluded.keys, data = excluded.data`,
        [JSON.stringify(written)],
      );
    }
  }
  if (changes.audit.length > 0) {
    // In the order the unit of work appended them: seq follows the ordinality.
    await client.query(
      'insert into audit (data) select e from jsonb_array_elements($1::jsonb) with ordinality as a(e, n) order by n',
      [JSON.stringify(changes.audit)],
    );
  }
}
