import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpApp, listen } from '../../../bot/http-server.js';
import { openMemoryKoppelStore } from '../../../bot/store/index.js';
import { createWaitingItems } from '../../../bot/waiting/waiting-items.js';
import { fakeConversations } from '../../../dialogs/testing/fake-conversations.js';
import { PendingFiles } from '../file-consent.js';
import { createTeamsBot, type TeamsBotOptions } from '../teams-bot.js';

/** The real Teams bot in local mode, with options that do nothing unless a test gives its own. */
export function testTeamsBot(overrides: Partial<TeamsBotOptions> = {}) {
  return createTeamsBot({
    conversations: fakeConversations(), log: () => {},
    files: new PendingFiles(createWaitingItems({ store: openMemoryKoppelStore(), now: () => new Date() })), ...overrides,
  });
}

/** Serves the bot on loopback the way Koppel does (POST /api/messages); the caller closes the server. */
export async function serveTeamsBot(teams: ReturnType<typeof createTeamsBot>): Promise<{ server: Server; url: string }> {
  const app = createHttpApp({ teamsMessages: teams.processRequest });
  const server = await listen(app, 0, '127.0.0.1');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
