import express, { type Request, type Response } from 'express';
import type { Server } from 'node:http';

export interface HttpServerOptions {
  /** Bot Framework activities from Teams (or the Agents Playground). */
  teamsMessages: (req: Request, res: Response) => Promise<void>;
}

export function createHttpApp(options: HttpServerOptions) {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.post('/api/messages', express.json({ limit: '1mb' }), (req, res, next) => {
    options.teamsMessages(req, res).catch(next);
  });
  return app;
}

export function listen(app: ReturnType<typeof createHttpApp>, port: number, host = '0.0.0.0'): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
    server.once('error', reject);
  });
}
