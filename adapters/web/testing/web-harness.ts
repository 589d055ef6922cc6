// The web pages on a real HTTP server with the real dialogs and services on an in-memory store, and a
// browser-like client that keeps cookies and posts forms as a browser does.
import type { Server } from 'node:http';
import { loadCatalogue } from '../../../bot/catalogue/index.js';
import { createHttpApp, listen } from '../../../bot/http-server.js';
import type { KoppelView } from '../../../bot/koppel-data.js';
import { createKoppelServices } from '../../../bot/koppel-services.js';
import { byIds, openMemoryKoppelStore } from '../../../bot/store/index.js';
import { issueLink, openLink } from '../../../bot/web-links/web-links.js';
import { createConversations } from '../../../dialogs/conversations.js';
import { createWebRouter } from '../web-router.js';

export const MAIL_CONTACT = 'planning@kapsalon-knip.nl';

export async function webHarness(data: KoppelView, clock: { now: Date }) {
  const store = openMemoryKoppelStore(data);
  const catalogue = await loadCatalogue();
  const services = {
    ...createKoppelServices({ store, catalogue, coordinators: ['coord-1', 'coord-2'], now: () => clock.now }),
    municipalities: () => ['Delft', 'Rotterdam', 'Schiedam'],
  };
  const logs: string[] = [];
  const app = createHttpApp({ webRouters: [createWebRouter({ conversations: createConversations(services), openLink: (token) => openLink(store, token, clock.now), schoolName: 'ROC Test', log: (event) => logs.push(event),
    messageOf: async (key) => { const { outbox } = await store.read({ outbox: byIds(key) }); return Object.hasOwn(outbox, key) ? outbox[key] : undefined; },
  })] });
  const server: Server = await listen(app, 0, '127.0.0.1');
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    store, base, logs,
    link: async (companyId = 'c1', roundId = 'r1', email = MAIL_CONTACT) => (await issueLink(store, { companyId, roundId, email }, clock.now)).token,
    browser: () => browserClient(base),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Keeps cookies like a browser, and submits a page's form by pressing one of its buttons. */
export function browserClient(base: string) {
  let cookie = '';
  const remember = (response: Response) => {
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0];
  };
  return {
    async get(path: string) {
      const response = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
      remember(response);
      return { status: response.status, html: await response.text() };
    },
    async post(path: string, fields: Array<[string, string]>, withCookie = true) {
      const response = await fetch(`${base}${path}`, {
        method: 'POST', body: new URLSearchParams(fields).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(withCookie && cookie ? { cookie } : {}) },
      });
      remember(response);
      return { status: response.status, html: await response.text() };
    },
  };
}

/** The value of a button with this label on the page (its verb and data, as the page carries them). */
export function buttonValue(html: string, label: string): string {
  const match = new RegExp(`<button type="submit" name="_action" value="([^"]*)"[^>]*>${label}</button>`).exec(html);
  if (!match) throw new Error(`no button "${label}" on the page`);
  return match[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

export function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no anti-forgery token on the page');
  return match[1];
}
