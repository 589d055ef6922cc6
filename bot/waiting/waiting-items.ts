import { randomUUID } from 'node:crypto';
import type { z } from 'zod/v4';
import { WaitingItem } from '../koppel-data.js';
import { byIds, byKeys, type KoppelStore } from '../store/index.js';
import { waitingKindKey, waitingOwnerKey } from '../store/koppel-collections.js';

// What waits for a person's next request lives in the store, not in one process's memory: behind a
// load balancer that request may reach another Koppel process, and a restart loses nothing. Each
// item belongs to one platform user, expires, and is found only under its unguessable key. Its
// payload is checked with the reader's own schema when put and again when read: a payload that no
// longer parses (say, written by an older version) counts as expired, and the person asks again.

export type WaitingKind = WaitingItem['kind'];
type Json = WaitingItem['payload'];

export interface WaitingPolicy {
  ttlMs: number;
  /**
   * At most this many per owner and kind; the oldest goes first. This bounds what one person (or a
   * loop) can make the store hold between two prunes.
   */
  maxPerOwner: number;
}

export const WAITING_POLICY: { readonly [K in WaitingKind]: WaitingPolicy } = {
  // A form stays usable from its message for a week, as it did in memory.
  'slack-form': { ttlMs: 7 * 24 * 3600_000, maxPerOwner: 50 },
  'slack-modal': { ttlMs: 7 * 24 * 3600_000, maxPerOwner: 50 },
  // Exported files and received CSVs are large and only wait for an answer given right away.
  'file-offer': { ttlMs: 30 * 60_000, maxPerOwner: 10 },
  'received-file': { ttlMs: 30 * 60_000, maxPerOwner: 10 },
};

/** One kind of waiting item, read and written through its payload schema. */
export interface WaitingShelf<T> {
  /** Keeps `payload` for `ownerId`; returns its key. A payload the schema refuses is a programming error and throws. */
  put(ownerId: string, payload: T): Promise<string>;
  /** The payload, left in place; undefined when unknown, expired, someone else's or unreadable. */
  peek(key: unknown, ownerId: string): Promise<T | undefined>;
  /** The payload, removed: whoever comes second (on any process) gets undefined. */
  take(key: unknown, ownerId: string): Promise<T | undefined>;
}

export interface WaitingItems {
  shelf<T>(kind: WaitingKind, schema: z.ZodType<T>): WaitingShelf<T>;
  /** Deletes every expired item; returns how many. */
  prune(): Promise<number>;
}

// Keys are randomUUIDs; anything longer is not a key and never reaches the store.
const MAX_KEY_LENGTH = 100;
const validKey = (key: unknown): key is string => typeof key === 'string' && key.length > 0 && key.length <= MAX_KEY_LENGTH;

export interface WaitingItemsOptions {
  store: KoppelStore;
  now: () => Date;
  /** How long each kind waits and how many one person may have waiting (default WAITING_POLICY). */
  policy?: { readonly [K in WaitingKind]: WaitingPolicy };
}

export function createWaitingItems({ store, now, policy = WAITING_POLICY }: WaitingItemsOptions): WaitingItems {
  const expired = (item: WaitingItem, at: Date) => Date.parse(item.expiresAt) <= at.getTime();

  function shelf<T>(kind: WaitingKind, schema: z.ZodType<T>): WaitingShelf<T> {
    const { ttlMs, maxPerOwner } = policy[kind];
    const readable = (item: WaitingItem | undefined, ownerId: string, at: Date): T | undefined => {
      if (!item || item.kind !== kind || item.ownerId !== ownerId || expired(item, at)) return undefined;
      const parsed = schema.safeParse(item.payload);
      return parsed.success ? parsed.data : undefined;
    };
    return {
      async put(ownerId, payload) {
        // As JSON, the way it will be read back (an absent optional field and `undefined` alike);
        // the store checks the record, payload included, before it commits.
        const checked = JSON.parse(JSON.stringify(schema.parse(payload))) as Json;
        const key = randomUUID();
        // The new key is in the scope too: a unit of work writes only records it selected.
        await store.update({ waiting: { ids: [key], keys: [waitingOwnerKey(kind, ownerId)] } }, (draft) => {
          const at = now();
          const current: Array<[string, WaitingItem]> = [];
          for (const [id, item] of Object.entries(draft.waiting)) {
            if (expired(item, at)) delete draft.waiting[id];
            else current.push([id, item]);
          }
          current.sort(([, a], [, b]) => a.createdAt.localeCompare(b.createdAt));
          for (const [id] of current.slice(0, Math.max(0, current.length + 1 - maxPerOwner))) delete draft.waiting[id];
          draft.waiting[key] = { kind, ownerId, payload: checked, createdAt: at.toISOString(), expiresAt: new Date(at.getTime() + ttlMs).toISOString() };
        });
        return key;
      },
      async peek(key, ownerId) {
        if (!validKey(key)) return undefined;
        return readable((await store.read({ waiting: byIds(key) })).waiting[key], ownerId, now());
      },
      async take(key, ownerId) {
        if (!validKey(key)) return undefined;
        return store.update({ waiting: byIds(key) }, (draft) => {
          const item = draft.waiting[key];
          if (!item || item.kind !== kind || item.ownerId !== ownerId) return undefined;
          // Taken, or unusable (expired, unreadable): either way it is gone now.
          delete draft.waiting[key];
          return readable(item, ownerId, now());
        });
      },
    };
  }

  return {
    shelf,
    async prune() {
      const kinds = Object.keys(policy) as WaitingKind[];
      const seen = await store.read({ waiting: byKeys(...kinds.map(waitingKindKey)) });
      const at = now();
      const ids = Object.entries(seen.waiting).filter(([, item]) => expired(item, at)).map(([id]) => id);
      if (ids.length === 0) return 0;
      // Only the expired ones are locked and deleted, so puts and takes of others never wait for this.
      return store.update({ waiting: byIds(...ids) }, (draft) => {
        let deleted = 0;
        for (const [id, item] of Object.entries(draft.waiting)) {
          if (expired(item, at)) {
            delete draft.waiting[id];
            deleted += 1;
          }
        }
        return deleted;
      });
    },
  };
}
