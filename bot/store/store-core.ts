import type { Low } from 'lowdb';
import type { DocumentStore } from './document-store.js';
import { Mutex } from './mutex.js';

export interface StoreCoreOptions<T> {
  /** Holds the committed document; its adapter is where commits go. */
  db: Low<T>;
  /** Returns the document to commit, or throws a StoreError; called before every write. */
  check: (draft: T) => T;
  /** Wraps an adapter failure into the error the caller should see. */
  writeFailed: (cause: unknown) => Error;
}

// The semantics shared by every store: one update at a time, work on a clone, validate,
// write, and only then replace the committed document.
export function createStoreCore<T>({ db, check, writeFailed }: StoreCoreOptions<T>): DocumentStore<T> {
  const mutex = new Mutex();
  deepFreeze(db.data);

  async function commit(next: T): Promise<void> {
    const previous = db.data;
    db.data = deepFreeze(next);
    try {
      await db.write();
    } catch (error) {
      db.data = previous;
      throw writeFailed(error);
    }
  }

  return {
    read: () => Promise.resolve(db.data),
    update: <R>(change: (draft: T) => R | Promise<R>) =>
      mutex.run(async () => {
        const draft = structuredClone(db.data);
        // Cloned before the commit: a result that cannot be cloned must fail the update, not follow it.
        const result = structuredClone(await change(draft));
        await commit(check(draft));
        return result;
      }),
  };
}

// Frozen committed state turns an accidental `(await store.read()).x = 1` into a TypeError in
// strict mode instead of a silent change that the next update would save.
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
