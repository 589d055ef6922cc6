import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../test/support/postgres-server.js';
import { EVERYTHING, openLowdbStore, type KoppelStore } from '../store/index.js';
import { importView } from '../store/postgres/import-view.js';
import { openPostgresStore } from '../store/postgres/index.js';
import { makeTempDir } from '../store/testing/store-test-support.js';
import { DEFAULT_RETENTION } from './retention-policy.js';
import { runRetentionPass } from './retention-pass.js';
import { world } from './testing/retention-world.js';

// Once across restarts and processes: the erased kinds are recorded on the round in the same unit
// of work as the erasure and its audit line.
const AFTER_ALL_PERIODS = new Date('2028-08-02T09:00:00Z');
const pass = (store: KoppelStore) => runRetentionPass({ store, policy: DEFAULT_RETENTION, internshipWeeks: 20, now: () => AFTER_ALL_PERIODS });
const auditLines = async (store: KoppelStore) => (await store.read(EVERYTHING)).audit.filter((e) => e.action === 'retention.erased');

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => server?.stop());

describe('the retention pass, once', () => {
  it('erases once across a restart of a file store', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const file = join(dir, 'koppel.json');
      let store = await openLowdbStore(file, () => world());
      expect((await pass(store)).rounds).toHaveLength(1);
      await store.close();
      store = await openLowdbStore(file);
      expect(await pass(store)).toEqual({ rounds: [], reports: 0, erasureRequests: 0, companies: [], webLinks: 0, auditLines: 0 });
      expect(await auditLines(store)).toHaveLength(1);
      await store.close();
    } finally {
      await cleanup();
    }
  });

  it('erases once when three processes on one PostgreSQL database run the pass at once', async () => {
    const url = await server.createDatabase('retention');
    const stores = await Promise.all([0, 1, 2].map(() => openPostgresStore(url)));
    try {
      await importView(stores[0], world());
      const results = await Promise.all(stores.map((s) => pass(s)));
      expect(results.flatMap((r) => r.rounds)).toHaveLength(1);
      expect(await auditLines(stores[1])).toHaveLength(1);
      expect((await stores[2].read(EVERYTHING)).students.s1.studentNumber).toBe('anoniem');
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('erases a company\'s contacts and prunes the audit trail once when three processes run the pass at once', async () => {
    const url = await server.createDatabase('retention-companies');
    const stores = await Promise.all([0, 1, 2].map(() => openPostgresStore(url)));
    try {
      const data = world();
      data.rounds.r1.status = 'archived';
      Object.assign(data.companies.c1, { contacts: [{ platform: 'teams', userId: 'teams-contact-1' }], contactsSince: '2027-01-05T10:00:00.000Z' });
      data.audit.push({ id: 'old-line', at: '2024-03-01T10:00:00.000Z', actorId: 'coord-1', action: 'round.transition', subjectType: 'round', subjectId: 'r1', detail: {} });
      await importView(stores[0], data);
      // After the company's period (to 2029-07-31) and the old line's (to 2027-07-31).
      const later = (store: KoppelStore) => runRetentionPass({ store, policy: DEFAULT_RETENTION, internshipWeeks: 20, now: () => new Date('2029-08-02T09:00:00Z') });
      const results = await Promise.all(stores.map((s) => later(s)));
      expect(results.flatMap((r) => r.companies)).toEqual(['c1']);
      expect(results.reduce((sum, r) => sum + r.auditLines, 0)).toBe(1);
      const lines = await auditLines(stores[1]);
      expect(lines.filter((e) => e.subjectType === 'company')).toHaveLength(1);
      expect(lines.filter((e) => e.subjectId === 'audit')).toHaveLength(1);
      const after = await stores[2].read(EVERYTHING);
      expect(after.companies.c1.contacts).toEqual([]);
      expect(after.audit.map((e) => e.id)).not.toContain('old-line');
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
