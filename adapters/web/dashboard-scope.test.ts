import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../bot/catalogue/index.js';
import { createHttpApp, listen } from '../../bot/http-server.js';
import { createKoppelServices } from '../../bot/koppel-services.js';
import { openMemoryKoppelStore } from '../../bot/store/index.js';
import { releasedRound } from '../../bot/testing/round-builders.js';
import { issueDashboardLink, openDashboardLink } from '../../bot/web-links/web-links.js';
import { createDashboardRouter } from './dashboard-router.js';

// The dashboard behind a coordinator's link shows only the rounds that coordinator may see: a
// coordinator limited to another programme (COORDINATOR_PROGRAMMES) finds neither the round nor its
// indicator files; an unrestricted one sees it as before.
const NOW = new Date('2027-01-22T12:00:00+01:00');
let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
});

async function dashboard() {
  const store = openMemoryKoppelStore(releasedRound());
  const services = createKoppelServices({
    store, catalogue: await loadCatalogue(), coordinators: ['coord-1', 'coord-3'], coordinatorLimits: { 'coord-3': ['90002'] }, notifier: { notify: async () => 'sent' }, now: () => NOW,
  });
  const app = createHttpApp({ webRouters: [createDashboardRouter({ services, openLink: (token) => openDashboardLink(store, token, NOW) })] });
  const server = await listen(app, 0, '127.0.0.1');
  servers.push(server);
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return async (userId: string, path = '') => {
    const { token } = await issueDashboardLink(store, { platform: 'teams', userId }, NOW);
    const response = await fetch(`${base}/web/d/${token}${path}`);
    return { status: response.status, body: await response.text() };
  };
}

describe('the dashboard of a coordinator limited to some programmes', () => {
  it('shows no round of another programme, and refuses its indicator files', async () => {
    const open = await dashboard();
    const page = await open('coord-3');
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('Zorg februari 2027');
    expect((await open('coord-3', '/indicators.csv?round=r1')).status).toBe(404);
    expect((await open('coord-3', '/indicators.xlsx?round=r1')).status).toBe(404);
  });

  it('shows an unrestricted coordinator every round, as before', async () => {
    const open = await dashboard();
    expect((await open('coord-1')).body).toContain('Zorg februari 2027');
    expect((await open('coord-1', '/indicators.csv?round=r1')).status).toBe(200);
  });
});
