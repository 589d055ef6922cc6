import type { Server } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeConversations } from '../../dialogs/testing/fake-conversations.js';
import { createHttpApp, listen } from '../../bot/http-server.js';
import type { AddressInfo } from 'node:net';
import { testTeamsBot } from './testing/test-teams-bot.js';

// Anyone can post to /api/messages. What is not even an activity gets 400, reaches no dialog, and
// leaves no trace of its content in the logs or on stderr.

const SECRET = 'geheim-9f3a';
let server: Server | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve() {
  const handled: string[] = [];
  const logs: Array<{ event: string; fields: Record<string, unknown> }> = [];
  const teams = testTeamsBot({ conversations: fakeConversations({ handleTurn: async (turn) => (handled.push(turn.person.userId), []), services: { roleOf: async () => ({ kind: 'coordinator' }) } }) });
  const app = createHttpApp({ teamsMessages: teams.processRequest, log: (event, fields) => logs.push({ event, fields }) });
  server = await listen(app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  const post = (body: string, contentType = 'application/json') => fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body }).then((r) => r.status);
  return { post, handled, logs };
}

describe('a malformed request to /api/messages', () => {
  it('gets 400 (413 when too large), never 500, reaches no dialog, and its body is written nowhere', async () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (written.push(String(chunk)), true));
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (written.push(String(chunk)), true));
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(' ')));
    const { post, handled, logs } = await serve();
    const bodies = [
      '', '{}', 'null', '[]', `"${SECRET}"`, `{"type":"${SECRET}"`, `{"type":"message","text":"${SECRET}"}`,
      `{"conversation":{"id":"c1"},"text":"${SECRET}"}`, `{"type":"message","conversation":{},"text":"${SECRET}"}`,
      `{"type":"","conversation":{"id":"c1"}}`, `{"type":"message","conversation":{"id":"c1"},"from":"${SECRET}"}`,
    ];
    for (const body of bodies) expect(await post(body), body).toBe(400);
    expect(await post(`{"type":"message","conversation":{"id":"c1"},"text":"${SECRET.repeat(200_000)}"}`)).toBe(413);
    expect(await post(`type=message&text=${SECRET}`, 'application/x-www-form-urlencoded')).toBe(400);
    expect(handled).toEqual([]);
    vi.restoreAllMocks();
    expect(written.join('')).not.toContain(SECRET);
    expect(JSON.stringify(logs)).not.toContain(SECRET);
    expect(logs.every((l) => l.event === 'http.refused')).toBe(true);
  });
});
