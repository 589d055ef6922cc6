import { isDeepStrictEqual } from 'node:util';
import type { AuditEvent } from '../domain/audit-event.js';
import { COLLECTIONS, emptyView, type CollectionName, type KoppelView } from './koppel-collections.js';
import type { Scope, Selection } from './koppel-store.js';

// Pure helpers shared by the store implementations: which records a scope selects, and which
// records a unit of work changed.

/** One changed record: `after` undefined means deleted. */
export interface RecordChange {
  collection: CollectionName;
  id: string;
  after: unknown;
}

export interface ViewChanges {
  records: RecordChange[];
  audit: AuditEvent[];
}

/** The ids a selection names, from `idsForKey` for index keys; `all` gives `undefined`. */
export function selectedIds(selection: Selection, idsForKey: (key: string) => Iterable<string>): Set<string> | undefined {
  if (selection === 'all') return undefined;
  const ids = new Set(selection.ids ?? []);
  for (const key of selection.keys ?? []) for (const id of idsForKey(key)) ids.add(id);
  return ids;
}

/** A view over committed collections holding the scoped records only (the records themselves, not copies). */
export function pickView(
  committed: Omit<KoppelView, 'audit'>, scope: Scope, idsForKey: (collection: CollectionName, key: string) => Iterable<string>, audit: readonly AuditEvent[],
): KoppelView {
  const view = emptyView();
  for (const collection of COLLECTIONS) {
    const selection = scope[collection];
    if (selection === undefined) continue;
    const source = committed[collection] as Record<string, unknown>;
    const target = view[collection] as Record<string, unknown>;
    const ids = selectedIds(selection, (key) => idsForKey(collection, key));
    if (ids === undefined) Object.assign(target, source);
    else for (const id of ids) if (Object.hasOwn(source, id)) target[id] = source[id];
  }
  if (scope.audit === 'all') view.audit = [...audit];
  return view;
}

/**
 * What a draft changed against the view it was copied from. Records are compared as stored (JSON),
 * so an update that rewrites a value with the same value is no change and costs no write.
 * Audit is append-only: entries after the loaded ones are new; changing loaded ones is refused.
 */
export function diffView(before: KoppelView, draft: KoppelView): ViewChanges {
  const records: RecordChange[] = [];
  for (const collection of COLLECTIONS) {
    const was = before[collection] as Record<string, unknown>;
    const now = draft[collection] as Record<string, unknown>;
    for (const id of Object.keys(now)) {
      if (!Object.hasOwn(was, id) || !sameAsStored(was[id], now[id])) records.push({ collection, id, after: now[id] });
    }
    for (const id of Object.keys(was)) if (!Object.hasOwn(now, id)) records.push({ collection, id, after: undefined });
  }
  const loaded = before.audit.length;
  if (draft.audit.length < loaded || JSON.stringify(draft.audit.slice(0, loaded)) !== JSON.stringify(before.audit)) {
    throw new Error('the audit trail is append-only: a unit of work may add events, never change or remove them');
  }
  return { records, audit: draft.audit.slice(loaded) };
}

// Compared as stored: as JSON values. The same values with their keys in another order are no
// change (PostgreSQL's jsonb gives keys back in an order of its own, a schema's parse in its own), so
// only text that differs is compared again as values. A value JSON cannot hold (a BigInt, a cycle)
// counts as changed, so that validation names its record and field instead of the comparison
// failing with a bare TypeError.
function sameAsStored(was: unknown, now: unknown): boolean {
  try {
    const stored = JSON.stringify(was);
    const wanted = JSON.stringify(now);
    if (stored === wanted) return true;
    return stored !== undefined && wanted !== undefined && isDeepStrictEqual(JSON.parse(stored), JSON.parse(wanted));
  } catch {
    return false;
  }
}
