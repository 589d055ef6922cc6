import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { DocumentStore } from './document-store.js';
import { openFileStore } from './file-store.js';
import { openMemoryStore } from './memory-store.js';
import { COUNTER_VERSION, CounterSchema, initialCounter, makeTempDir, pause, type CounterDoc } from './store-test-support.js';

const CALLERS = 200;

// Every change reads, yields, then writes: without serialization most increments would be lost.
async function hammer(store: DocumentStore<CounterDoc>): Promise<number[]> {
  return Promise.all(
    Array.from({ length: CALLERS }, (_, i) =>
      store.update(async (draft) => {
        const seen = draft.counter;
        await pause();
        draft.counter = seen + 1;
        draft.byKey[`user-${i}`] = i;
        draft.byKey.shared = (draft.byKey.shared ?? 0) + 1;
        return draft.counter;
      }),
    ),
  );
}

function expectNothingLost(doc: Readonly<CounterDoc>, results: number[]): void {
  expect(doc.counter).toBe(CALLERS);
  expect(doc.byKey.shared).toBe(CALLERS);
  for (let i = 0; i < CALLERS; i++) expect(doc.byKey[`user-${i}`]).toBe(i);
  // Each caller saw its own step of the counter: nothing twice.
  expect([...results].sort((a, b) => a - b)).toEqual(Array.from({ length: CALLERS }, (_, i) => i + 1));
}

describe('concurrent updates', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  it('lose nothing on the file store, also after reopening from disk', async () => {
    const options = { file: join(dir, 'data', 'koppel.json'), schema: CounterSchema, initial: initialCounter, currentVersion: COUNTER_VERSION, migrations: {} };
    const store = await openFileStore(options);
    const results = await hammer(store);
    expectNothingLost(await store.read(), results);

    const reopened = await openFileStore(options);
    expectNothingLost(await reopened.read(), results);
  });

  it('lose nothing on the memory store', async () => {
    const store = openMemoryStore({ schema: CounterSchema, initial: initialCounter });
    const results = await hammer(store);
    expectNothingLost(await store.read(), results);
  });

  it('keep going after some of the concurrent changes fail', async () => {
    const store = openMemoryStore({ schema: CounterSchema, initial: initialCounter });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        store.update(async (draft) => {
          draft.counter += 1;
          await pause();
          if (i % 5 === 0) throw new Error(`caller ${i} gives up`);
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(10);
    expect((await store.read()).counter).toBe(40);
  });
});
