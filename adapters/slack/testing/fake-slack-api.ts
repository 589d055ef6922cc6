import type { Server } from 'node:http';
import express from 'express';

// A fake Slack Web API on loopback for tests: records every call (method + parsed body), answers
// the methods the adapter uses like Slack does, enforces a rate limit, and can be told to fail.
// It also serves the files people share, as Slack does at url_private_download: only with the bot
// token, behind a redirect, and otherwise with its sign-in page.

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  /** When the call arrived (Date.now()). */
  at: number;
}

export interface ScriptedFailure {
  /** HTTP status (429 comes with Retry-After); without it, HTTP 200 with `{ ok: false, error }`. */
  status?: number;
  error?: string;
  retryAfterSeconds?: number;
  /** Cut the connection without an answer (a network error; the request did arrive). */
  drop?: boolean;
}

export interface FakeSlackUser {
  email?: string;
  locale?: string;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[];
  updates: number;
}

/** A file in a `file_share` message event, as Slack describes it. */
export interface FakeSharedFile {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  filetype: string;
  size: number;
  url_private: string;
  url_private_download: string;
}

export interface FileDownloadRequest {
  path: string;
  authorization: string | undefined;
}

export async function startFakeSlackApi(options: { users?: Record<string, FakeSlackUser>; perMethodPerSecond?: number; botToken?: string } = {}) {
  const calls: RecordedCall[] = [];
  const uploads: Array<{ fileId: string; content: string }> = [];
  const sharedFiles = new Map<string, { content: Buffer; status?: number }>();
  const downloads: FileDownloadRequest[] = [];
  const users = new Map(Object.entries(options.users ?? {}));
  const messages = new Map<string, StoredMessage>();
  const views = new Map<string, unknown>();
  const failures = new Map<string, ScriptedFailure[]>();
  let perSecond = options.perMethodPerSecond ?? Infinity;
  const window = new Map<string, { second: number; count: number }>();
  let counter = 0;

  const app = express();
  // url_private_download answers with a redirect to where the file is, as Slack's file hosts may.
  app.get('/files-pri/:fileId/download/:name', (req, res) => {
    downloads.push({ path: req.path, authorization: req.headers.authorization });
    res.redirect(302, `/files-tmb/${req.params.fileId}/${req.params.name}`);
  });
  app.get('/files-tmb/:fileId/:name', (req, res) => {
    downloads.push({ path: req.path, authorization: req.headers.authorization });
    if (req.headers.authorization !== `Bearer ${options.botToken ?? 'xoxb-0000-test'}`) {
      res.redirect(302, '/signin');
      return;
    }
    const file = sharedFiles.get(String(req.params.fileId));
    if (!file || file.status) {
      res.status(file?.status ?? 404).type('text/plain').send('file_not_found');
      return;
    }
    res.status(200).type('application/octet-stream').send(file.content);
  });
  app.get('/signin', (_req, res) => {
    res.status(200).type('text/html').send('<!DOCTYPE html><html><body>Sign in to Slack</body></html>');
  });
  app.post('/upload/:fileId', express.raw({ type: () => true, limit: '5mb' }), (req, res) => {
    uploads.push({ fileId: String(req.params.fileId), content: Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '' });
    res.status(200).send(`OK - ${uploads.length}`);
  });
  app.post('/api/:method', express.urlencoded({ extended: false, limit: '5mb' }), express.json({ limit: '5mb' }), (req, res) => {
    const method = String(req.params.method);
    const body = parseBody(req.body as Record<string, unknown>);
    calls.push({ method, body, at: Date.now() });
    const scripted = failures.get(method)?.shift();
    if (scripted) return fail(res, scripted);
    const second = Math.floor(Date.now() / 1000);
    const seen = window.get(method);
    const count = seen && seen.second === second ? seen.count + 1 : 1;
    window.set(method, { second, count });
    if (count > perSecond) return fail(res, { status: 429, retryAfterSeconds: 1 });
    res.json(answer(method, body));
  });

  const fail = (res: express.Response, failure: ScriptedFailure) => {
    if (failure.drop) {
      res.socket?.destroy();
      return;
    }
    if (failure.status === 429) res.setHeader('Retry-After', String(failure.retryAfterSeconds ?? 1));
    res.status(failure.status ?? 200).json({ ok: false, error: failure.error ?? (failure.status === 429 ? 'ratelimited' : 'fatal_error') });
  };

  const answer = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'UKOPPELBOT', bot_id: 'BKOPPEL', team_id: 'T0SCHOOL' };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(body.users)}` } };
      case 'chat.postMessage': {
        const ts = `1800000000.${String(++counter).padStart(6, '0')}`;
        const channel = String(body.channel);
        messages.set(`${channel}:${ts}`, { channel, ts, text: String(body.text ?? ''), blocks: (body.blocks as unknown[]) ?? [], updates: 0 });
        return { ok: true, channel, ts };
      }
      case 'chat.update': {
        const stored = messages.get(`${String(body.channel)}:${String(body.ts)}`);
        if (!stored) return { ok: false, error: 'message_not_found' };
        Object.assign(stored, { text: String(body.text ?? ''), blocks: (body.blocks as unknown[]) ?? [], updates: stored.updates + 1 });
        return { ok: true, channel: stored.channel, ts: stored.ts };
      }
      case 'views.open':
      case 'views.push': {
        const id = `V${String(++counter).padStart(6, '0')}`;
        views.set(id, body.view);
        return { ok: true, view: { id, ...(body.view as object) } };
      }
      case 'views.update':
        if (!views.has(String(body.view_id))) return { ok: false, error: 'not_found' };
        views.set(String(body.view_id), body.view);
        return { ok: true, view: { id: body.view_id } };
      case 'views.publish':
        return { ok: true, view: { id: `VHOME${String(body.user_id)}` } };
      case 'users.info': {
        const user = users.get(String(body.user));
        if (!user) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id: body.user, ...(String(body.include_locale) === 'true' ? { locale: user.locale } : {}), profile: { email: user.email } } };
      }
      case 'files.getUploadURLExternal': {
        const fileId = `F${String(++counter).padStart(6, '0')}`;
        return { ok: true, file_id: fileId, upload_url: `${base}/upload/${fileId}` };
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: Array.isArray(body.files) ? body.files : [] };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  return {
    /** Give this to the adapter as slackApiUrl. */
    url: `${base}/api/`,
    calls,
    uploads,
    users,
    messages,
    views,
    downloads,
    callsOf: (method: string) => calls.filter((c) => c.method === method),
    /**
     * A file someone shares, served at its url_private_download; `status` serves that error
     * instead, `size` is what the event declares (the content's length unless given).
     */
    shareFile(name: string, content: string | Buffer, extra: { status?: number; size?: number; mimetype?: string } = {}): FakeSharedFile {
      const id = `F${String(++counter).padStart(6, '0')}`;
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      sharedFiles.set(id, { content: bytes, status: extra.status });
      const path = `/files-pri/${id}/download/${encodeURIComponent(name)}`;
      return {
        id, name, title: name, mimetype: extra.mimetype ?? 'text/csv', filetype: 'csv', size: extra.size ?? bytes.length,
        url_private: `${base}/files-pri/${id}/${encodeURIComponent(name)}`, url_private_download: `${base}${path}`,
      };
    },
    /** Where the fake serves files from, for the adapter's list of trusted file origins. */
    get origin() { return base; },
    /** The next calls of `method` get these answers, in order. */
    failNext(method: string, ...answers: ScriptedFailure[]) {
      failures.set(method, [...(failures.get(method) ?? []), ...answers]);
    },
    setRateLimit(callsPerMethodPerSecond: number) {
      perSecond = callsPerMethodPerSecond;
    },
    /** Waits until the recorded calls satisfy `check` (work continues after Slack's acknowledgement). */
    async waitFor(check: (calls: RecordedCall[]) => boolean, timeoutMs = 10_000): Promise<void> {
      const until = Date.now() + timeoutMs;
      while (!check(calls)) {
        if (Date.now() > until) throw new Error(`fake Slack: condition not met; calls so far: ${calls.map((c) => c.method).join(', ')}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export type FakeSlackApi = Awaited<ReturnType<typeof startFakeSlackApi>>;

/** The Web client sends objects (blocks, views) as JSON strings inside a form body. */
function parseBody(raw: Record<string, unknown> | undefined): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw ?? {})) {
    if (typeof value === 'string' && /^[[{]/.test(value)) {
      try {
        body[key] = JSON.parse(value);
        continue;
      } catch {
        // Not JSON after all: keep the text.
      }
    }
    body[key] = value;
  }
  return body;
}
