import express, { type Request, type Response, type Router } from 'express';
import type { Server } from 'node:http';

export interface HttpServerOptions {
  /** Bot Framework activities from Teams (or the Agents Playground); without it there is no /api/messages. */
  teamsMessages?: (req: Request, res: Response) => Promise<void>;
  /** Slack's events, commands and interactivity (POST /slack/events); it reads the raw body itself for the signature. */
  slackRouter?: Router;
}

export function createHttpApp(options: HttpServerOptions) {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const teamsMessages = options.teamsMessages;
  if (teamsMessages) {
    app.post('/api/messages', express.json({ limit: '1mb' }), (req, res, next) => {
      teamsMessages(req, res).catch(next);
    });
  }
  if (options.slackRouter) app.use(options.slackRouter);
  return app;
}

export function listen(app: ReturnType<typeof createHttpApp>, port: number, host = '0.0.0.0'): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
    server.once('error', reject);
  });
}
