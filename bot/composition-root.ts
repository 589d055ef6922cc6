// The one place that knows every part: configuration, store, catalogue, dialogs and the Teams adapter.
import type { Server } from 'node:http';
import { join } from 'node:path';
import { startPlayground, type Playground } from '../adapters/teams/local-playground.js';
import { createTeamsBot } from '../adapters/teams/teams-bot.js';
import { handleTurn } from '../dialogs/koppel-dialogs.js';
import type { DialogServices } from '../dialogs/router.js';
import { loadCatalogue } from './catalogue/load-catalogue.js';
import type { Config } from './config.js';
import { loadDefaultGazetteer } from './geo/gazetteer.js';
import { createHttpApp, listen } from './http-server.js';
import { createIntakeService } from './intake/intake-service.js';
import { coachWish } from './intake/wish-coach.js';
import { emptyKoppelData, KOPPEL_DATA_VERSION, KoppelData, koppelMigrations } from './koppel-data.js';
import type { Log } from './logger.js';
import { createPeopleService } from './people-service.js';
import { openFileStore, type DocumentStore } from './store/index.js';

export interface Koppel {
  server: Server;
  playground: Playground | undefined;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  log: Log;
  /** Injected by tests; the default is the lowdb JSON file under DATA_DIR. */
  store?: DocumentStore<KoppelData>;
  now?: () => Date;
}

export async function startKoppel({ config, log, store, now = () => new Date() }: StartOptions): Promise<Koppel> {
  const catalogue = await loadCatalogue(config.catalogueFile);
  const data = store ?? await openFileStore({
    file: join(config.dataDir, 'koppel.json'),
    schema: KoppelData,
    initial: emptyKoppelData,
    currentVersion: KOPPEL_DATA_VERSION,
    migrations: koppelMigrations,
  });
  const people = createPeopleService(data, config.coordinators, now);
  const gazetteer = loadDefaultGazetteer();
  const intake = createIntakeService(data, catalogue, coachWish, now);
  const services: DialogServices = { ...people, intake, coachWish, municipalities: gazetteer.names };
  const teams = createTeamsBot({
    credentials: config.teams,
    handleTurn,
    services,
    rememberConversation: people.rememberConversation,
    log,
  });
  const http = createHttpApp({ teamsMessages: (req, res) => teams.adapter.process(req, res, (context) => teams.app.run(context).then(() => undefined)) });
  const server = await listen(http, config.port);
  log('server.started', { port: config.port, programmes: catalogue.programmes.length, localMode: config.teams === undefined });

  const playground = config.playground.enabled
    ? await startPlayground({ botEndpoint: `http://127.0.0.1:${config.port}/api/messages`, port: config.playground.port, workDir: join(config.dataDir, 'playground') })
    : undefined;

  return {
    server,
    playground,
    stop: async () => {
      await playground?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
