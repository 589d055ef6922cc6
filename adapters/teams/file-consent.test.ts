import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { serveTeamsBot, testTeamsBot } from './testing/test-teams-bot.js';
import { fakeConversations } from '../../dialogs/testing/fake-conversations.js';
import { exportRemindersEn } from '../../dialogs/texts/export-reminders-en.js';
import { exportRemindersNl } from '../../dialogs/texts/export-reminders-nl.js';
import type { Reply } from '../../dialogs/turn.js';
import { openMemoryKoppelStore, type KoppelStore } from '../../bot/store/index.js';
import { createWaitingItems } from '../../bot/waiting/waiting-items.js';
import { FILE_CONSENT_CARD, FILE_INFO_CARD, PendingFiles } from './file-consent.js';

// The real adapter in local mode, as Teams would talk to it: activities posted to /api/messages, the
// bot's messages going to a loopback stand-in for the Bot Framework connector (serviceUrl), and the
// upload going to a loopback stand-in for the OneDrive upload URL Teams hands out.

const CSV = '\uFEFFstudentnummer;status\r\n2027001;gekoppeld\r\n2027002;niet gekoppeld — wacht\r\n';
const FILE: Extract<Reply, { kind: 'file' }> = { kind: 'file', name: 'koppel-r1-run_1-koppelingen.csv', mediaType: 'text/csv', content: CSV, description: 'Koppeling van Zorg 2027' };
const COORDINATOR = 'coord-1';

interface Recorded { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer }

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

async function recordingServer(status: number, answer: unknown = {}) {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

/** One Koppel process; `store` shared by two setups makes two processes behind one load balancer. */
async function setup(options: { uploadStatus?: number; clock?: { now: number }; store?: KoppelStore } = {}) {
  const connector = await recordingServer(200, { id: 'sent-1' });
  const upload = await recordingServer(options.uploadStatus ?? 201, { id: 'drive-item' });
  const clock = options.clock;
  const store = options.store ?? openMemoryKoppelStore();
  const files = new PendingFiles(createWaitingItems({ store, now: () => (clock ? new Date(clock.now) : new Date()) }));
  const teams = testTeamsBot({
    conversations: fakeConversations({ handleTurn: async () => [{ kind: 'text', text: 'De export' }, FILE], services: { roleOf: async () => ({ kind: 'coordinator' }) } }),
    files,
  });
  const { server, url } = await serveTeamsBot(teams);
  servers.push(server);
  const bot = `${url}/api/messages`;
  const base = (conversationType: string, from = COORDINATOR, locale = 'nl-NL') => ({
    channelId: 'msteams', serviceUrl: connector.url, locale, from: { id: from }, recipient: { id: 'bot' },
    conversation: { id: 'conv-1', conversationType, ...(conversationType === 'personal' ? {} : { isGroup: true }) },
  });
  const post = async (activity: object) => (await fetch(bot, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) })).status;
  const sent = () => connector.requests.map((r) => JSON.parse(r.body.toString('utf8')) as { text?: string; attachments?: Array<{ contentType: string; name?: string; contentUrl?: string; content: Record<string, unknown> }> });
  return {
    files, upload, sent, clock, store,
    /** How many files wait in the store. */
    waiting: async () => Object.keys((await store.read({ waiting: 'all' })).waiting).length,
    /** `ronde export` in a chat; returns the id in the consent card, if one was sent. */
    ask: async (conversationType = 'personal') => {
      await post({ ...base(conversationType), type: 'message', id: 'm1', text: 'ronde export' });
      const card = sent().flatMap((a) => a.attachments ?? []).filter((a) => a.contentType === FILE_CONSENT_CARD).at(-1);
      return (card?.content.acceptContext as { fileId?: string } | undefined)?.fileId;
    },
    answer: (action: 'accept' | 'decline', fileId: string | undefined, from = COORDINATOR, locale = 'nl-NL') => post({
      ...base('personal', from, locale), type: 'invoke', id: 'i1', name: 'fileConsent/invoke',
      value: {
        type: 'fileUpload', action, context: { fileId },
        ...(action === 'accept' ? { uploadInfo: { name: FILE.name, uploadUrl: `${upload.url}/upload-session/1`, contentUrl: 'https://school.sharepoint.com/personal/coord/Documents/Applications/Koppel/koppel.csv', uniqueId: 'drive-1', fileType: 'csv' } } : {}),
      },
    }),
  };
}

describe('a file in Teams', () => {
  it('is offered with a file consent card: name, description and size, never the content', async () => {
    const h = await setup();
    const fileId = await h.ask();
    const [text, consent] = h.sent();
    expect(text.text).toBe('De export');
    expect(consent.attachments).toHaveLength(1);
    expect(consent.attachments?.[0]).toMatchObject({ contentType: FILE_CONSENT_CARD, name: FILE.name, content: { description: FILE.description, sizeInBytes: Buffer.byteLength(CSV, 'utf8') } });
    expect(fileId).toMatch(/^[0-9a-f-]{36}$/);
    expect(consent.attachments?.[0].content.declineContext).toEqual({ fileId });
    expect(JSON.stringify(consent)).not.toContain('2027001');
    expect(await h.waiting()).toBe(1);
  });

  it('on accept, uploads exactly the bytes with a Content-Range and shows a file info card', async () => {
    const h = await setup();
    const fileId = await h.ask();
    expect(await h.answer('accept', fileId)).toBe(200);
    expect(h.upload.requests).toHaveLength(1);
    const [put] = h.upload.requests;
    const size = Buffer.byteLength(CSV, 'utf8');
    expect(put.method).toBe('PUT');
    expect(put.url).toBe('/upload-session/1');
    expect(put.body.equals(Buffer.from(CSV, 'utf8'))).toBe(true);
    expect(put.headers['content-range']).toBe(`bytes 0-${size - 1}/${size}`);
    expect(put.headers['content-length']).toBe(String(size));
    const info = h.sent().at(-1);
    expect(info?.attachments).toEqual([{
      contentType: FILE_INFO_CARD, name: FILE.name, contentUrl: 'https://school.sharepoint.com/personal/coord/Documents/Applications/Koppel/koppel.csv',
      content: { uniqueId: 'drive-1', fileType: 'csv' },
    }]);
    expect(info?.text).toBe(exportRemindersNl.files.uploaded(FILE.name));
    // Taken once: the same card answered again finds nothing and uploads nothing.
    expect(await h.waiting()).toBe(0);
    await h.answer('accept', fileId);
    expect(h.upload.requests).toHaveLength(1);
    expect(h.sent().at(-1)?.text).toBe(exportRemindersNl.files.expired);
  });

  it('on decline, says so and uploads nothing', async () => {
    const h = await setup();
    const fileId = await h.ask();
    expect(await h.answer('decline', fileId, COORDINATOR, 'en-US')).toBe(200);
    expect(h.sent().at(-1)?.text).toBe(exportRemindersEn.files.declined(FILE.name));
    expect(h.upload.requests).toEqual([]);
    expect(await h.waiting()).toBe(0);
  });

  it('tells whoever answers an unknown, expired or someone else\'s file to ask again, and uploads nothing', async () => {
    const h = await setup({ clock: { now: Date.parse('2027-01-13T10:00:00Z') } });
    await h.answer('accept', 'no-such-file');
    expect(h.sent().at(-1)?.text).toBe(exportRemindersNl.files.expired);
    const fileId = await h.ask();
    await h.answer('accept', fileId, 'someone-else');
    expect(h.sent().at(-1)?.text).toBe(exportRemindersNl.files.expired);
    h.clock!.now += 31 * 60_000;
    await h.answer('accept', fileId);
    expect(h.sent().at(-1)?.text).toBe(exportRemindersNl.files.expired);
    expect(h.upload.requests).toEqual([]);
  });

  it('reports a failed upload in words', async () => {
    const h = await setup({ uploadStatus: 500 });
    await h.answer('accept', await h.ask());
    expect(h.upload.requests).toHaveLength(1);
    expect(h.sent().at(-1)).toMatchObject({ text: exportRemindersNl.files.uploadFailed(FILE.name) });
    expect(h.sent().at(-1)?.attachments ?? []).toEqual([]);
  });

  it('is not offered in a group chat or channel: the text points to the personal chat', async () => {
    for (const conversationType of ['groupChat', 'channel']) {
      const h = await setup();
      expect(await h.ask(conversationType)).toBeUndefined();
      expect(h.sent().at(-1)?.text).toBe(exportRemindersNl.files.notPersonal(FILE.name));
      expect(JSON.stringify(h.sent())).not.toContain('2027001');
      expect(await h.waiting()).toBe(0);
    }
  });

  it('is uploaded by another Koppel process than the one that offered it, once', async () => {
    const store = openMemoryKoppelStore();
    const offering = await setup({ store });
    const answering = await setup({ store });
    const fileId = await offering.ask();
    expect(await answering.answer('accept', fileId)).toBe(200);
    expect(answering.upload.requests.map((r) => r.body.toString('utf8'))).toEqual([CSV]);
    expect(answering.sent().at(-1)?.text).toBe(exportRemindersNl.files.uploaded(FILE.name));
    // Taken once across processes: the offering one finds nothing any more.
    await offering.answer('accept', fileId);
    expect(offering.upload.requests).toEqual([]);
    expect(offering.sent().at(-1)?.text).toBe(exportRemindersNl.files.expired);
  });

  it('keeps the bytes in the store as base64, for the person it was offered to only', async () => {
    const h = await setup();
    const fileId = await h.ask();
    const stored = (await h.store.read({ waiting: 'all' })).waiting[fileId!];
    expect(stored).toMatchObject({ kind: 'file-offer', ownerId: COORDINATOR, payload: { name: FILE.name, mediaType: 'text/csv', base64: Buffer.from(CSV, 'utf8').toString('base64') } });
    expect(Date.parse(stored.expiresAt) - Date.parse(stored.createdAt)).toBe(30 * 60_000);
  });
});
