import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVERYTHING } from '../store/index.js';
import { startFakeConnector, type Delivery, type FakeConnector } from './testing/fake-connector.js';
import { UNKNOWN_AFTER_RESTART } from './outbox-claims.js';
import { enqueue, releaseProgress } from './outbox.js';
import { conversationIdFor, FIXTURE_ROUND, fixtureData, fixturePlan, openFixtureStore, preDeliveredCards, studentIdentity } from './testing/release-fixture.js';
import { runWorker } from './testing/worker-process.js';

const SIZE = { students: 40, companies: 10, coordinators: 2 };

function sendsPerConversation(deliveries: Delivery[], text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of deliveries) if (d.op === 'send' && d.text === text) counts.set(d.conversationId, (counts.get(d.conversationId) ?? 0) + 1);
  return counts;
}

describe('a release interrupted by SIGKILL', () => {
  let dir: string;
  let connector: FakeConnector;
  let onDelivery: (delivery: Delivery) => void = () => {};
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'koppel-release-'));
    connector = await startFakeConnector({
      perSecond: 400, perConversationPerSecond: 10, failures: { 502: 0.05, 429: 0.03 }, retryAfterSeconds: 0.05, seed: 7,
      knownActivities: preDeliveredCards(SIZE.students), maxLifetimeMs: 60_000, onDelivery: (d) => onDelivery(d),
    });
  });
  afterEach(async () => {
    await connector.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('is completed by a second run with no notice twice and every card updated', { timeout: 60_000 }, async () => {
    const file = join(dir, 'koppel.json');
    const store = await openFixtureStore(file, () => fixtureData(SIZE));
    await enqueue(store, fixturePlan(SIZE), new Date());
    const config = { file, url: connector.url, perSecond: 200, perConversationPerSecond: 5, concurrency: 4 };
    const noticesSent = () => connector.deliveries.filter((d) => d.text === 'student-result-notice').length;

    // Killed in the middle of the notices, the kind where a blind resend would be a duplicate, while
    // the 12th notice is delivered and not yet answered.
    let kill = () => {};
    onDelivery = () => void (noticesSent() === 12 && kill());
    const first = await runWorker({ config, onSpawn: (k) => (kill = k), timeoutMs: 30_000 });
    expect(first.killed).toBe(true);
    expect(noticesSent()).toBeLessThan(SIZE.students);
    const second = await runWorker({ config, timeoutMs: 30_000 });
    expect(second.killed).toBe(false);
    expect(second.result).toBeDefined();

    const notices = sendsPerConversation(connector.deliveries, 'student-result-notice');
    expect([...notices.values()].filter((n) => n > 1)).toEqual([]);
    const companies = sendsPerConversation(connector.deliveries, 'company-result');
    expect([...companies.values()].filter((n) => n > 1)).toEqual([]);
    expect(companies.size).toBe(SIZE.companies);
    const updated = new Set(connector.deliveries.filter((d) => d.op === 'update').map((d) => d.conversationId));
    expect(updated.size).toBe(SIZE.students);

    const data = await (await openFixtureStore(file)).read(EVERYTHING);
    const progress = releaseProgress(data, FIXTURE_ROUND);
    expect(progress.pending + progress.sending).toBe(0);
    expect(progress.byKind['student-result-card'].sent).toBe(SIZE.students);
    // Nothing lost: a student without a notice has one marked for review (after the restart, or
    // after a gateway error that may or may not have delivered it), never silently dropped.
    for (let i = 0; i < SIZE.students; i++) {
      const entry = Object.values(data.outbox).find((e) => e.kind === 'student-result-notice' && e.recipient.userId === studentIdentity(i).userId);
      const delivered = notices.has(conversationIdFor(studentIdentity(i)));
      const inReview = entry?.status === 'failed' && (entry.lastError === UNKNOWN_AFTER_RESTART || entry.lastError?.startsWith('unknown-outcome:') === true);
      expect(delivered || inReview, `student ${i}`).toBe(true);
      if (entry?.status === 'sent') expect(delivered).toBe(true);
    }
    expect(second.recovery?.markedForReview ?? 0).toBe(progress.failures.filter((f) => f.lastError === UNKNOWN_AFTER_RESTART).length);
  });
});
