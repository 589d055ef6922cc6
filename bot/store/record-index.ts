import { COLLECTIONS, indexKeysOf, type CollectionName } from './koppel-collections.js';

// In-memory index keys → ids per collection, kept beside the embedded store's document so that a
// unit of work selecting `round:R1` or `identity:teams:abc` never scans a whole school.
export class RecordIndex {
  readonly #byCollection = new Map<CollectionName, Map<string, Set<string>>>(COLLECTIONS.map((c) => [c, new Map()]));

  ids(collection: CollectionName, key: string): Iterable<string> {
    return this.#byCollection.get(collection)?.get(key) ?? [];
  }

  /** Moves a record's entries from what it was to what it is (either may be absent). */
  replace(collection: CollectionName, id: string, before: unknown, after: unknown): void {
    const index = this.#byCollection.get(collection) as Map<string, Set<string>>;
    if (before !== undefined) {
      for (const key of indexKeysOf(collection, before as never, id)) {
        const ids = index.get(key);
        ids?.delete(id);
        if (ids?.size === 0) index.delete(key);
      }
    }
    if (after !== undefined) {
      for (const key of indexKeysOf(collection, after as never, id)) {
        let ids = index.get(key);
        if (!ids) index.set(key, (ids = new Set()));
        ids.add(id);
      }
    }
  }
}
