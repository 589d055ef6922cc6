import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../test/support/postgres-server.js';
import { releasedFollowUp } from '../follow-up/testing/follow-up-harness.js';
import { EVERYTHING } from '../store/index.js';
import { importView } from '../store/postgres/import-view.js';
import { openPostgresStore } from '../store/postgres/index.js';
import { createEvaluationService } from './evaluation-service.js';

// The follow-up harness's internships start on 2027-02-15; twenty weeks later they end.
const ENDED = new Date('2027-07-05T09:00:00+02:00');

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => server?.stop());

describe('the evaluation schedule', () => {
  it('asks nothing before the internship ends or two weeks after, and each side once when it is due', async () => {
    const h = await releasedFollowUp();
    const at = (when: string) => createEvaluationService({ store: h.store, now: () => new Date(when), internshipWeeks: 20 });
    expect(await at('2027-07-04T12:00:00+02:00').askDue()).toBe(0);
    expect(await at('2027-07-19T12:00:00+02:00').askDue()).toBe(0);
    const placements = Object.keys((await h.view()).placements).length;
    expect(await at(ENDED.toISOString()).askDue()).toBe(2 * placements);
    expect(await at('2027-07-06T12:00:00+02:00').askDue()).toBe(0);
  });

  it('asks each side once when three processes on one PostgreSQL database run the pass at once', async () => {
    const h = await releasedFollowUp();
    const url = await server.createDatabase('evaluations');
    const stores = await Promise.all([0, 1, 2].map(() => openPostgresStore(url)));
    try {
      await importView(stores[0], await h.view());
      const asked = await Promise.all(stores.map((store) => createEvaluationService({ store, now: () => ENDED, internshipWeeks: 20 }).askDue()));
      const placements = Object.keys((await h.view()).placements).length;
      expect(asked.reduce((a, b) => a + b, 0)).toBe(2 * placements);
      const view = await stores[2].read(EVERYTHING);
      expect(Object.keys(view.evaluations)).toHaveLength(2 * placements);
      // One message per student and per company contact, whoever planned it.
      expect(Object.values(view.outbox).filter((e) => e.kind === 'evaluation')).toHaveLength(2 * placements);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
