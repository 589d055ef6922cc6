import { Low, Memory } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { emptyKoppelData, KOPPEL_DATA_VERSION, type KoppelData } from '../koppel-data.js';
import { byIds } from './koppel-store.js';
import type { KoppelView } from './koppel-collections.js';
import { createEmbeddedStore } from './lowdb-store.js';

// An activity's claim need not wait for the disk before the turn goes on; it is written no later
// than anything changed after it. Writes here wait until the test lets them through.
function gatedStore() {
  const written: string[][] = [];
  const gates: Array<() => void> = [];
  class GatedMemory extends Memory<KoppelData> {
    override async write(data: KoppelData): Promise<void> {
      const ids = Object.keys(data.handledActivities).sort();
      await new Promise<void>((resolve) => gates.push(resolve));
      written.push(ids);
      await super.write(data);
    }
  }
  const db = new Low<KoppelData>(new GatedMemory(), { ...emptyKoppelData(), schemaVersion: KOPPEL_DATA_VERSION });
  const store = createEmbeddedStore({ db, writeFailed: (cause) => (cause instanceof Error ? cause : new Error(String(cause))) });
  const openGates = () => { for (const gate of gates.splice(0)) gate(); };
  return { store, written, openGates, waiting: () => gates.length };
}

const claim = (id: string) => (draft: KoppelView) => {
  draft.handledActivities[id] = { platform: 'teams', handledAt: '2027-01-10T10:00:00.000Z' };
  return true;
};

describe('a change written with the next write', () => {
  it('returns before the file is written, is seen at once, and reaches the file no later than a change after it', async () => {
    const { store, written, openGates, waiting } = gatedStore();
    // Returns although the write of the file is held.
    expect(await store.update({ handledActivities: byIds('teams:a') }, claim('teams:a'), { durable: 'with-next-write' })).toBe(true);
    expect(waiting()).toBe(1);
    expect(Object.keys((await store.read({ handledActivities: byIds('teams:a') })).handledActivities)).toEqual(['teams:a']);
    // A change after it waits for the disk, and the claim is on disk by then.
    let later = false;
    const after = store.update({ handledActivities: byIds('teams:b') }, claim('teams:b')).then(() => { later = true; });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(later).toBe(false);
    while (!later) {
      openGates();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await after;
    expect(written.at(-1)).toEqual(['teams:a', 'teams:b']);
    expect(written[0]).toContain('teams:a');
  });

  it('is the default of no one: an ordinary change waits for the disk', async () => {
    const { store, openGates } = gatedStore();
    let done = false;
    const update = store.update({ handledActivities: byIds('teams:c') }, claim('teams:c')).then(() => { done = true; });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    openGates();
    await update;
    expect(done).toBe(true);
  });
});
