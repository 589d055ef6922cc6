import fc from 'fast-check';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveTeamsBot, testTeamsBot } from '../../adapters/teams/testing/test-teams-bot.js';
import { FILE_DOWNLOAD_INFO } from '../../adapters/teams/received-file.js';
import { createHandledActivities } from '../../bot/handled-activities.js';
import { KOPPEL_DATA_VERSION, KoppelData } from '../../bot/koppel-data.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { createConversations } from '../../dialogs/conversations.js';
import { intakeHarness } from '../../dialogs/testing/intake-fixture.js';
import { HOSTILE_TEXTS } from '../../dialogs/testing/hostile-text.js';
import { anyInput, anyValue } from './fuzz-inputs.js';
import { ACTORS, fuzzWorld } from './fuzz-world.js';

// Whole requests to POST /api/messages, as anyone on the network could send them in local mode:
// malformed, oversized, hostile, and the same activity again. Never a 5xx, never a request to a
// host the activity names (other than its connector), and a repeated activity changes nothing.

let connector: Server;
let connectorUrl = '';
const elsewhere: string[] = [];
beforeAll(async () => {
  connector = createServer((request, response) => {
    // The Bot Framework connector's API (replies, member look-ups) is all the bot may call here.
    if (!request.url?.startsWith('/v3/conversations/')) elsewhere.push(`${request.method} ${request.url}`);
    request.resume();
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"reply-1"}'));
  });
  await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', () => resolve()));
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => connector.close(() => resolve())));

async function koppel() {
  const h = await intakeHarness(fuzzWorld(), undefined, ['coord-1']);
  // Sent files are fetched with this: as in real Teams, only SharePoint would be, so nothing here.
  const fileFetch = (async (url: string) => (elsewhere.push(`file ${url}`), new Response('', { status: 404 }))) as unknown as typeof fetch;
  const teams = testTeamsBot({ conversations: createConversations(h.services()), handled: createHandledActivities({ store: h.store, now: () => h.clock.now }), fileHosts: {}, fetch: fileFetch });
  const served = await serveTeamsBot(teams);
  const post = (body: string) => fetch(`${served.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.status);
  return { h, post, close: () => new Promise<void>((resolve) => served.server.close(() => resolve())) };
}

const anyActivity = fc.record({
  type: fc.oneof(fc.constantFrom('message', 'message', 'message', 'conversationUpdate', 'invoke', 'messageReaction'), fc.string({ maxLength: 10 })),
  id: fc.constantFrom('a1', 'a2', 'a3', '__proto__', 'x'.repeat(3000)),
  name: fc.constantFrom(undefined, 'adaptiveCard/action', 'fileConsent/invoke', 'task/fetch', 'constructor'),
  from: fc.oneof(fc.constantFrom(...ACTORS).map((a) => ({ id: a.userId })), fc.record({ id: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('__proto__', 'toString')) })),
  conversation: fc.record({ id: fc.constantFrom('chat-1', 'chat-2'), conversationType: fc.constantFrom('personal', 'groupChat', 'channel') }),
  locale: fc.constantFrom('nl-NL', 'en-US', 'xx', ''),
  input: anyInput,
  membersAdded: fc.option(fc.array(fc.record({ id: fc.constantFrom('coord-1', 'stranger', 'bot') }), { maxLength: 2 }), { nil: undefined }),
  attachments: fc.option(fc.constantFrom(
    [{ contentType: FILE_DOWNLOAD_INFO, name: 'export.csv', content: { downloadUrl: 'http://169.254.169.254/latest/meta-data/' } }],
    [{ contentType: FILE_DOWNLOAD_INFO, name: HOSTILE_TEXTS[0], content: { downloadUrl: 'CONNECTOR/files/export.csv' } }],
    [{ contentType: FILE_DOWNLOAD_INFO, name: 'a.csv', content: { downloadUrl: 42 } }],
    [{ contentType: 'text/html', content: '<script>' }],
  ), { nil: undefined }),
  extra: anyValue,
}).map(({ input, extra, attachments, ...a }) => ({
  ...a, channelId: 'msteams', serviceUrl: connectorUrl, recipient: { id: 'bot' }, extra,
  ...(attachments ? { attachments: JSON.parse(JSON.stringify(attachments).replaceAll('CONNECTOR', connectorUrl)) as unknown } : {}),
  ...(input.kind === 'submit' ? { value: { ...input.values, verb: input.verb } } : input.kind === 'text' ? { text: input.text } : { text: input.content }),
}));

const anyBody = fc.oneof(
  { weight: 6, arbitrary: anyActivity.map((a) => JSON.stringify(a)) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '{', 'null', '[]', '{"type":"message"}', '{"conversation":{"id":"c"}}', `{"type":"message","conversation":{"id":"c"},"text":"${'x'.repeat(1_100_000)}"}`) },
);

describe('fuzzing POST /api/messages', () => {
  it('never answers 5xx, fetches nothing the request names, writes no request to stderr, and keeps the store valid', async () => {
    const k = await koppel();
    const written: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (written.push(String(chunk)), true));
    try {
      await fc.assert(fc.asyncProperty(anyBody, async (body) => {
        const status = await k.post(body);
        expect(status, body.slice(0, 300)).toBeLessThan(500);
      }), { numRuns: 150 });
      stderr.mockRestore();
      expect(elsewhere).toEqual([]);
      expect(written.join('')).not.toMatch(/Bevestig je account|evil\.example|xxxxxxxxxx/);
      const valid = KoppelData.safeParse({ schemaVersion: KOPPEL_DATA_VERSION, ...(await k.h.store.read(EVERYTHING)) });
      expect(valid.success, valid.error?.message).toBe(true);
    } finally {
      stderr.mockRestore();
      await k.close();
    }
  });

  it('changes the store once for an activity posted three times', async () => {
    const k = await koppel();
    try {
      await fc.assert(fc.asyncProperty(anyActivity, fc.string({ minLength: 1, maxLength: 12 }), async (activity, id) => {
        const body = JSON.stringify({ ...activity, type: 'message', id: `replay-${id}` });
        await k.post(body);
        const once = JSON.stringify(await k.h.store.read(EVERYTHING));
        await k.post(body);
        await k.post(body);
        expect(JSON.stringify(await k.h.store.read(EVERYTHING))).toBe(once);
      }), { numRuns: 40 });
    } finally {
      await k.close();
    }
  });
});
