import type pg from 'pg';
import { COLLECTIONS, indexKeysOf } from '../koppel-collections.js';
import { TABLES } from './collection-tables.js';

/**
 * Recomputes every record's index keys from its data and rewrites the rows whose keys differ; returns
 * how many changed. Needed once after indexKeysOf changes (a migration requests it, see
 * migrations/001-tables.sql); runs inside the caller's transaction.
 */
export async function reindex(client: pg.ClientBase): Promise<number> {
  let changed = 0;
  for (const collection of COLLECTIONS) {
    const table = TABLES[collection];
    const { rows } = await client.query<{ id: string; keys: string[]; data: unknown }>(`select id, keys, data from ${table}`);
    const stale = rows
      .map((row) => ({ id: row.id, was: row.keys, keys: indexKeysOf(collection, row.data as never, row.id) }))
      .filter((row) => JSON.stringify(row.was) !== JSON.stringify(row.keys));
    if (stale.length === 0) continue;
    await client.query(
      `update ${table} t set keys = array(select jsonb_array_elements_text(r->'keys'))
       from jsonb_array_elements($1::jsonb) r where t.id = r->>'id'`,
      [JSON.stringify(stale.map(({ id, keys }) => ({ id, keys })))],
    );
    changed += stale.length;
  }
  return changed;
}
