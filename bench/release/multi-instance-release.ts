// Several Koppel processes on one PostgreSQL database release one round: each runs the release
// runner with the sender lease (as `npm start` does with DATABASE_URL) against a fake Bot Framework
// connector on loopback. When half of the messages have arrived, the process that is sending is
// killed with SIGKILL; the survivors must take over and finish, with nothing sent twice and nothing
// lost. Used by `npm run bench:release -- --store postgres --instances 3` and by its test.
import { releaseFigures, type ReleaseFigures } from './bench-figures.js';
import { startFakeConnector, type FakeConnectorOptions } from '../../bot/release/testing/fake-connector.js';
import { enqueue } from '../../bot/release/outbox.js';
import { fixtureData, fixturePlan, preDeliveredCards, type FixtureSize } from '../../bot/release/testing/release-fixture.js';
import { SENDER_LEASE } from '../../bot/release/sender-lease.js';
import { runWorker, type WorkerRun } from '../../bot/release/testing/worker-process.js';
import { byIds, EVERYTHING } from '../../bot/store/index.js';
import { openPostgresStore } from '../../bot/store/postgres/index.js';

export interface MultiInstanceOptions {
  /** An empty database: the round is written into it. */
  databaseUrl: string;
  size: FixtureSize;
  instances: number;
  perSecond: number;
  leaseMs: number;
  timeoutMs: number;
  failures?: FakeConnectorOptions['failures'];
  seed?: number;
}

export interface MultiInstanceResult {
  figures: ReleaseFigures;
  messages: number;
  /** How many deliveries had arrived when the sending process was killed; undefined if it never was. */
  killedAfter?: number;
  killedOwner?: string;
  runs: WorkerRun[];
  /** When the first process was ready to send (ms since epoch): the release moment for the figures. */
  releaseAt: number;
  /** Requests the connector refused for going over its rate limit (not the injected 429s). */
  rateLimited: number;
}

export async function releaseWithInstances(options: MultiInstanceOptions): Promise<MultiInstanceResult> {
  const store = await openPostgresStore(options.databaseUrl);
  const plan = fixturePlan(options.size);
  await store.update(EVERYTHING, (draft) => void Object.assign(draft, fixtureData(options.size)));
  await enqueue(store, plan, new Date());

  const kills = new Map<number, () => void>();
  const halfway = Math.floor(plan.length / 2);
  let killedAfter: number | undefined;
  let killedOwner: string | undefined;
  const killSender = async (delivered: number) => {
    const owner = (await store.read({ leases: byIds(SENDER_LEASE) })).leases[SENDER_LEASE]?.owner;
    // The owner is host:pid:random (bot/instance-id.ts).
    const pid = Number(owner?.split(':').at(-2));
    const kill = kills.get(pid);
    if (!kill) return;
    killedAfter = delivered;
    killedOwner = owner;
    kill();
  };
  const connector = await startFakeConnector({
    perSecond: 50, perConversationPerSecond: 7, seed: options.seed ?? 1, retryAfterSeconds: 1, failures: options.failures,
    knownActivities: preDeliveredCards(options.size.students), maxLifetimeMs: options.timeoutMs + 30_000,
    onDelivery: (_delivery, delivered) => void (delivered === halfway && killSender(delivered)),
  });
  try {
    let releaseAt = 0;
    const config = { databaseUrl: options.databaseUrl, url: connector.url, perSecond: options.perSecond, leaseMs: options.leaseMs };
    const runs = await Promise.all(Array.from({ length: options.instances }, () => runWorker({
      config,
      onSpawn: (kill, pid) => pid !== undefined && kills.set(pid, kill),
      onReady: () => (releaseAt ||= Date.now()),
      timeoutMs: options.timeoutMs,
    })));
    const data = await store.read(EVERYTHING);
    return { figures: releaseFigures(connector.deliveries, data, releaseAt), messages: plan.length, killedAfter, killedOwner, runs, releaseAt, rateLimited: connector.stats.limited };
  } finally {
    await connector.stop();
    await store.close();
  }
}
