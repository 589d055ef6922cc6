import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../bot/catalogue/index.js';
import { createHttpApp, listen } from '../../bot/http-server.js';
import { createKoppelServices } from '../../bot/koppel-services.js';
import { openMemoryKoppelStore } from '../../bot/store/index.js';
import { releasedRound } from '../../bot/testing/round-builders.js';
import { issueDashboardLink, openDashboardLink } from '../../bot/web-links/web-links.js';
import { createDashboardRouter } from './dashboard-router.js';
import { handleTurn } from '../../dialogs/koppel-dialogs.js';
import { createConversations } from '../../dialogs/conversations.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { STUDENT_USER } from '../../bot/testing/round-builders.js';

// The dashboard behind a coordinator's link shows only the rounds that coordinator may see: a
// coordinator limited to another programme (COORDINATOR_PROGRAMMES) finds neither the round nor its
// indicator files; an unrestricted one sees it as before.
const NOW = new Date('2027-01-22T12:00:00+01:00');
let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
});

const DETAILS = 'Ik heb dyslexie en ADHD';
const WHAT = 'Mijn begeleider maakte grappen over mijn hoofddoek.';

async function dashboard() {
  const data = releasedRound();
  data.students.s1.supportNeed = { wanted: true, details: DETAILS, shareWithCompany: false };
  const store = openMemoryKoppelStore(data);
  const services = createKoppelServices({
    store, catalogue: await loadCatalogue(), coordinators: ['coord-1', 'coord-3'], coordinatorLimits: { 'coord-3': ['90002'] }, now: () => NOW,
  });
  const app = createHttpApp({ webRouters: [createDashboardRouter({ conversations: createConversations(services), openLink: (token) => openDashboardLink(store, token, NOW) })] });
  const server = await listen(app, 0, '127.0.0.1');
  servers.push(server);
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const open = async (userId: string, path = '') => {
    const { token } = await issueDashboardLink(store, { platform: 'teams', userId }, NOW);
    const response = await fetch(`${base}/web/d/${token}${path}`);
    return { status: response.status, body: await response.text() };
  };
  /** The student reports, named and letting the coordinators know, as in the chat. */
  const report = async () => {
    await handleTurn({ person: { platform: 'teams', userId: STUDENT_USER }, language: 'nl', input: { kind: 'submit', verb: 'meldpunt.report', values: {
      verb: 'meldpunt.report', what: WHAT, phase: 'internship', company: 'none', contactWish: 'chat', anonymous: 'no', coordinatorsMayKnow: 'yes', source: 'command',
    } } }, services);
    return Object.keys((await store.read(EVERYTHING)).reports).length;
  };
  return Object.assign(open, { report });
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

describe('the dashboard of an ordinary coordinator', () => {
  it('shows neither support details nor what a report says, on the page or in the indicator files', async () => {
    const open = await dashboard();
    expect(await open.report()).toBe(1);
    // The Excel file is compressed, so its text is checked through the CSV, written from the same rows.
    const seen = [await open('coord-1'), await open('coord-1', '/indicators.csv?round=r1')];
    expect(seen.map((s) => s.status)).toEqual([200, 200]);
    const all = seen.map((s) => s.body).join('\n');
    expect(all).not.toContain('dyslexie');
    expect(all).not.toContain('hoofddoek');
  });
});
