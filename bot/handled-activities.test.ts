import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../test/support/postgres-server.js';
import { createHandledActivities, handledActivityId } from './handled-activities.js';
import { EVERYTHING, openMemoryKoppelStore, type KoppelStore } from './store/index.js';
import { openPostgresStore } from './store/postgres/index.js';

// One activity is taken on once, also by two Koppel processes on one database at the same moment.

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => server?.stop());

const ref = { platform: 'teams' as const, conversationId: 'a:1kt', activityId: 'f:2985c764' };

async function behaves(stores: KoppelStore[]) {
  const clock = { now: new Date('2027-01-10T10:30:00Z') };
  const ledgers = stores.map((s) => createHandledActivities({ store: s, now: () => clock.now }));
  const claims = await Promise.all([0, 1, 2, 3].map((i) => ledgers[i % ledgers.length].claim(ref)));
  expect(claims.filter(Boolean)).toHaveLength(1);
  // Another conversation's activity with the same id is another activity.
  expect(await ledgers[0].claim({ ...ref, conversationId: 'a:other' })).toBe(true);
  await ledgers[0].release(ref);
  expect(await ledgers[ledgers.length - 1].claim(ref)).toBe(true);
  clock.now = new Date(clock.now.getTime() + 25 * 60 * 60 * 1000);
  expect(await ledgers[0].prune()).toBe(2);
  expect((await stores[0].read(EVERYTHING)).handledActivities).toEqual({});
  expect(await ledgers[0].claim(ref)).toBe(true);
}

describe('handled activities', () => {
  it('are claimed once in the file store', async () => {
    await behaves([openMemoryKoppelStore()]);
  });

  it('are claimed once by two processes on PostgreSQL (migration 004)', async () => {
    const url = await server.createDatabase('handled');
    const stores = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    try {
      await behaves(stores);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('are stored by a hash: no conversation or activity id in the record', () => {
    expect(handledActivityId(ref)).toMatch(/^teams:[A-Za-z0-9_-]{32}$/);
    expect(handledActivityId(ref)).not.toContain('2985c764');
  });
});
