import { AsyncLocalStorage } from 'node:async_hooks';
import type { KoppelView } from './koppel-collections.js';
import type { KoppelStore, Scope } from './koppel-store.js';

// One incoming activity asks the store the same question several times: the adapter asks who the
// person is and in which language, the router asks their language preference, the dialog asks who
// they are again. Within one turn the same scope is read once, until the turn changes something:
// an update (its own, or one made on its behalf) empties what was read. A reply a few milliseconds
// older than a second read is what any read gives under concurrency; on PostgreSQL each saved read
// is a round trip, and a class at once is thousands of them.

interface TurnReadCache {
  readonly views: Map<string, Promise<Readonly<KoppelView>>>;
  open: boolean;
}

const current = new AsyncLocalStorage<TurnReadCache>();

/** Runs the work of one incoming activity; reads through `turnReads` within it are shared. */
export async function withinTurn<T>(work: () => Promise<T>): Promise<T> {
  const cache: TurnReadCache = { views: new Map(), open: true };
  try {
    return await current.run(cache, work);
  } finally {
    // Work the turn started and that outlives it (a message being sent) reads afresh.
    cache.open = false;
    cache.views.clear();
  }
}

/** Work a turn sets going that is not part of it (the outbox's runner): it never shares the turn's reads. */
export function outsideTurn<T>(work: () => T): T {
  return current.exit(work);
}

/** The store, with reads shared within a turn (see withinTurn); outside one it is the store itself. */
export function turnReads(store: KoppelStore): KoppelStore {
  return {
    read: (scope) => {
      const cache = current.getStore();
      if (!cache?.open) return store.read(scope);
      const key = scopeKey(scope);
      const known = cache.views.get(key);
      if (known) return known;
      const view = store.read(scope);
      cache.views.set(key, view);
      // A failed read is not remembered: the next one asks the store again.
      view.catch(() => cache.views.get(key) === view && cache.views.delete(key));
      return view;
    },
    update: async (scope, change, options) => {
      const cache = current.getStore();
      cache?.views.clear();
      try {
        return await store.update(scope, change, options);
      } finally {
        cache?.views.clear();
      }
    },
    insertNew: async (collection, id, record, options) => {
      // Like an update, though only a read of that collection could have changed.
      current.getStore()?.views.clear();
      return store.insertNew(collection, id, record, options);
    },
    pruneAudit: async (before, summary) => {
      // Like an update: what the turn read of the trail may no longer be there.
      current.getStore()?.views.clear();
      return store.pruneAudit(before, summary);
    },
    close: () => store.close(),
  };
}

/** Scopes are built by the same functions each time, so equal scopes serialise alike. */
function scopeKey(scope: Scope): string {
  return JSON.stringify(scope);
}
