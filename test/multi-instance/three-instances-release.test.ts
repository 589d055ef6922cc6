import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseWithInstances } from '../../bench/release/multi-instance-release.js';
import { startPostgres, type PostgresServer } from '../support/postgres-server.js';

// Three Koppel processes on one PostgreSQL database release a round of 300 students; the one that
// is sending is killed with SIGKILL halfway. The two survivors must finish, with nothing sent twice
// and nothing lost (a message in doubt after the kill is listed for review, never resent).
describe('three instances, one release', () => {
  let server: PostgresServer;
  beforeAll(async () => (server = await startPostgres()));
  afterAll(() => server?.stop());

  it('survives SIGKILL of the sender: 0 duplicates, 0 lost, the survivors finish', { timeout: 180_000 }, async () => {
    const result = await releaseWithInstances({
      databaseUrl: await server.createDatabase('three_instances'),
      size: { students: 300, companies: 40, coordinators: 3 },
      instances: 3, perSecond: 40, leaseMs: 3000, timeoutMs: 150_000,
      failures: { 429: 0.02, 502: 0.01 },
    });
    expect(result.killedAfter, 'the sending process was killed halfway').toBeDefined();
    const killed = result.runs.filter((run) => run.killed);
    expect(killed).toHaveLength(1);
    // The survivors exit by themselves once nothing is left to send by anyone.
    expect(result.runs.filter((run) => !run.killed && run.result !== undefined)).toHaveLength(2);
    expect(result.figures.duplicates).toBe(0);
    expect(result.figures.lostCards).toBe(0);
    expect(result.figures.lostMessages).toBe(0);
    expect(result.figures.cardsUpdated).toBe(300);
    // One sender at a time: three processes sending at 40/s each would run into the connector's 50/s again and again.
    expect(result.rateLimited).toBeLessThan(result.messages * 0.02);
    // A survivor that took over found the killed sender's claims: its messages in doubt went to review.
    const delivered = result.figures.delivered - result.figures.repeatedCardUpdates;
    expect(delivered + result.figures.inDoubtNotDelivered + result.figures.otherFailed).toBeGreaterThanOrEqual(result.messages);
  });
});
