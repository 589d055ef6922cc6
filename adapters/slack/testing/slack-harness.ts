import type { Server } from 'node:http';
import { loadCatalogue } from '../../../bot/catalogue/index.js';
import { createHttpApp, listen } from '../../../bot/http-server.js';
import { KoppelView } from '../../../bot/koppel-data.js';
import { createKoppelServices } from '../../../bot/koppel-services.js';
import { type KoppelStore, openMemoryKoppelStore } from '../../../bot/store/index.js';
import { createConversations, type Conversations } from '../../../dialogs/conversations.js';
import { createWaitingItems } from '../../../bot/waiting/waiting-items.js';
import { createSlackBot } from '../slack-bot.js';
import type { SlackClock } from '../slack-clock.js';
import { startFakeSlackApi, type FakeSlackUser } from './fake-slack-api.js';
import { slackRequests } from './slack-requests.js';

export const SIGNING_SECRET = '8f14e45fceea167a5a36dedd4bea2543';

export interface SlackHarnessOptions {
  data: KoppelView;
  now: Date;
  users?: Record<string, FakeSlackUser>;
  coordinators?: string[];
  /** Another harness's store, as a second Koppel process on the same database would share it (`data` is then ignored). */
  sharedStore?: KoppelStore;
  /** E.g. a deliberately slow store around the memory store. */
  wrapStore?: (store: KoppelStore) => KoppelStore;
  /** Slack's 3-second windows (default: the system clock). */
  slackClock?: SlackClock;
  /** Instead of Koppel's dialogs, e.g. to record the turns the adapter hands over. */
  handleTurn?: Conversations['handleTurn'];
}

export const BOT_TOKEN = 'xoxb-0000-test';

/**
 * The real Slack adapter with the real services on a memory store, mounted in Koppel's HTTP app
 * as in production, talking to a fake Slack Web API; requests are signed as Slack signs them.
 */
export async function slackHarness(options: SlackHarnessOptions) {
  const catalogue = await loadCatalogue();
  const memory = options.sharedStore ?? openMemoryKoppelStore(options.data);
  const store = options.wrapStore ? options.wrapStore(memory) : memory;
  const clock = { now: options.now };
  const services = createKoppelServices({ store, catalogue, coordinators: options.coordinators ?? ['U0COORD1', 'U0COORD2'], now: () => clock.now });
  const fake = await startFakeSlackApi({ users: options.users, botToken: BOT_TOKEN });
  const logs: Array<{ event: string; fields: Record<string, unknown> }> = [];
  const slack = createSlackBot({
    signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, slackApiUrl: fake.url, trustedFileOrigins: [fake.origin],
    ...(options.slackClock ? { clock: options.slackClock } : {}),
    conversations: { ...createConversations(services), ...(options.handleTurn ? { handleTurn: options.handleTurn } : {}) }, waiting: createWaitingItems({ store, now: () => clock.now }), log: (event, fields) => logs.push({ event, fields }),
  });
  await slack.start();
  const http = createHttpApp({ teamsMessages: async (_req, res) => { res.status(404).end(); } });
  http.use(slack.router);
  const server: Server = await listen(http, 0, '127.0.0.1');
  const address = server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    memory, store, services, fake, slack, logs, clock, baseUrl,
    requests: slackRequests(baseUrl, SIGNING_SECRET),
    async close() {
      await slack.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await fake.close();
    },
  };
}

export type SlackHarness = Awaited<ReturnType<typeof slackHarness>>;

/**
 * A store whose reads and updates wait, while `held()` says so, until `release` is called: work
 * slower than any of Slack's windows, without a test waiting in real time. `entered` resolves once
 * the first read or update waits.
 */
export function heldStore(store: KoppelStore, held: () => boolean) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  let entered!: () => void;
  const first = new Promise<void>((resolve) => { entered = resolve; });
  const pass = async () => {
    if (!held()) return;
    entered();
    await gate;
  };
  const wrapped: KoppelStore = {
    close: () => store.close(),
    pruneAudit: (before, summary) => store.pruneAudit(before, summary),
    insertNew: (collection, id, record, options) => store.insertNew(collection, id, record, options),
    read: async (scope) => (await pass(), store.read(scope)),
    update: async (scope, change) => (await pass(), store.update(scope, change)),
  };
  return { store: wrapped, entered: first, release };
}
