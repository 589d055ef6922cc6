import { COLLECTIONS } from '../koppel-collections.js';
import type { Scope } from '../koppel-store.js';

// Units of work of one process that name the same record (by id or index key) queue here instead of
// all starting at once: against PostgreSQL they would conflict, all but one would be rolled back, and
// under a burst on one hot record (a round, a lease) a caller could lose every retry. Across processes
// PostgreSQL's serialization checks and the retries still decide; this only keeps one process from
// fighting itself. A scope of `'all'` queues only behind other `'all'` scopes of that collection.

/** The names a scope locks, sorted so that every caller takes them in the same order (no deadlock). */
export function lockNames(scope: Scope): string[] {
  const names = new Set<string>();
  for (const collection of COLLECTIONS) {
    const selection = scope[collection];
    if (selection === undefined) continue;
    if (selection === 'all') names.add(`${collection}/*`);
    else {
      for (const id of selection.ids ?? []) names.add(`${collection}/id/${id}`);
      for (const key of selection.keys ?? []) names.add(`${collection}/key/${key}`);
    }
  }
  return [...names].sort();
}

export class ScopeLocks {
  readonly #tails = new Map<string, Promise<void>>();

  /** Waits until no earlier caller holds any of the scope's names; returns the release. */
  async acquire(scope: Scope): Promise<() => void> {
    const releases: Array<() => void> = [];
    for (const name of lockNames(scope)) {
      const previous = this.#tails.get(name);
      let release!: () => void;
      const tail = new Promise<void>((resolve) => (release = resolve));
      this.#tails.set(name, tail);
      releases.push(() => {
        release();
        if (this.#tails.get(name) === tail) this.#tails.delete(name);
      });
      // The previous holder's tail resolves when it releases; a chain of waiters forms per name.
      if (previous) await previous;
    }
    return () => releases.forEach((r) => r());
  }
}
