// One person, one language per turn: until they choose, the language their Teams client reports
// decides, for the welcome, the cards that follow it and the messages Koppel sends them later; an
// activity without a locale does not fall back to Dutch defaults in the middle of an English chat.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createConversations } from '../../dialogs/conversations.js';
import { intakeHarness, roundData, STUDENT_USER } from '../../dialogs/testing/intake-fixture.js';
import { serveTeamsBot, testTeamsBot } from './testing/test-teams-bot.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

async function connector() {
  const replies: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.method === 'POST') replies.push(body);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"reply-1"}');
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, replies };
}

async function koppel() {
  const h = await intakeHarness(roundData());
  const c = await connector();
  const services = h.services();
  const teams = testTeamsBot({ conversations: createConversations(services) });
  const { server, url } = await serveTeamsBot(teams);
  servers.push(server);
  let n = 0;
  const post = async (from: string, activity: Record<string, unknown>) => {
    const before = c.replies.length;
    await fetch(`${url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: `act-${(n += 1)}`, channelId: 'msteams', serviceUrl: c.url, from: { id: from }, recipient: { id: 'bot' }, conversation: { id: `chat-${from}`, conversationType: 'personal' }, ...activity }),
    });
    return c.replies.slice(before).join('\n');
  };
  const install = (from: string, clientLocale: string) => post(from, {
    type: 'conversationUpdate', membersAdded: [{ id: from }], entities: [{ type: 'clientInfo', locale: clientLocale }],
  });
  const say = (from: string, text: string, locale?: string) => post(from, { type: 'message', text, ...(locale ? { locale } : {}) });
  return { h, services, install, say };
}

const DUTCH = /Welkom bij Koppel|Hoi!|stageronde|Leerwens|leerwens/;

describe('one language per person and turn', () => {
  it('a student on an English client: the welcome, the intake and a message without a locale are all English, and so is what Koppel sends later', async () => {
    const { services, install, say } = await koppel();
    const welcome = await install(STUDENT_USER, 'en-US');
    expect(welcome).toContain('Welcome to Koppel');
    expect(welcome).not.toMatch(DUTCH);
    const first = await say(STUDENT_USER, 'start', 'en-US');
    expect(first).not.toMatch(DUTCH);
    const noLocale = await say(STUDENT_USER, 'help');
    expect(noLocale).toContain('Welcome to Koppel');
    expect(noLocale).not.toMatch(DUTCH);
    expect(await services.languageFor({ platform: 'teams', userId: STUDENT_USER })).toBe('en');
  });

  it('a coordinator: `ronde nieuw` after the welcome comes in the welcome’s language', async () => {
    const { install, say } = await koppel();
    expect(await install('coord-1', 'en-US')).toContain('Welcome to Koppel');
    const card = await say('coord-1', 'ronde nieuw');
    expect(card).toContain('New internship round');
    expect(card).not.toContain('Nieuwe stageronde');
  });

  it('a language the person chose wins over the client, in turns and later messages', async () => {
    const { services, install, say } = await koppel();
    await install(STUDENT_USER, 'en-US');
    await say(STUDENT_USER, 'nederlands', 'en-US');
    expect(await say(STUDENT_USER, 'help', 'en-US')).toContain('Welkom bij Koppel');
    expect(await services.languageFor({ platform: 'teams', userId: STUDENT_USER })).toBe('nl');
  });
});
