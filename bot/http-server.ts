import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Server } from 'node:http';
import { z } from 'zod/v4';

export interface HttpServerOptions {
  /** Bot Framework activities from Teams (or the Agents Playground); without it there is no /api/messages. */
  teamsMessages?: (req: Request, res: Response) => Promise<void>;
  /** Slack's events, commands and interactivity (POST /slack/events); it reads the raw body itself for the signature. */
  slackRouter?: Router;
  /** The web pages behind personal links (/web/…): companies outside Teams and Slack, the coordinators' dashboard. */
  webRouters?: Router[];
  /** What /healthz reports besides `status: ok`, e.g. whether Slack is connected yet. */
  health?: () => Record<string, string | boolean>;
  /** Failures of a request, by code and path only: a request's body is never logged. */
  log?: (event: string, fields: Record<string, string | number | boolean>) => void;
}

/**
 * The least an activity needs before botbuilder sees it. Anyone can post to /api/messages, so a body
 * that is not even shaped like an activity is refused here with 400, before authentication and
 * without a trace of its content anywhere.
 */
export const IncomingActivity = z.looseObject({
  type: z.string().min(1).max(100),
  conversation: z.looseObject({ id: z.string().min(1).max(2000) }),
  serviceUrl: z.string().max(2000).optional(),
  from: z.looseObject({ id: z.string().min(1).max(2000) }).optional(),
});

export function createHttpApp(options: HttpServerOptions) {
  const app = express();
  const log = options.log ?? (() => {});
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', ...options.health?.() });
  });
  const teamsMessages = options.teamsMessages;
  if (teamsMessages) {
    app.post('/api/messages', express.json({ limit: '1mb' }), (req, res, next) => {
      if (!IncomingActivity.safeParse(req.body).success) {
        log('http.refused', { path: '/api/messages', status: 400 });
        res.status(400).json({ error: 'not an activity' });
        return;
      }
      teamsMessages(req, res).catch(next);
    });
  }
  if (options.slackRouter) app.use(options.slackRouter);
  for (const router of options.webRouters ?? []) app.use(router);
  // Express's own handler would print the error, and a JSON parse error quotes the body.
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = httpStatusOf(error);
    log(status >= 500 ? 'http.failed' : 'http.refused', { path: req.path, status, ...(status >= 500 ? { error: error instanceof Error ? error.name : 'unknown' } : {}) });
    res.status(status).json({ error: status >= 500 ? 'internal error' : 'bad request' });
  });
  return app;
}

/** body-parser marks what was wrong with the request (unreadable JSON, too large) with a 4xx status. */
function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

export function listen(app: ReturnType<typeof createHttpApp>, port: number, host = '0.0.0.0'): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
    server.once('error', reject);
  });
}
