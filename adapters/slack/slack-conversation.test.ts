import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveResultKey, refreshLive } from '../../dialogs/live-replies.js';
import { BEFORE_DEADLINE, companyRoundData, releasedRound } from '../../dialogs/testing/intake-fixture.js';
import { createSlackBot } from './slack-bot.js';
import { fakeConversations } from '../../dialogs/testing/fake-conversations.js';
import { heldStore, slackHarness, type SlackHarness } from './testing/slack-harness.js';
import { manualSlackClock } from './testing/manual-slack-clock.js';
import { slackUser } from './testing/slack-user.js';
import { EVERYTHING, openMemoryKoppelStore } from '../../bot/store/index.js';
import { createWaitingItems } from '../../bot/waiting/waiting-items.js';

const AFTER_RELEASE = new Date('2027-01-20T09:00:01+01:00');

function slackStudentRound() {
  const data = releasedRound('released');
  data.students.s1.identities = [{ platform: 'slack', userId: 'U0STUDENT' }];
  return data;
}

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const homeOf = (harness: SlackHarness, userId: string) => JSON.stringify(harness.fake.callsOf('views.publish').filter((c) => c.body.user_id === userId).at(-1)?.body.view);

describe('Koppel in Slack', () => {
  it('answers a DM in the DM, and ignores its own messages, edits and Slack\'s redeliveries', async () => {
    h = await slackHarness({ data: companyRoundData(), now: BEFORE_DEADLINE, users: { U0SOMEONE: { locale: 'en-US' } } });
    const someone = slackUser(h, 'U0SOMEONE');
    await someone.say('help');
    await h.fake.waitFor((calls) => calls.filter((c) => c.method === 'chat.postMessage').length === 2);
    expect(h.fake.callsOf('chat.postMessage').map((c) => c.body.channel)).toEqual(['DU0SOMEONE', 'DU0SOMEONE']);
    expect(String(h.fake.callsOf('chat.postMessage')[1].body.text)).toContain('U0SOMEONE');
    await h.requests.event({ type: 'message', channel_type: 'im', channel: 'DU0SOMEONE', user: 'U0SOMEONE', bot_id: 'BKOPPEL', text: 'help' });
    await h.requests.event({ type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'DU0SOMEONE', text: 'help' });
    await h.requests.event({ type: 'message', channel_type: 'channel', channel: 'C0GENERAL', user: 'U0SOMEONE', text: 'help' });
    await h.requests.event({ type: 'message', channel_type: 'im', channel: 'DU0SOMEONE', user: 'U0SOMEONE', text: 'help' }, 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(2);
  });

  it('shows a student\'s App Home as the server decides it: only the moment before the release, the place from it', async () => {
    const data = slackStudentRound();
    data.rounds.r1.status = 'scheduled';
    h = await slackHarness({ data, now: BEFORE_DEADLINE, users: { U0STUDENT: { locale: 'nl-NL' } } });
    await h.requests.event({ type: 'app_home_opened', user: 'U0STUDENT', channel: 'DU0STUDENT', tab: 'home' });
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'views.publish'));
    expect(homeOf(h, 'U0STUDENT')).toContain('20 januari 2027');
    expect(homeOf(h, 'U0STUDENT')).not.toContain('Zorggroep De Naam 1');

    h.clock.now = AFTER_RELEASE;
    await h.memory.update(EVERYTHING, (d) => { d.rounds.r1.status = 'released'; });
    await h.requests.event({ type: 'app_home_opened', user: 'U0STUDENT', channel: 'DU0STUDENT', tab: 'home' });
    await h.fake.waitFor((calls) => calls.filter((c) => c.method === 'views.publish').length === 2);
    expect(homeOf(h, 'U0STUDENT')).toContain('Zorggroep De Naam 1');
    // The Messages tab is just the DM: opening it publishes nothing.
    await h.requests.event({ type: 'app_home_opened', user: 'U0STUDENT', channel: 'DU0STUDENT', tab: 'messages' });
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.callsOf('views.publish')).toHaveLength(2);
  });

  it('refreshes a live message in place when its button is pressed, with what the server decides now', async () => {
    h = await slackHarness({ data: slackStudentRound(), now: BEFORE_DEADLINE, users: { U0STUDENT: { locale: 'nl-NL' } } });
    const turn = { person: { platform: 'slack' as const, userId: 'U0STUDENT' }, language: 'nl' as const, input: { kind: 'text' as const, text: '' } };
    const card = await refreshLive(liveResultKey('s1'), turn, h.services);
    await h.slack.sendTo('U0STUDENT', [card!]);
    const id = (await h.memory.read(EVERYTHING)).liveMessages['result:s1'].activityId;
    expect(JSON.stringify(h.fake.messages.get(id)?.blocks)).not.toContain('Zorggroep De Naam 1');

    h.clock.now = AFTER_RELEASE;
    await slackUser(h, 'U0STUDENT').clickInDm(card!.refreshLabel);
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'chat.update'));
    expect(h.fake.messages.get(id)?.updates).toBe(1);
    expect(JSON.stringify(h.fake.messages.get(id)?.blocks)).toContain('Zorggroep De Naam 1');
  });

  it('closes a modal within Slack\'s 3 seconds when saving is slow, and tells the outcome in the DM afterwards', async () => {
    let held = false;
    let store: ReturnType<typeof heldStore> | undefined;
    const slackTime = manualSlackClock();
    const data = companyRoundData();
    data.companies.c1.contacts = [{ platform: 'slack', userId: 'U0CONTACT' }];
    h = await slackHarness({
      data, now: BEFORE_DEADLINE, users: { U0CONTACT: { locale: 'nl-NL' } }, slackClock: slackTime.clock,
      wrapStore: (s) => (store = heldStore(s, () => held)).store,
    });
    const contact = slackUser(h, 'U0CONTACT');
    await contact.command('aanbod');
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'views.open'));
    await contact.syncModal();
    held = true;
    const submitting = contact.submit({ places: '2', supervisionCapacity: '2', learnText: 'Je leert wonden verzorgen bij bewoners.', workProcesses: ['90001/B1-K1-W1'], organisationType: 'verpleeghuis', placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true, actsOnDiscrimination: true });
    // Saving waits; Slack's window passes on the adapter's clock.
    await store!.entered;
    await vi.waitFor(() => expect(slackTime.pending).toBe(1));
    slackTime.advance(2500);
    const submitted = await submitting;
    expect(submitted.status).toBe(200);
    expect(submitted.response_action).toBeUndefined();
    expect(Object.values((await h.memory.read(EVERYTHING)).offers)).toHaveLength(0);
    held = false;
    store!.release();
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'DU0CONTACT'));
    expect(Object.values((await h.memory.read(EVERYTHING)).offers)).toHaveLength(1);
    expect(h.logs.some((l) => l.event === 'slack.submit-late')).toBe(true);
  });

  it('hands a file over in the DM with files.uploadV2 (upload URL, upload, complete), with its description', async () => {
    h = await slackHarness({ data: companyRoundData(), now: BEFORE_DEADLINE, users: { U0COORD1: { locale: 'nl-NL' } } });
    const csv = 'studentnummer;bedrijf\n100234;Zorggroep De Linde\n';
    const result = await h.slack.sendTo('U0COORD1', [{ kind: 'file', name: 'koppeling-r1.csv', mediaType: 'text/csv', content: csv, description: 'De koppeling van ronde r1.' }]);
    expect(result).toBe('sent');
    expect(h.fake.callsOf('files.getUploadURLExternal')[0].body).toMatchObject({ filename: 'koppeling-r1.csv', length: String(Buffer.byteLength(csv)) });
    expect(h.fake.uploads).toEqual([{ fileId: expect.any(String), content: expect.stringContaining('100234;Zorggroep De Linde') }]);
    expect(h.fake.callsOf('files.completeUploadExternal')[0].body).toMatchObject({ channel_id: 'DU0COORD1', initial_comment: 'De koppeling van ronde r1.' });
  });

  it('waits out Slack\'s rate limit for replies: every message arrives, none twice', async () => {
    h = await slackHarness({ data: companyRoundData(), now: BEFORE_DEADLINE });
    h.fake.setRateLimit(2);
    const replies = Array.from({ length: 5 }, (_, i) => ({ kind: 'text' as const, text: `Bericht ${i}` }));
    expect(await h.slack.sendTo('U0BUSY', replies)).toBe('sent');
    expect([...h.fake.messages.values()].map((m) => m.text)).toEqual(replies.map((r) => r.text));
    expect(h.fake.callsOf('chat.postMessage').length).toBeGreaterThan(5);
  }, 15_000);

  it('reports a user Slack cannot write to as having no conversation', async () => {
    h = await slackHarness({ data: companyRoundData(), now: BEFORE_DEADLINE });
    h.fake.failNext('conversations.open', { error: 'user_not_found' });
    expect(await h.slack.sendTo('U0GONE', [{ kind: 'text', text: 'Hallo' }])).toBe('no-conversation');
    h.fake.failNext('conversations.open', { status: 500 });
    expect(await h.slack.sendTo('U0GONE', [{ kind: 'text', text: 'Hallo' }])).toBe('failed');
  });

  it('builds a Socket Mode app without an HTTP route, and refuses Socket Mode without an app token', () => {
    const common = { signingSecret: '8f14e45fceea167a5a36dedd4bea2543', botToken: 'xoxb-1', conversations: fakeConversations(), waiting: createWaitingItems({ store: openMemoryKoppelStore(), now: () => new Date() }), log: () => {} };
    const socket = createSlackBot({ ...common, socketMode: true, appToken: 'xapp-1-test' });
    expect(socket.router.stack).toEqual([]);
    expect(() => createSlackBot({ ...common, socketMode: true })).toThrow(/app-level token/);
    const http = createSlackBot(common);
    // The not-ready guard, then Bolt's receiver with its one route.
    const [, bolt] = http.router.stack as unknown as Array<{ handle: { stack?: Array<{ route?: { path?: string } }> } }>;
    expect(bolt.handle.stack?.map((layer) => layer.route?.path)).toEqual(['/slack/events']);
  });
});
