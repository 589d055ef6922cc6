// Release benchmark: a round of students and companies released through the outbox against the fake
// connector with Teams-like limits and injected 429/5xx, the runner killed with SIGKILL at a random
// point and restarted. Prints when every student can see their result (the server decides from the
// moment), how long the push takes, completion times, duplicates, lost and in-doubt messages, next to
// the time a naive one-by-one sender needs for the same messages under the same limits.
// With `--store postgres --instances 3`, several Koppel processes share one PostgreSQL database
// (DATABASE_URL, else a throwaway server) and the one sending is killed halfway instead.
// Usage: npm run bench:release [-- --students 2000 --companies 600 --coordinators 20 --seed 1 --store lowdb|postgres --instances 3]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EVERYTHING } from '../../bot/store/index.js';
import { releaseFigures, seconds, type ReleaseFigures } from './bench-figures.js';
import { releaseWithInstances } from './multi-instance-release.js';
import { startPostgres } from '../../test/support/postgres-server.js';
import { seededRandom, startFakeConnector } from '../../bot/release/testing/fake-connector.js';
import { createHttpTransport } from '../../bot/release/testing/http-transport.js';
import { enqueue } from '../../bot/release/outbox.js';
import type { KoppelView } from '../../bot/koppel-data.js';
import { studentResult } from '../../bot/results/student-result.js';
import { FIXTURE_RELEASE_AT, FIXTURE_ROUND, fixtureData, fixturePlan, openFixtureStore, placeholderActivity, preDeliveredCards } from '../../bot/release/testing/release-fixture.js';
import { runWorker } from '../../bot/release/testing/worker-process.js';

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '2000' }, companies: { type: 'string', default: '600' },
    coordinators: { type: 'string', default: '20' }, seed: { type: 'string', default: String(Date.now() % 100_000) },
    'per-second': { type: 'string', default: '40' }, 'timeout-s': { type: 'string', default: '300' },
    store: { type: 'string', default: 'lowdb' }, instances: { type: 'string', default: '3' },
  },
});
if (values.store !== 'lowdb' && values.store !== 'postgres') throw new Error('--store must be lowdb or postgres');
const size = { students: Number(values.students), companies: Number(values.companies), coordinators: Number(values.coordinators) };
const seed = Number(values.seed);
const perSecond = Number(values['per-second']);
const SERVER_PER_SECOND = 50;
const deadline = Date.now() + Number(values['timeout-s']) * 1000;
const remaining = () => Math.max(1000, deadline - Date.now());

if (values.store === 'postgres') {
  process.exitCode = await benchOnPostgres(Number(values.instances));
} else {
  process.exitCode = await benchOnLowdb();
}

async function benchOnLowdb(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'koppel-bench-release-'));
  const connector = await startFakeConnector({
    perSecond: SERVER_PER_SECOND, perConversationPerSecond: 7, seed, retryAfterSeconds: 1,
    failures: { 429: 0.02, 502: 0.01, 504: 0.01, 412: 0.005 },
    knownActivities: preDeliveredCards(size.students), maxLifetimeMs: remaining() + 30_000,
    onDelivery: (_delivery, delivered) => void (delivered === killAt && kill()),
  });
  let kill = () => {};
  let killAt = 0;
  try {
    const file = join(dir, 'koppel.json');
    const store = await openFixtureStore(file, () => fixtureData(size));
    const plan = fixturePlan(size);
    await enqueue(store, plan, new Date());
    killAt = Math.floor(plan.length * (0.05 + 0.9 * seededRandom(seed)()));
    const config = { file, url: connector.url, perSecond };

    // The release moment is when the running server starts sending, not when its process starts.
    let releaseAt = Date.now();
    const first = await runWorker({ config, onSpawn: (k) => (kill = k), onReady: () => (releaseAt = Date.now()), timeoutMs: remaining() });
    kill = () => {};
    const killedAfterMs = Date.now() - releaseAt;
    const second = await runWorker({ config, timeoutMs: remaining() });
    const data = await (await openFixtureStore(file)).read(EVERYTHING);
    const figures = releaseFigures(connector.deliveries, data, releaseAt);
    const rttMs = await sequentialRoundTripMs();
    const naiveStudentsMs = size.students * Math.max(rttMs, 1000 / SERVER_PER_SECOND);
    const naiveAllMs = plan.length * Math.max(rttMs, 1000 / SERVER_PER_SECOND);

    const visibility = visibleAtTheMoment(fixtureData(size));
    const rows: Array<[string, string]> = [
      ['round', `${size.students} students, ${size.companies} companies, ${size.coordinators} coordinators: ${plan.length} messages (seed ${seed})`],
      ['limits', `server ${SERVER_PER_SECOND}/s global, 7/s per conversation; sender ${perSecond}/s; injected 2% 429, 1% 502, 1% 504, 0.5% 412`],
      ['crash', first.killed ? `SIGKILL after ${killAt} deliveries (${seconds(killedAfterMs)}), restarted: ${second.recovery?.requeued ?? 0} cards re-queued, ${second.recovery?.markedForReview ?? 0} messages marked for review` : 'the run finished before the kill point'],
      ['every student can see the result', `from the moment itself: 1 ms before it ${visibility.before}/${size.students} see a result, at it ${visibility.at}/${size.students} (the card's content is decided on the server; answering all ${size.students} card refreshes took ${visibility.answerMs.toFixed(0)} ms)`],
      ['push: release -> every card updated', `${seconds(figures.cardSpreadMs)} (${figures.cardsUpdated}/${size.students} cards)`],
      ['naive one-by-one, same student messages', `${seconds(naiveStudentsMs)} (${size.students} x max(${rttMs.toFixed(1)} ms round trip, 1/${SERVER_PER_SECOND} s))`],
      ['push / naive', `${(figures.cardSpreadMs / naiveStudentsMs).toFixed(2)}`],
      ['every student notice delivered', seconds(figures.noticesDoneMs)],
      ['everything delivered', `${seconds(figures.allDoneMs)} (naive one-by-one for all ${plan.length}: ${seconds(naiveAllMs)})`],
      ['messages delivered', `${figures.delivered} (repeated card updates, harmless: ${figures.repeatedCardUpdates})`],
      ['duplicates (new messages twice)', String(figures.duplicates)],
      ['lost', `${figures.lostCards} cards, ${figures.lostMessages} other messages`],
      ['in doubt after the crash, failed for review', `${figures.inDoubtDelivered + figures.inDoubtNotDelivered} (${figures.inDoubtDelivered} had in fact arrived, ${figures.inDoubtNotDelivered} had not)`],
      ['failed otherwise', String(figures.otherFailed)],
      ['retries', `${second.result?.retries ?? 0} in the second run; server answered ${connector.stats.limited} rate-limit 429s and ${JSON.stringify(connector.stats.injected)} injected`],
    ];
    return printRows(rows, figures);
  } finally {
    await connector.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchOnPostgres(instances: number): Promise<number> {
  const server = await startPostgres();
  try {
    const result = await releaseWithInstances({
      databaseUrl: await server.createDatabase('bench_release'), size, instances, perSecond, leaseMs: 5000, timeoutMs: remaining(),
      failures: { 429: 0.02, 502: 0.01, 504: 0.01, 412: 0.005 }, seed,
    });
    const { figures } = result;
    const rttMs = await sequentialRoundTripMs();
    const naiveStudentsMs = size.students * Math.max(rttMs, 1000 / SERVER_PER_SECOND);
    const naiveAllMs = result.messages * Math.max(rttMs, 1000 / SERVER_PER_SECOND);
    const survivors = result.runs.filter((run) => !run.killed && run.result !== undefined).length;
    const rows: Array<[string, string]> = [
      ['round', `${size.students} students, ${size.companies} companies, ${size.coordinators} coordinators: ${result.messages} messages (seed ${seed})`],
      ['store', `PostgreSQL, ${instances} Koppel processes; one sends at a time (sender lease, 5 s)`],
      ['limits', `server ${SERVER_PER_SECOND}/s global, 7/s per conversation; sender ${perSecond}/s; injected 2% 429, 1% 502, 1% 504, 0.5% 412`],
      ['crash', result.killedAfter !== undefined ? `the sending process SIGKILLed after ${result.killedAfter} deliveries; ${survivors} of ${instances - 1} survivors finished` : 'the run finished before the kill point'],
      ['push: release -> every card updated', `${seconds(figures.cardSpreadMs)} (${figures.cardsUpdated}/${size.students} cards)`],
      ['naive one-by-one, same student messages', `${seconds(naiveStudentsMs)} (${size.students} x max(${rttMs.toFixed(1)} ms round trip, 1/${SERVER_PER_SECOND} s))`],
      ['push / naive', `${(figures.cardSpreadMs / naiveStudentsMs).toFixed(2)}`],
      ['every student notice delivered', seconds(figures.noticesDoneMs)],
      ['everything delivered', `${seconds(figures.allDoneMs)} (naive one-by-one for all ${result.messages}: ${seconds(naiveAllMs)})`],
      ['messages delivered', `${figures.delivered} (repeated card updates, harmless: ${figures.repeatedCardUpdates})`],
      ['duplicates (new messages twice)', String(figures.duplicates)],
      ['lost', `${figures.lostCards} cards, ${figures.lostMessages} other messages`],
      ['in doubt after the crash, failed for review', `${figures.inDoubtDelivered + figures.inDoubtNotDelivered} (${figures.inDoubtDelivered} had in fact arrived, ${figures.inDoubtNotDelivered} had not)`],
      ['failed otherwise', String(figures.otherFailed)],
      ['over the connector\'s rate limit', `${result.rateLimited} requests answered 429 (one sender across the processes)`],
    ];
    return printRows(rows, figures);
  } finally {
    await server.stop();
  }
}

function printRows(rows: Array<[string, string]>, figures: ReleaseFigures): number {
  for (const [label, value] of rows) process.stdout.write(`${label.padEnd(44)} ${value}\n`);
  const ok = figures.duplicates === 0 && figures.lostCards === 0 && figures.lostMessages === 0;
  process.stdout.write(ok ? 'OK: nothing twice, nothing lost\n' : 'FAILED: duplicates or lost messages\n');
  return ok ? 0 : 1;
}

/**
 * What the students' result cards show when Teams refreshes them just before and at the moment:
 * the server decides from the stored moment, so visibility does not wait for any push.
 */
function visibleAtTheMoment(data: KoppelView): { before: number; at: number; answerMs: number } {
  const released = structuredClone(data);
  released.rounds[FIXTURE_ROUND].status = 'released';
  const moment = Date.parse(FIXTURE_RELEASE_AT);
  const ids = Object.keys(data.students);
  const visible = (d: KoppelView, at: number) => ids.filter((id) => studentResult(d, id, new Date(at))?.kind !== 'not-yet').length;
  const before = visible(data, moment - 1);
  const started = performance.now();
  const at = visible(data, moment);
  const answerMs = performance.now() - started;
  // Once the runner has marked the round released nothing changes for the students.
  if (visible(released, moment) !== at) throw new Error('visibility differs between scheduled and released at the moment');
  return { before, at, answerMs };
}

/** Median time of one send awaited before the next, on a connector without limits. */
async function sequentialRoundTripMs(): Promise<number> {
  const probe = await startFakeConnector({ perSecond: 1_000_000, perConversationPerSecond: 1_000_000, maxLifetimeMs: 60_000 });
  try {
    const transport = createHttpTransport({ lookup: () => ({ serviceUrl: probe.url, conversationId: 'probe' }), render: placeholderActivity });
    const entry = fixturePlan({ students: 1, companies: 0, coordinators: 0 })[1];
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      await transport.send({ ...entry, status: 'sending', attempts: 1, createdAt: new Date().toISOString() });
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[100];
  } finally {
    await probe.stop();
  }
}
