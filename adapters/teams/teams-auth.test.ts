import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { serveTeamsBot, testTeamsBot } from './testing/test-teams-bot.js';
import { fakeConversations } from '../../dialogs/testing/fake-conversations.js';

const activity = {
  type: 'message', id: 'a1', text: 'hallo', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/_connector',
  from: { id: 'user-1' }, recipient: { id: 'bot' }, conversation: { id: 'c1' },
};

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function post(credentials?: { appId: string; appPassword: string; tenantId: string }) {
  const handled: string[] = [];
  const teams = testTeamsBot({
    credentials,
    conversations: fakeConversations({
      handleTurn: async (turn) => {
        handled.push(turn.person.userId);
        return [];
      },
      services: { roleOf: async () => ({ kind: 'coordinator' }) },
    }),
  });
  const served = await serveTeamsBot(teams);
  server = served.server;
  const health = await fetch(`${served.url}/healthz`);
  const response = await fetch(`${served.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return { status: response.status, health: await health.json(), handled };
}

describe('the HTTP server', () => {
  it('refuses an activity without a Bot Framework token when Teams credentials are configured', async () => {
    const result = await post({ appId: '8f0e5c1d-2222-4c4c-9a9a-0123456789ab', appPassword: 'secret', tenantId: '8f0e5c1d-2222-4c4c-9a9a-0123456789ab' });
    expect(result.status).toBe(401);
    expect(result.handled).toEqual([]);
  });

  it('accepts it in local mode (no credentials), for the Agents Playground, and answers health checks', async () => {
    const result = await post();
    expect(result.status).toBe(200);
    expect(result.handled).toEqual(['user-1']);
    expect(result.health).toEqual({ status: 'ok' });
  });
});
