import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { serveTeamsBot, testTeamsBot } from './testing/test-teams-bot.js';
import { fakeConversations } from '../../dialogs/testing/fake-conversations.js';
import type { Turn } from '../../dialogs/turn.js';
import type { Role } from '../../dialogs/turn.js';
import { downloadSentFile, FILE_DOWNLOAD_INFO, mayFetchFrom } from './received-file.js';

const CSV = '\uFEFFstudentnummer;opleiding;email\n200001;90001;a@school.nl\n';
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

/** OneDrive's download URL and the Bot Framework connector, both on loopback; records the bot's replies and downloads. */
async function cloud() {
  const replies: string[] = [];
  const downloads: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url?.startsWith('/files/')) downloads.push(request.url);
      if (request.url === '/files/export.csv') return void response.end(CSV);
      if (request.url === '/files/gone.csv') return void response.writeHead(404).end();
      if (request.method === 'POST' && request.url?.startsWith('/v3/conversations/')) replies.push(String((JSON.parse(body) as { text?: unknown }).text ?? ''));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"reply-1"}');
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, replies, downloads };
}

/** As in local mode, where the playground serves the file on loopback; `loopback: false` is the real Teams' rule. */
async function sendFileToBot(file: string, { role = { kind: 'coordinator' } as Role, loopback = true, downloadUrl = '' } = {}) {
  const c = await cloud();
  const turns: Turn[] = [];
  const teams = testTeamsBot({
    conversations: fakeConversations({ handleTurn: async (turn) => (turns.push(turn), []), services: { roleOf: async () => role } }), fileHosts: { loopback },
  });
  const { server, url } = await serveTeamsBot(teams);
  servers.push(server);
  const activity = {
    type: 'message', id: 'a1', channelId: 'msteams', serviceUrl: c.url, from: { id: 'coord-1' }, recipient: { id: 'bot' },
    conversation: { id: 'c1', conversationType: 'personal' }, locale: 'nl-NL',
    attachments: [{ contentType: FILE_DOWNLOAD_INFO, name: file, content: { downloadUrl: downloadUrl || `${c.url}/files/${file}`, uniqueId: 'u1', fileType: 'csv' } }],
  };
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return { status: response.status, turns, replies: c.replies, downloads: c.downloads };
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
    const file = { name: 'export.csv', downloadUrl: `${c.url}/files/export.csv` };
    expect(await downloadSentFile(file, { hosts: { loopback: true }, maxBytes: 10 })).toEqual({ ok: false, reason: 'too-large' });
    expect(await downloadSentFile(file, { hosts: { loopback: true } })).toEqual({ ok: true, content: CSV.slice(1) });
  });

  it('is never fetched for someone who may not import: they hear why, and nothing is requested', async () => {
    for (const role of [{ kind: 'unknown' }, { kind: 'student', studentId: 's1' }, { kind: 'company-contact', companyId: 'c1' }] as Role[]) {
      const { turns, replies, downloads } = await sendFileToBot('export.csv', { role });
      expect(downloads, role.kind).toEqual([]);
      expect(turns, role.kind).toEqual([]);
      expect(replies, role.kind).toEqual([expect.stringContaining('Bestanden gebruik ik alleen')]);
    }
  });

  it('is fetched only from SharePoint (loopback only in local mode), never from a host the request names', async () => {
    const { turns, replies, downloads } = await sendFileToBot('export.csv', { loopback: false });
    expect(downloads).toEqual([]);
    expect(turns).toEqual([]);
    expect(replies).toEqual([expect.stringContaining('Ik kon **export.csv** niet ophalen')]);

    const fetched: string[] = [];
    const recordingFetch = (async (url: string) => (fetched.push(url), new Response('x'))) as unknown as typeof fetch;
    for (const url of [
      'http://169.254.169.254/latest/meta-data/', 'http://127.0.0.1:5432/', 'http://school-my.sharepoint.com/a.csv', 'https://sharepoint.com.evil.example/a.csv',
      'https://evil.example/?x=.sharepoint.com', 'https://user:pw@school-my.sharepoint.com/a.csv', 'file:///etc/passwd', 'not a url',
    ]) {
      expect(mayFetchFrom(url), url).toBe(false);
      expect(await downloadSentFile({ name: 'a.csv', downloadUrl: url }, { fetch: recordingFetch }), url).toEqual({ ok: false, reason: 'untrusted-host' });
    }
    expect(mayFetchFrom('http://127.0.0.1:56150/files/a.csv')).toBe(false);
    expect(fetched).toEqual([]);

    expect(mayFetchFrom('https://school-my.sharepoint.com/personal/a_school_nl/_layouts/15/download.aspx?UniqueId=1')).toBe(true);
    expect(mayFetchFrom('http://127.0.0.1:56150/files/a.csv', { loopback: true })).toBe(true);
    expect(mayFetchFrom('http://localhost:56150/files/a.csv', { loopback: true })).toBe(true);
    expect(mayFetchFrom('http://10.0.0.5/files/a.csv', { loopback: true })).toBe(false);
  });
});
