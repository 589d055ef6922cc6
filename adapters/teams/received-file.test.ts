import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { serveTeamsBot, testTeamsBot } from './testing/test-teams-bot.js';
import { fakeServices } from '../../dialogs/testing/fake-services.js';
import type { Turn } from '../../dialogs/turn.js';
import { downloadSentFile, FILE_DOWNLOAD_INFO } from './received-file.js';

const CSV = '\uFEFFstudentnummer;opleiding;email\n200001;90001;a@school.nl\n';
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

/** OneDrive's download URL and the Bot Framework connector, both on loopback; records the bot's replies. */
async function cloud() {
  const replies: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url === '/files/export.csv') return void response.end(CSV);
      if (request.url === '/files/gone.csv') return void response.writeHead(404).end();
      if (request.method === 'POST' && request.url?.startsWith('/v3/conversations/')) replies.push(String((JSON.parse(body) as { text?: unknown }).text ?? ''));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"reply-1"}');
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, replies };
}

async function sendFileToBot(file: string) {
  const c = await cloud();
  const turns: Turn[] = [];
  const teams = testTeamsBot({ handleTurn: async (turn) => (turns.push(turn), []), services: fakeServices({ roleOf: async () => ({ kind: 'coordinator' }) }) });
  const { server, url } = await serveTeamsBot(teams);
  servers.push(server);
  const activity = {
    type: 'message', id: 'a1', channelId: 'msteams', serviceUrl: c.url, from: { id: 'coord-1' }, recipient: { id: 'bot' },
    conversation: { id: 'c1', conversationType: 'personal' }, locale: 'nl-NL',
    attachments: [{ contentType: FILE_DOWNLOAD_INFO, name: file, content: { downloadUrl: `${c.url}/files/${file}`, uniqueId: 'u1', fileType: 'csv' } }],
  };
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return { status: response.status, turns, replies: c.replies };
}

describe('a file sent to the bot in Teams', () => {
  it('is fetched from its download URL and handed to the dialogs as one file turn, without a byte order mark', async () => {
    const { status, turns } = await sendFileToBot('export.csv');
    expect(status).toBe(200);
    expect(turns.map((t) => t.input)).toEqual([{ kind: 'file', name: 'export.csv', content: CSV.slice(1) }]);
  });

  it('that cannot be fetched gives a friendly answer and no turn', async () => {
    const { turns, replies } = await sendFileToBot('gone.csv');
    expect(turns).toEqual([]);
    expect(replies).toEqual([expect.stringContaining('Ik kon **gone.csv** niet ophalen')]);
  });

  it('is never read beyond the limit', async () => {
    const c = await cloud();
    expect(await downloadSentFile({ name: 'export.csv', downloadUrl: `${c.url}/files/export.csv` }, fetch, 10)).toEqual({ ok: false, reason: 'too-large' });
    expect(await downloadSentFile({ name: 'export.csv', downloadUrl: `${c.url}/files/export.csv` }, fetch)).toEqual({ ok: true, content: CSV.slice(1) });
  });
});
