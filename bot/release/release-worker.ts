// Child process of the crash test and the benchmark: recovers the outbox in a file store, then runs
// the release against a (fake) connector over HTTP. Prints 'ready', then one JSON line per result.
// Usage: node --import tsx release-worker.ts '<json config>'
import { createHttpTransport } from './http-transport.js';
import { conversationIdFor, openFixtureStore, placeholderActivity } from './release-fixture.js';
import { recoverAfterRestart, runOutbox } from './release-sender.js';

interface WorkerConfig {
  file: string;
  url: string;
  perSecond: number;
  perConversationPerSecond?: number;
  concurrency?: number;
  /** Log lines (ids and counts) to stderr. */
  log?: boolean;
}

const config = JSON.parse(process.argv[2] ?? '{}') as WorkerConfig;
if (!config.file || !config.url) throw new Error('usage: release-worker.ts \'{"file":…,"url":…,"perSecond":…}\'');

const store = await openFixtureStore(config.file);
const now = () => new Date();
process.stdout.write('ready\n');
const recovery = await recoverAfterRestart(store, now());
process.stdout.write(`${JSON.stringify({ recovery })}\n`);
const transport = createHttpTransport({
  lookup: (recipient) => ({ serviceUrl: config.url, conversationId: conversationIdFor(recipient) }),
  render: placeholderActivity,
});
const result = await runOutbox({
  store, transport, now,
  log: config.log ? (event, fields) => process.stderr.write(`${JSON.stringify({ event, ...fields })}\n`) : undefined,
  rateLimit: { perSecond: config.perSecond, perConversationPerSecond: config.perConversationPerSecond, concurrency: config.concurrency },
});
process.stdout.write(`${JSON.stringify({ result })}\n`);
process.exit(0);
