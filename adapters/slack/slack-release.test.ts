import { afterEach, describe, expect, it } from 'vitest';
import { Match } from '../../bot/domain/match.js';
import { Student } from '../../bot/domain/student.js';
import { transportByPlatform } from '../../bot/release/platform-transport.js';
import { startReleaseRunner, type ReleaseRunner } from '../../bot/release/release-runner.js';
import { liveResultKey, refreshLive } from '../../dialogs/live-replies.js';
import { releaseReplies } from '../../dialogs/release/release-replies.js';
import { BEFORE_DEADLINE, releasedRound } from '../../dialogs/testing/intake-fixture.js';
import { slackHarness, type SlackHarness } from './testing/slack-harness.js';
import { EVERYTHING } from '../../bot/store/index.js';

const RELEASE_AT = new Date('2027-01-20T09:00:00+01:00');
const STUDENTS = { s1: 'U0STUDENT1', s2: 'U0STUDENT2' } as const;
const COORDINATORS = ['U0COORD1', 'U0COORD2'];

/** A scheduled round in Slack: two placed students at two companies, each with a Slack contact. */
function slackRound() {
  const data = releasedRound('scheduled');
  data.students.s1.identities = [{ platform: 'slack', userId: STUDENTS.s1 }];
  data.students.s2 = Student.parse({ id: 's2', roundId: 'r1', studentNumber: '100235', programmeCode: '90001', identities: [{ platform: 'slack', userId: STUDENTS.s2 }] });
  data.matches.m2 = Match.parse({ id: 'm2', roundId: 'r1', runId: 'run_1', studentId: 's2', offerId: 'o2', status: 'proposed', reasons: [], createdAt: '2027-01-13T10:00:00Z' });
  data.companies.c1.contacts = [{ platform: 'slack', userId: 'U0CONTACT1' }];
  data.companies.c2.contacts = [{ platform: 'slack', userId: 'U0CONTACT2' }];
  return data;
}

let h: SlackHarness | undefined;
let runner: ReleaseRunner | undefined;
afterEach(async () => {
  await runner?.stop();
  await h?.close();
  runner = undefined;
});

describe('a release in Slack', () => {
  it('updates each student\'s live card in place once, and sends each notice, company and coordinator message once', async () => {
    const users = Object.fromEntries([...Object.values(STUDENTS), 'U0CONTACT1', 'U0CONTACT2', ...COORDINATORS].map((u) => [u, { locale: 'nl-NL' }]));
    h = await slackHarness({ data: slackRound(), now: BEFORE_DEADLINE, users, coordinators: COORDINATORS });
    const harness = h;
    // Before the moment: each student holds their live card (it only names the moment), and the coordinators use Koppel in Slack.
    for (const [studentId, userId] of Object.entries(STUDENTS)) {
      const turn = { person: { platform: 'slack' as const, userId }, language: 'nl' as const, input: { kind: 'text' as const, text: '' } };
      const card = await refreshLive(liveResultKey(studentId), turn, harness.services);
      expect(await harness.slack.sendTo(userId, [card!])).toBe('sent');
    }
    for (const coordinator of COORDINATORS) await harness.requests.command(coordinator, 'help');
    // `help` answers with two messages (the command list, then the language hint).
    await harness.fake.waitFor(() => COORDINATORS.every((c) => harness.fake.callsOf('chat.postMessage').filter((call) => call.body.channel === `D${c}`).length === 2));
    const cards = Object.fromEntries(Object.keys(STUDENTS).map((id) => [id, harness.memory.read(EVERYTHING).then((d) => d.liveMessages[liveResultKey(id)].activityId)]));
    const cardIds = { s1: await cards.s1, s2: await cards.s2 };
    expect(harness.fake.messages.get(cardIds.s1)?.text).toContain('20 januari 2027');

    // The moment comes; one Slack message is refused for the rate limit first and must still arrive once.
    const callsBefore = harness.fake.calls.length;
    const messagesBefore = new Set(harness.fake.messages.keys());
    harness.clock.now = new Date(RELEASE_AT.getTime() + 1000);
    harness.fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 0 });
    const render = async (entry: Parameters<typeof releaseReplies>[0]) => releaseReplies(entry, await harness.services.languageFor(entry.recipient), harness.services);
    runner = startReleaseRunner({
      store: harness.store, transport: transportByPlatform({ slack: harness.slack.releaseTransport(render) }),
      now: () => harness.clock.now, coordinators: COORDINATORS, intervalMs: 60_000, random: () => 0,
    });
    const result = await runner.runDue();
    expect(result).toMatchObject({ started: ['r1'], failed: 0, sent: 2 + 2 + 2 + 2, retries: 1 });

    const after = harness.fake.calls.slice(callsBefore);
    const updates = after.filter((c) => c.method === 'chat.update').map((c) => `${String(c.body.channel)}:${String(c.body.ts)}`);
    expect(updates.sort()).toEqual([cardIds.s1, cardIds.s2].sort());
    expect(JSON.stringify(harness.fake.messages.get(cardIds.s1)?.blocks)).toContain('Zorggroep De Naam 1');
    expect(JSON.stringify(harness.fake.messages.get(cardIds.s2)?.blocks)).toContain('Zorggroep De Naam 2');

    const delivered = [...harness.fake.messages.values()].filter((m) => !messagesBefore.has(`${m.channel}:${m.ts}`)).map((m) => m.channel).sort();
    expect(delivered).toEqual(['DU0CONTACT1', 'DU0CONTACT2', 'DU0COORD1', 'DU0COORD2', 'DU0STUDENT1', 'DU0STUDENT2']);
    expect(Object.values((await harness.memory.read(EVERYTHING)).outbox).map((e) => e.status)).toEqual(Array(8).fill('sent'));

    // Running again (a restart, a second tick) sends nothing twice.
    const callsAfter = harness.fake.calls.length;
    expect(await runner.runDue()).toMatchObject({ started: [], sent: 0 });
    expect(harness.fake.calls.slice(callsAfter).filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.update')).toEqual([]);
  });
});
