// `npm start`: reads the configuration, starts Koppel, and in local mode the Agents Playground.
import 'dotenv/config';
import { startKoppel } from './composition-root.js';
import { loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';

const result = loadConfig(process.env);
if (!result.ok) {
  console.error(`Koppel cannot start; fix the configuration (environment variables or .env):\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const { config } = result;

try {
  const demo = process.argv.includes('--demo');
  const koppel = await startKoppel({ config, log: createLogger(), demo });
  if (koppel.playground && demo) {
    console.log(`\nKoppel runs the DEMO. Open ${koppel.playground.url} and type "hallo" in the chat.\nYou are coordinator, student and company contact at once: switch with "demo rol student", "demo rol bedrijf" or "demo rol coördinator".\nDemo data is made fresh at every start in ${config.dataDir}/demo/koppel.json, apart from real data. Stop with Ctrl-C.\n`);
  } else if (koppel.playground) {
    console.log(`\nKoppel runs in local mode. Open ${koppel.playground.url} and type "hallo" in the chat.\nData is stored in ${config.dataDir}/koppel.json. Stop with Ctrl-C.\n${listensOn(config)}\n`);
  } else {
    console.log(`\nKoppel listens on port ${config.port} (POST /api/messages, GET /healthz).\n${listensOn(config)}\n`);
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await koppel.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`Koppel cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

/** Where the server can be reached; local mode, which has no authentication, says why it is loopback only. */
function listensOn(config: Config): string {
  const local = config.teams === undefined && config.slack === undefined;
  if (local && config.host === '127.0.0.1') return 'Local mode has no sign-in, so Koppel only answers on this computer (127.0.0.1); HOST=0.0.0.0 opens it to the network.';
  return `Listening on ${config.host}:${config.port}.`;
}
