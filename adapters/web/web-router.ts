import { randomBytes, timingSafeEqual } from 'node:crypto';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod/v4';
import type { OutboxEntry } from '../../bot/domain/outbox-entry.js';
import type { OpenedLink } from '../../bot/web-links/web-links.js';
import type { Conversations } from '../../dialogs/conversations.js';
import { textsFor } from '../../dialogs/texts/index.js';
import { languageOf, type Language, type Reply, type Turn } from '../../dialogs/turn.js';
import { escapeHtml } from './html.js';
import type { SentMail } from './mailer.js';
import { messagePage, renderPage } from './render-page.js';

// The web adapter: a company contact outside Teams and Slack opens their personal link and gets the
// same cards as in the chat, as a web page. A page request becomes a neutral turn of the person the
// link was sent to, and goes through the same dialogs, services and role checks as a chat message;
// the replies are rendered as HTML. Posts carry a token that must match the page's cookie (a page on
// another site cannot read or send it), and each link may post only so often.

export interface WebRouterOptions {
  /** The dialogs and what the adapter asks directly: the same port as Teams' and Slack's. */
  conversations: Conversations;
  openLink(token: string): Promise<OpenedLink>;
  schoolName: string;
  /** A mailed message by its outbox key, so its link opens its own cards (an evaluation, a meeting to plan). */
  messageOf?(key: string): Promise<OutboxEntry | undefined>;
  /** Local mode without SMTP: the mails that would have been sent, on /web/mails. */
  localMails?: () => readonly SentMail[];
  log: (event: string, fields: Record<string, string | number | boolean>) => void;
}

const CSRF_COOKIE = 'koppel_csrf';
const POSTS_PER_MINUTE = 30;

const Action = z.object({ verb: z.string().min(1).max(100), data: z.record(z.string(), z.string().max(300)).default({}) });

export function createWebRouter(options: WebRouterOptions): Router {
  const router = express.Router();
  const linkPath = (token: string) => `/web/l/${token}`;

  router.use('/web', cookieParser(), (_req, res, next) => {
    // Nothing of these pages is for other sites, caches or frames.
    res.set({ 'Cache-Control': 'no-store', 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'", 'Referrer-Policy': 'no-referrer' });
    next();
  });

  const languageFrom = (req: Request): Language => {
    const asked = typeof req.query.lang === 'string' ? req.query.lang : undefined;
    return asked === 'en' || asked === 'nl' ? asked : languageOf(req.get('accept-language'));
  };
  const refused = (res: Response, language: Language, status: number) => {
    const t = textsFor(language).web;
    res.status(status).type('html').send(messagePage(language, t.invalidTitle, t.invalid(options.schoolName)));
  };
  /** The page's anti-forgery token: the cookie's, or a new one. */
  const csrfOf = (req: Request, res: Response, token: string): string => {
    const existing = typeof req.cookies?.[CSRF_COOKIE] === 'string' ? req.cookies[CSRF_COOKIE] as string : undefined;
    if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
    const fresh = randomBytes(32).toString('base64url');
    res.cookie(CSRF_COOKIE, fresh, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: linkPath(token) });
    return fresh;
  };
  const render = async (req: Request, res: Response, token: string, language: Language, replies: Reply[]) => {
    const t = textsFor(language).web;
    const base = linkPath(token);
    const other: Language = language === 'en' ? 'nl' : 'en';
    res.type('html').send(renderPage(replies, {
      language, action: `${base}?lang=${language}`, csrf: csrfOf(req, res, token),
      nav: [
        { href: `${base}?view=offer&lang=${language}`, label: t.offer },
        { href: `${base}?view=students&lang=${language}`, label: t.students },
        { href: `${base}/gegevens.json?lang=${language}`, label: t.myData },
        { href: `${base}?lang=${other}`, label: t.language, lang: other },
      ],
    }));
  };

  router.get('/web/l/:token', async (req, res, next) => {
    try {
      const language = languageFrom(req);
      const token = String(req.params.token);
      const opened = await options.openLink(token);
      if (!opened.ok) return refused(res, language, 404);
      const { link } = opened;
      const person = { platform: 'email' as const, userId: link.email };
      // The link of a mailed message opens that message's cards, when it was this contact's.
      const key = typeof req.query.m === 'string' && req.query.m.length <= 300 ? req.query.m : undefined;
      const message = key && options.messageOf ? await options.messageOf(key) : undefined;
      if (message?.notification && message.recipient.platform === 'email' && message.recipient.userId === link.email) {
        return await render(req, res, token, language, await options.conversations.notificationReplies(message.notification, language));
      }
      const round = (await options.conversations.services.rounds.list()).find((r) => r.id === link.roundId);
      const view = req.query.view === 'offer' || req.query.view === 'students' ? req.query.view
        : round && ['draft', 'open', 'closed', 'matched', 'approved'].includes(round.status) ? 'offer' : 'students';
      const input: Turn['input'] = view === 'offer'
        ? { kind: 'submit', verb: 'offer.show', values: { verb: 'offer.show', roundId: link.roundId } }
        : { kind: 'text', text: language === 'en' ? 'my students' : 'mijn studenten' };
      await render(req, res, token, language, await options.conversations.handleTurn({ person, language, input }));
    } catch (error) {
      next(error);
    }
  });

  // The contact's right of access on the web, as `mijn gegevens downloaden` in the chat: the same turn, its files as downloads.
  router.get('/web/l/:token/gegevens.:format', async (req, res, next) => {
    try {
      const language = languageFrom(req);
      const token = String(req.params.token);
      const format = req.params.format === 'txt' ? 'text/plain' : req.params.format === 'json' ? 'application/json' : undefined;
      const opened = await options.openLink(token);
      if (!opened.ok || !format) return refused(res, language, 404);
      const person = { platform: 'email' as const, userId: opened.link.email };
      const replies = await options.conversations.handleTurn({ person, language, input: { kind: 'text', text: 'download my data' } });
      const file = replies.find((r) => r.kind === 'file' && r.mediaType === format);
      if (!file || file.kind !== 'file') return render(req, res, token, language, replies);
      res.set('Content-Disposition', `attachment; filename="${file.name.replace(/[^A-Za-z0-9_.-]/g, '')}"`).type(`${format}; charset=utf-8`).send(file.content);
    } catch (error) {
      next(error);
    }
  });

  const limiter = rateLimit({
    windowMs: 60_000, limit: POSTS_PER_MINUTE, standardHeaders: 'draft-8', legacyHeaders: false,
    keyGenerator: (req) => `link:${String(req.params.token).slice(0, 64)}`,
    handler: (req, res) => {
      const language = languageFrom(req);
      const t = textsFor(language).web;
      res.status(429).type('html').send(messagePage(language, t.invalidTitle, t.tooMany));
    },
  });

  router.post('/web/l/:token', limiter, express.urlencoded({ extended: false, limit: '200kb', parameterLimit: 500 }), async (req, res, next) => {
    try {
      const language = languageFrom(req);
      const token = String(req.params.token);
      const opened = await options.openLink(token);
      if (!opened.ok) return refused(res, language, 404);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const cookie = typeof req.cookies?.[CSRF_COOKIE] === 'string' ? req.cookies[CSRF_COOKIE] as string : '';
      const sent = typeof body._csrf === 'string' ? body._csrf : '';
      if (!sameToken(cookie, sent)) {
        options.log('web.csrf-refused', { linkId: opened.link.id.slice(0, 12) });
        const t = textsFor(language).web;
        return res.status(403).type('html').send(messagePage(language, t.invalidTitle, t.expired));
      }
      const action = Action.safeParse(parseJson(body._action));
      if (!action.success) return refused(res, language, 400);
      const values: Record<string, unknown> = { verb: action.data.verb, ...action.data.data };
      for (const [key, value] of Object.entries(body)) {
        if (key === '_csrf' || key === '_action') continue;
        // Several ticked boxes come as a list; the cards send them comma-separated, as Teams does.
        values[key] = Array.isArray(value) ? value.map(String).join(',') : String(value);
      }
      const person = { platform: 'email' as const, userId: opened.link.email };
      const turn: Turn = { person, language, input: { kind: 'submit', verb: action.data.verb, values } };
      await render(req, res, token, language, await options.conversations.handleTurn(turn));
    } catch (error) {
      next(error);
    }
  });

  if (options.localMails) {
    const mails = options.localMails;
    router.get('/web/mails', (req, res) => {
      const t = textsFor(languageFrom(req)).web;
      const list = [...mails()].reverse().map((m) => `<article class="card"><h2>${escapeHtml(m.subject)}</h2><p>${escapeHtml(m.to)} · ${escapeHtml(m.at)}</p><pre>${escapeHtml(m.text).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')}</pre></article>`).join('');
      res.type('html').send(messagePage(languageFrom(req), t.localMails, '').replace('</main>', `${list || `<p>${escapeHtml(t.noMails)}</p>`}</main>`));
    });
  }
  return router;
}

function sameToken(a: string, b: string): boolean {
  if (a.length === 0 || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
