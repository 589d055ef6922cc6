import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandledActivities } from '../../bot/handled-activities.js';
import { emptyKoppelData } from '../../bot/koppel-data.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { createConversations } from '../../dialogs/conversations.js';
import { intakeHarness } from '../../dialogs/testing/intake-fixture.js';
import { serveTeamsBot, testTeamsBot } from './testing/test-teams-bot.js';

// Teams re-sends an activity the bot took more than 15 s to answer. The same activity, however often
// it arrives (one after another or at once), changes the store once and is answered once.

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

/** The Bot Framework connector on loopback: counts the bot's replies. */
async function connector() {
  const replies: unknown[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.method === 'POST') replies.push(JSON.parse(body));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"reply-1"}');
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, replies };
}

async function koppel() {
  const h = await intakeHarness(emptyKoppelData());
  const c = await connector();
  const handled = createHandledActivities({ store: h.store, now: () => h.clock.now });
  const teams = testTeamsBot({ conversations: createConversations(h.services()), handled });
  const { server, url } = await serveTeamsBot(teams);
  servers.push(server);
  const post = (id: string, value: Record<string, unknown>) => fetch(`${url}/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', id, channelId: 'msteams', serviceUrl: c.url, from: { id: 'coord-1' }, recipient: { id: 'bot' }, conversation: { id: 'chat-coord-1', conversationType: 'personal' }, locale: 'nl-NL', value }),
  }).then((r) => r.status);
  return { h, c, handled, post };
}

const newRound = {
  verb: 'round.create', name: 'Zorg september 2027', programmeCodes: '90001', mechanism: 'school',
  wishesDeadline: '2027-05-01', offersDeadline: '2027-05-08', releaseDate: '2027-06-01', releaseTime: '09:00', internshipStart: '2027-09-01',
};

describe('an activity Teams sends again', () => {
  it('posted three times creates one round and is answered once', async () => {
    const { h, c, post } = await koppel();
    expect(await post('act-1', newRound)).toBe(200);
    const answered = c.replies.length;
    expect(answered).toBeGreaterThan(0);
    for (let i = 0; i < 2; i++) expect(await post('act-1', newRound)).toBe(200);
    expect(Object.keys((await h.store.read(EVERYTHING)).rounds)).toHaveLength(1);
    expect(c.replies).toHaveLength(answered);
    // Another activity with the same content is a new request: the coordinator asked twice.
    await post('act-2', newRound);
    expect(Object.keys((await h.store.read(EVERYTHING)).rounds)).toHaveLength(2);
  });

  it('posted three times at once still changes the store once', async () => {
    const { h, post } = await koppel();
    expect(await Promise.all([post('act-9', newRound), post('act-9', newRound), post('act-9', newRound)])).toEqual([200, 200, 200]);
    expect(Object.keys((await h.store.read(EVERYTHING)).rounds)).toHaveLength(1);
  });

  it('is remembered a day, by a hash of its ids only, and then forgotten', async () => {
    const { h, handled, post } = await koppel();
    await post('act-3', newRound);
    const stored = (await h.store.read(EVERYTHING)).handledActivities;
    expect(Object.keys(stored)).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toMatch(/act-3|chat-coord-1/);
    h.clock.now = new Date(h.clock.now.getTime() + 23 * 60 * 60 * 1000);
    expect(await handled.prune()).toBe(0);
    h.clock.now = new Date(h.clock.now.getTime() + 2 * 60 * 60 * 1000);
    expect(await handled.prune()).toBe(1);
    expect((await h.store.read(EVERYTHING)).handledActivities).toEqual({});
  });
});
