import { afterEach, describe, expect, it } from 'vitest';
import { releasedRound } from '../testing/round-builders.js';
import { EVERYTHING, openMemoryKoppelStore } from '../store/index.js';
import { startDueReleases, startReleaseRunner, RELEASE_ACTOR, type ReleaseRunner } from './release-runner.js';
import { scriptedTransport, virtualClock } from './testing/release-test-support.js';
import { outboxTransport } from '../outbox/outbox-transport.js';
import { conversationFor } from '../outbox/testing/outbox-test-support.js';
import { queueNotifications } from '../outbox/queue-notifications.js';

const RELEASE_AT = Date.parse('2027-01-20T08:00:00.000Z');

function scheduledStore() {
  const data = releasedRound('scheduled');
  data.rounds.r1.releaseAt = new Date(RELEASE_AT).toISOString();
  data.liveMessages['result:s1'] = { platform: 'teams', userId: 'teams-student-1', activityId: 'card-1', sentAt: '2027-01-06T10:00:00Z' };
  data.companies.c1.contacts = [{ platform: 'teams', userId: 'contact-a' }];
  return openMemoryKoppelStore(data);
}

let runner: ReleaseRunner | undefined;
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
});

describe('the release runner', () => {
  it('does nothing before the moment, and at the moment marks the round released with its whole outbox in one write', async () => {
    const store = scheduledStore();
    expect(await startDueReleases(store, new Date(RELEASE_AT - 1), ['coord-1'])).toEqual([]);
    expect((await store.read(EVERYTHING)).rounds.r1.status).toBe('scheduled');
    expect(Object.keys((await store.read(EVERYTHING)).outbox)).toEqual([]);

    expect(await startDueReleases(store, new Date(RELEASE_AT), ['coord-1'])).toEqual(['r1']);
    const data = await store.read(EVERYTHING);
    expect(data.rounds.r1.status).toBe('released');
    expect(Object.values(data.outbox).map((e) => [e.kind, e.recipient.userId, e.status])).toEqual([
      ['student-result-card', 'teams-student-1', 'pending'],
      ['student-result-notice', 'teams-student-1', 'pending'],
      ['company-result', 'contact-a', 'pending'],
      ['coordinator-summary', 'coord-1', 'pending'],
    ]);
    expect(data.audit.at(-1)).toMatchObject({ actorId: RELEASE_ACTOR, action: 'release.started', subjectId: 'r1', detail: { messages: 4 } });
    // A second pass starts nothing and plans nothing twice.
    expect(await startDueReleases(store, new Date(RELEASE_AT + 5000), ['coord-1'])).toEqual([]);
    expect(Object.keys((await store.read(EVERYTHING)).outbox)).toHaveLength(4);
  });

  it('leaves a postponed (approved) round alone even after its old moment', async () => {
    const store = scheduledStore();
    await store.update(EVERYTHING, (d) => { d.rounds.r1.status = 'approved'; });
    expect(await startDueReleases(store, new Date(RELEASE_AT + 60_000), [])).toEqual([]);
    expect((await store.read(EVERYTHING)).rounds.r1.status).toBe('approved');
  });

  it('sends everything once, cards first, and a later pass sends nothing again', async () => {
    const store = scheduledStore();
    const clock = virtualClock(RELEASE_AT + 10);
    const { transport, calls } = scriptedTransport(clock);
    runner = startReleaseRunner({ store, transport, now: clock.now, sleep: clock.sleep, coordinators: ['coord-1'], intervalMs: 60_000 });
    const result = await runner.runDue();
    expect(result.started).toEqual(['r1']);
    expect(result.sent).toBe(4);
    expect(calls.map((c) => c.kind)).toEqual(['student-result-card', 'student-result-notice', 'company-result', 'coordinator-summary']);
    expect(Object.values((await store.read(EVERYTHING)).outbox).every((e) => e.status === 'sent')).toBe(true);
    const again = await runner.runDue();
    expect(again).toMatchObject({ started: [], sent: 0 });
    expect(calls).toHaveLength(4);
  });

  it('finishes at start what an earlier process left pending', async () => {
    const store = scheduledStore();
    await startDueReleases(store, new Date(RELEASE_AT), ['coord-1']);
    const clock = virtualClock(RELEASE_AT + 1000);
    const { transport, calls } = scriptedTransport(clock);
    runner = startReleaseRunner({ store, transport, now: clock.now, sleep: clock.sleep, coordinators: ['coord-1'], intervalMs: 60_000 });
    const result = await runner.runDue();
    expect(result.started).toEqual([]);
    expect(calls).toHaveLength(4);
  });

  it('runs the whole outbox: a due release first, then the notifications, each once', async () => {
    const store = scheduledStore();
    await store.update(EVERYTHING, (d) => conversationFor(d, 'teams-student-1'));
    const clock = virtualClock(RELEASE_AT + 10);
    await queueNotifications(store, [{
      key: 'wish-reminder:r1:s1:24h', recipient: { platform: 'teams', userId: 'teams-student-1' },
      notification: { kind: 'wish-reminder', roundId: 'r1', studentId: 's1', deadline: '2027-01-10T17:00:00+01:00' },
    }], clock.now());
    const { transport: release, calls } = scriptedTransport(clock);
    const notified: string[] = [];
    const transport = outboxTransport({ release, notifier: { notify: async (recipient, notification) => (notified.push(`${notification.kind}:${recipient.userId}:${calls.length}`), 'sent') } });
    runner = startReleaseRunner({ store, transport, now: clock.now, sleep: clock.sleep, coordinators: ['coord-1'], intervalMs: 60_000 });
    expect(await runner.runDue()).toMatchObject({ started: ['r1'], sent: 5 });
    // Sent after the release's four messages.
    expect(notified).toEqual(['wish-reminder:teams-student-1:4']);
    expect(await runner.runDue()).toMatchObject({ sent: 0 });
    expect(notified).toHaveLength(1);
  });
});
