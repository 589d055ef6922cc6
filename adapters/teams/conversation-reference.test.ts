import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyKoppelData } from '../../bot/koppel-data.js';
import { byIds, type KoppelStore } from '../../bot/store/index.js';
import { createConversations } from '../../dialogs/conversations.js';
import { intakeHarness } from '../../dialogs/testing/intake-fixture.js';
import { serveTeamsBot, testTeamsBot } from './testing/test-teams-bot.js';

// Koppel keeps each person's conversation reference for the messages it sends them later. Every
// turn brings one; only a changed conversation may be written, or every turn of a whole class
// would write (and look for welcomes and check-ins to send) for nothing.

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

async function connector(): Promise<string> {
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"reply-1"}'));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the conversation reference of a Teams turn', () => {
  it('is written on the first turn only, without the activity it came with or the person\'s name', async () => {
    const h = await intakeHarness(emptyKoppelData());
    const serviceUrl = await connector();
    let conversationWrites = 0;
    const services = h.services();
    const counting = {
      ...services,
      rememberConversation: async (person: Parameters<typeof services.rememberConversation>[0], reference: object) => {
        const changed = await services.rememberConversation(person, reference);
        if (changed) conversationWrites += 1;
        return changed;
      },
    };
    const { server, url } = await serveTeamsBot(testTeamsBot({ conversations: createConversations(counting) }));
    servers.push(server);
    for (const id of ['act-1', 'act-2', 'act-3']) {
      const status = await fetch(`${url}/api/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id, text: 'help', channelId: 'msteams', serviceUrl, from: { id: 'coord-1', name: 'Ada Jansen' }, recipient: { id: 'bot' }, conversation: { id: 'chat-coord-1', conversationType: 'personal' }, locale: 'nl-NL' }),
      }).then((r) => r.status);
      expect(status).toBe(200);
    }
    expect(conversationWrites).toBe(1);
    const stored = (await (h.store as KoppelStore).read({ conversations: byIds('teams:coord-1') })).conversations['teams:coord-1'];
    expect(stored.reference).toMatchObject({ conversation: { id: 'chat-coord-1' }, user: { id: 'coord-1', name: '' }, serviceUrl });
    expect(stored.reference).not.toHaveProperty('activityId');
    expect(JSON.stringify(stored)).not.toContain('Ada');
  });
});
