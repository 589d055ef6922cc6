import { randomUUID } from 'node:crypto';

// A Slack button carries at most 2000 characters and a modal's metadata 3000, too little for a
// form with its choices. Such content waits here, in memory, under a short random key. After a
// restart the key is unknown and the person is asked to type the command again (see formExpired).

export interface Parking<T> {
  put(item: T): string;
  get(key: string): T | undefined;
}

export function createParking<T>(options: { maxEntries?: number; ttlMs?: number; now?: () => number } = {}): Parking<T> {
  const maxEntries = options.maxEntries ?? 2000;
  const ttlMs = options.ttlMs ?? 7 * 24 * 3600_000;
  const now = options.now ?? Date.now;
  const items = new Map<string, { item: T; at: number }>();
  return {
    put(item) {
      const key = randomUUID();
      items.set(key, { item, at: now() });
      // A Map keeps insertion order: the first key is the oldest.
      while (items.size > maxEntries) items.delete(items.keys().next().value as string);
      return key;
    },
    get(key) {
      const found = items.get(key);
      if (!found) return undefined;
      if (now() - found.at > ttlMs) {
        items.delete(key);
        return undefined;
      }
      return found.item;
    },
  };
}
