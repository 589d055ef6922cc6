// Child process of the crash test and the benchmark: runs the release against a (fake) connector
// over HTTP. Prints 'ready', then one JSON line per result.
// - With `file`: one process on a lowdb file; recovers the outbox, then sends it (runOutbox).
// - With `databaseUrl`: one of several Koppel processes on one PostgreSQL database; it runs the
//   release runner with the sender lease, as `npm start` does with DATABASE_URL, until nothing is
//   left to send by any of them.
// Usage: node --import tsx release-worker.ts '<json config>'
import { instanceId } from '../../instance-id.js';
import type { KoppelStore } from '../../store/index.js';
import { openPostgresStore } from '../../store/postgres/index.js';
import { createHttpTransport } from './http-transport.js';
import { conversationIdFor, openFixtureStore, placeholderActivity } from './release-fixture.js';
import { hasUnsent, startReleaseRunner } from '../release-runner.js';
import type { ReleaseLog } from '../outbox-port.js';
import { recoverAfterRestart, runOutbox, type RateLimitOptions } from '../release-sender.js';
import { SENDER_LEASE } from '../sender-lease.js';

interface WorkerConfig {
  file?: string;
  databaseUrl?: string;
  url: string;
  perSecond: number;
  perConversationPerSecond?: number;
  concurrency?: number;
  leaseMs?: number;
  /** Log lines (ids and counts) to stderr. */
  log?: boolean;
}

const config = JSON.parse(process.argv[2] ?? '{}') as WorkerConfig;
if ((!config.file && !config.databaseUrl) || !config.url) throw new Error('usage: release-worker.ts \'{"file"|"databaseUrl":…,"url":…,"perSecond":…}\'');

const now = () => new Date();
const log: ReleaseLog | undefined = config.log ? (event, fields) => process.stderr.write(`${JSON.stringify({ event, pid: process.pid, ...fields })}\n`) : undefined;
const rateLimit: RateLimitOptions = { perSecond: config.perSecond, perConversationPerSecond: config.perConversationPerSecond, concurrency: config.concurrency };
const transport = createHttpTransport({
  lookup: (recipient) => ({ serviceUrl: config.url, conversationId: conversationIdFor(recipient) }),
  render: placeholderActivity,
});

if (config.databaseUrl) await runAsOneOfSeveral(await openPostgresStore(config.databaseUrl), config.leaseMs ?? 5000);
else await runAlone(await openFixtureStore(config.file!));
process.exit(0);

async function runAlone(store: KoppelStore): Promise<void> {
  process.stdout.write('ready\n');
  const recovery = await recoverAfterRestart(store, now());
  process.stdout.write(`${JSON.stringify({ recovery })}\n`);
  const result = await runOutbox({ store, transport, now, log, rateLimit });
  process.stdout.write(`${JSON.stringify({ result })}\n`);
}

async function runAsOneOfSeveral(store: KoppelStore, leaseMs: number): Promise<void> {
  const owner = instanceId();
  const runner = startReleaseRunner({
    store, transport, now, coordinators: [], log, rateLimit, intervalMs: 200,
    lease: { name: SENDER_LEASE, owner, leaseMs },
  });
  process.stdout.write('ready\n');
  const totals = { sent: 0, failed: 0, retries: 0, duplicatesAvoided: 0 };
  // Until every process together has sent everything: the lease holder sends, the others wait to take over.
  while (await hasUnsent(store)) {
    const result = await runner.runDue().catch(() => ({ sent: 0, failed: 0, retries: 0, duplicatesAvoided: 0 }));
    totals.sent += result.sent;
    totals.failed += result.failed;
    totals.retries += result.retries;
    totals.duplicatesAvoided += result.duplicatesAvoided;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await runner.stop();
  await store.close();
  process.stdout.write(`${JSON.stringify({ result: totals })}\n`);
}
