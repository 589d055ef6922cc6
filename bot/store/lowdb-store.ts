import type { Low } from 'lowdb';
import type { AuditEvent } from '../domain/audit-event.js';
import type { KoppelData } from '../koppel-data.js';
import { COLLECTIONS, type CollectionName, type KoppelView } from './koppel-collections.js';
import { byIds, type KoppelStore, type Scope, type UpdateOptions } from './koppel-store.js';
import { Mutex } from './mutex.js';
import { RecordIndex } from './record-index.js';
import { validateChanges } from './record-validation.js';
import { diffView, pickView, type ViewChanges } from './scoped-view.js';
import { deepFreeze } from './deep-freeze.js';
import { auditSchema } from './koppel-collections.js';

export interface EmbeddedStoreOptions {
  /** Holds the whole document; its adapter is where commits go (a JSON file, or memory in tests). */
  db: Low<KoppelData>;
  /** Wraps an adapter failure into the error the caller should see. */
  writeFailed: (cause: unknown) => Error;
}

interface Unwritten {
  undo: () => void;
  settle: (error?: Error) => void;
}

// The embedded store: the whole school in one lowdb document in memory, one process.
// - A unit of work copies, validates and applies only the records of its scope, under a mutex
//   held just for that in-memory work.
// - Group commit: commits applied while the file is being written are written together by the next
//   write, and each caller returns only once a write holding its change is on disk.
// - Reads and later units of work see a change as soon as it is applied, before it is on disk (only
//   its own caller waits for the disk). If a write fails, every change not yet on disk is undone and
//   its caller gets the error; a unit of work that started before that is refused, since it read
//   state that never reached the disk.
export function createEmbeddedStore({ db, writeFailed }: EmbeddedStoreOptions): KoppelStore {
  const data = db.data;
  const mutex = new Mutex();
  const index = new RecordIndex();
  for (const collection of COLLECTIONS) {
    for (const [id, record] of Object.entries(data[collection])) {
      deepFreeze(record);
      index.replace(collection, id, undefined, record);
    }
  }
  deepFreeze(data.audit);
  let unwritten: Unwritten[] = [];
  let writing: Promise<void> | undefined;
  let epoch = 0;

  const view = (scope: Scope): KoppelView => pickView(data, scope, (collection, key) => index.ids(collection, key), data.audit);

  function apply(changes: ViewChanges): () => void {
    const undo: Array<() => void> = [];
    for (const { collection, id, after } of changes.records) {
      const records = data[collection] as Record<string, unknown>;
      const before = records[id];
      if (after === undefined) delete records[id];
      else records[id] = deepFreeze(after);
      index.replace(collection, id, before, after);
      undo.push(() => restore(collection, id, after, before));
    }
    const auditLength = data.audit.length;
    if (changes.audit.length > 0) data.audit = deepFreeze([...data.audit, ...changes.audit]) as AuditEvent[];
    return () => {
      data.audit = data.audit.slice(0, auditLength);
      for (const step of undo.reverse()) step();
    };
  }

  function restore(collection: CollectionName, id: string, current: unknown, before: unknown): void {
    const records = data[collection] as Record<string, unknown>;
    if (before === undefined) delete records[id];
    else records[id] = before;
    index.replace(collection, id, current, before);
  }

  async function writeLoop(): Promise<void> {
    while (unwritten.length > 0) {
      const batch = unwritten;
      unwritten = [];
      try {
        // The adapter encodes the document before its first await: the batch is exactly what it holds.
        await db.write();
        for (const entry of batch) entry.settle();
      } catch (cause) {
        const failed = [...batch, ...unwritten];
        unwritten = [];
        epoch += 1;
        for (const entry of [...failed].reverse()) entry.undo();
        const error = writeFailed(cause);
        for (const entry of failed) entry.settle(error);
      }
    }
    writing = undefined;
  }

  function commit(changes: ViewChanges): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      unwritten.push({ undo: apply(changes), settle: (error) => (error ? reject(error) : resolve()) });
      writing ??= writeLoop();
    });
  }

  const update = async <R>(scope: Scope, change: (draft: KoppelView) => R | Promise<R>, options: UpdateOptions = {}): Promise<R> => {
    const { result, durable } = await mutex.run(async () => {
      const started = epoch;
      const before = view(scope);
      const draft = structuredClone(before);
      // Cloned before committing: a result that cannot be cloned fails the update, not follows it.
      const result = structuredClone(await change(draft));
      const changes = validateChanges(diffView(before, draft));
      if (changes.records.length === 0 && changes.audit.length === 0) return { result, durable: undefined };
      if (started !== epoch) throw writeFailed(new Error('an earlier write failed while this change was being made'));
      return { result, durable: commit(changes) };
    });
    // Committed in memory, seen by every later read and update, and written in the same or an earlier
    // batch than any of them; only a failed write of the file loses it (it is then undone, as are the
    // changes written with it).
    if (options.durable === 'with-next-write') durable?.catch(() => undefined);
    else await durable;
    return result;
  };

  return {
    read: (scope) => Promise.resolve(freezeView(view(scope))),
    update,
    // In memory a unit of work is as cheap as anything else: the adding is an update.
    insertNew: (collection, id, record, options) => update({ [collection]: byIds(id) }, (draft) => {
      const records = draft[collection] as Record<string, unknown>;
      if (Object.hasOwn(records, id)) return false;
      records[id] = record;
      return true;
    }, options),
    pruneAudit: async (before, summary) => {
      const { pruned, durable } = await mutex.run(async () => {
        const kept = data.audit.filter((event) => !(event.at < before));
        const pruned = data.audit.length - kept.length;
        if (pruned === 0) return { pruned, durable: undefined };
        const line = auditSchema.parse(summary(pruned));
        const previous = data.audit;
        data.audit = deepFreeze([...kept, line]) as AuditEvent[];
        // Undone like any unwritten change when the write fails: the trail is as it was.
        const written = new Promise<void>((resolve, reject) => {
          unwritten.push({ undo: () => void (data.audit = previous), settle: (error) => (error ? reject(error) : resolve()) });
          writing ??= writeLoop();
        });
        return { pruned, durable: written };
      });
      await durable;
      return pruned;
    },
    close: async () => {
      await mutex.run(async () => undefined);
      await writing;
    },
  };
}

function freezeView(view: KoppelView): Readonly<KoppelView> {
  for (const collection of COLLECTIONS) Object.freeze(view[collection]);
  Object.freeze(view.audit);
  return Object.freeze(view);
}
