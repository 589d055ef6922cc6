import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { testTeamsBot } from './testing/test-teams-bot.js';
import { createTeamsMessenger } from './teams-messenger.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A connector that answers each POST with the next status of the script (then 201), counting requests. */
async function connector(statuses: number[]) {
  const seen: number[] = [];
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const status = statuses[seen.length] ?? 201;
      seen.push(status);
      response.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '0' } : {}) });
      response.end(JSON.stringify(status < 300 ? { id: `act-${seen.length}` } : { error: { code: 'x' } }));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
}

async function send(url: string) {
  const { adapter } = testTeamsBot();
  const reference = { serviceUrl: url, channelId: 'msteams', conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' }, bot: { id: 'bot', name: '' }, user: { id: 'u1', name: '' } };
  return createTeamsMessenger(adapter, '').send(reference, [{ kind: 'text', text: 'Een herinnering' }]);
}

describe('proactive messages in Teams (welcome, reminders)', () => {
  it('are not sent again after a gateway error, which Teams may have delivered already', async () => {
    const c = await connector([502, 502, 502, 502]);
    expect(await send(c.url)).toBe('failed');
    expect(c.seen).toEqual([502]);
  });

  it('are sent again after Teams refused them with 429, and arrive once', async () => {
    const c = await connector([429]);
    expect(await send(c.url)).toBe('sent');
    expect(c.seen).toEqual([429, 201]);
  });
});
