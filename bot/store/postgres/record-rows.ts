import type pg from 'pg';
import type { AuditEvent } from '../../domain/audit-event.js';
import { COLLECTIONS, emptyView, indexKeysOf, type CollectionName, type KoppelView } from '../koppel-collections.js';
import type { Scope, Selection } from '../koppel-store.js';
import type { ViewChanges } from '../scoped-view.js';
import { TABLES } from './collection-tables.js';

// Between rows and views: which statement loads a scope, and which statements commit the changes of
// a unit of work. Records travel as one jsonb array per statement, so a unit of work costs a few
// round trips however many records it touches.

/** The statement selecting one collection's share of a scope, or undefined when it selects nothing. */
function selectStatement(collection: CollectionName, selection: Selection): pg.QueryConfig | undefined {
  const table = TABLES[collection];
  if (selection === 'all') return { text: `select id, data from ${table}` };
  const ids = [...(selection.ids ?? [])];
  const keys = [...(selection.keys ?? [])];
  // Only the conditions that can match: the planner then uses the primary key or the GIN index alone.
  if (ids.length > 0 && keys.length > 0) return { text: `select id, data from ${table} where id = any($1) or keys && $2`, values: [ids, keys] };
  if (ids.length > 0) return { text: `select id, data from ${table} where id = any($1)`, values: [ids] };
  if (keys.length > 0) return { text: `select id, data from ${table} where keys && $1`, values: [keys] };
  return undefined;
}

/** The scoped records as a view: collections the scope does not name are empty, audit only for `'all'`. */
export async function loadView(client: pg.ClientBase, scope: Scope): Promise<KoppelView> {
  const view = emptyView();
  for (const collection of COLLECTIONS) {
    const selection = scope[collection];
    if (selection === undefined) continue;
    const statement = selectStatement(collection, selection);
    if (statement === undefined) continue;
    const { rows } = await client.query<{ id: string; data: unknown }>(statement);
    const target = view[collection] as Record<string, unknown>;
    for (const row of rows) target[row.id] = row.data;
  }
  if (scope.audit === 'all') {
    const { rows } = await client.query<{ data: AuditEvent }>('select data from audit order by seq');
    view.audit = rows.map((row) => row.data);
  }
  return view;
}

/** Whether a scope reads more than one statement's worth, so a read needs one snapshot for all of them. */
export function statementCount(scope: Scope): number {
  const collections = COLLECTIONS.filter((c) => scope[c] !== undefined && selectStatement(c, scope[c] as Selection) !== undefined);
  return collections.length + (scope.audit === 'all' ? 1 : 0);
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
