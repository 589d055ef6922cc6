import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi } from '../../adapters/slack/testing/fake-slack-api.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../../adapters/slack/testing/slack-harness.js';
import { slackRequests } from '../../adapters/slack/testing/slack-requests.js';
import { roundData } from '../../dialogs/testing/intake-fixture.js';
import { startKoppel, type Koppel } from '../../bot/composition-root.js';
import { loadConfig } from '../../bot/config.js';
import { openMemoryKoppelStore } from '../../bot/store/index.js';
import { freePort } from '../support/free-port.js';

// Teams and Slack in one process: Slack's API out of reach at start does not keep Teams down. Slack is
// tried again with backoff, /healthz says it is not ready, and it comes up when the API answers.

const TEAMS = { MICROSOFT_APP_ID: '8f0e5c1d-2222-4c4c-9a9a-0123456789ab', MICROSOFT_APP_PASSWORD: 'secret', MICROSOFT_APP_TENANT_ID: '8f0e5c1d-2222-4c4c-9a9a-0123456789ab' };
let koppel: Koppel | undefined;
let fake: FakeSlackApi | undefined;
afterEach(async () => {
  await koppel?.stop();
  await fake?.close();
  koppel = fake = undefined;
});

const health = async (url: string) => (await fetch(`${url}/healthz`)).json() as Promise<Record<string, unknown>>;

async function until(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('Slack unreachable at start', () => {
  it('Teams serves at once, Slack is reported not ready and answers 503, and comes up when the API returns', async () => {
    fake = await startFakeSlackApi({ botToken: BOT_TOKEN, users: { U0COORD: { locale: 'nl-NL' } } });
    fake.failNext('auth.test', { drop: true }, { status: 503 }, { drop: true });
    const logs: Array<{ event: string; fields: Record<string, unknown> }> = [];
    const loaded = loadConfig({ PORT: String(await freePort()), DATA_DIR: '/nonexistent', COORDINATORS: 'U0COORD', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, ...TEAMS });
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    koppel = await startKoppel({
      config: loaded.config, log: (event, fields) => logs.push({ event, fields: fields ?? {} }), slackApiUrl: fake.url, slackRetryMs: 50,
      store: openMemoryKoppelStore(roundData()), now: () => new Date('2027-01-05T12:00:00+01:00'),
    });
    const url = `http://127.0.0.1:${(koppel.server.address() as AddressInfo).port}`;
    // Teams is up: an unauthenticated activity is refused by Bot Framework authentication, not by a dead server.
    const teams = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', conversation: { id: 'c1' }, serviceUrl: 'https://smba.trafficmanager.net/emea/' }) });
    expect(teams.status).toBe(401);
    expect(await health(url)).toMatchObject({ status: 'ok', slack: expect.stringMatching(/connecting|ready/) });

    await until(async () => (await health(url)).slack === 'ready');
    expect(fake.callsOf('auth.test').length).toBe(4);
    expect(logs.filter((l) => l.event === 'slack.unreachable').map((l) => l.fields.attempt)).toEqual([1, 2, 3]);
    expect(logs).toContainEqual({ event: 'slack.ready', fields: { attempt: 4 } });
    const answer = await slackRequests(url, SIGNING_SECRET).command('U0COORD', 'ronde status');
    expect(answer.status).toBe(200);
    await fake.waitFor(() => fake!.callsOf('chat.postMessage').length > 0);
  });

  it('answers Slack 503 while it is not ready, and stops trying when Slack refuses the token', async () => {
    fake = await startFakeSlackApi({ botToken: BOT_TOKEN });
    fake.failNext('auth.test', { error: 'invalid_auth' });
    const logs: string[] = [];
    const loaded = loadConfig({ PORT: String(await freePort()), DATA_DIR: '/nonexistent', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, ...TEAMS });
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    koppel = await startKoppel({ config: loaded.config, log: (event) => logs.push(event), slackApiUrl: fake.url, slackRetryMs: 50, store: openMemoryKoppelStore(roundData()) });
    const url = `http://127.0.0.1:${(koppel.server.address() as AddressInfo).port}`;
    await until(async () => (await health(url)).slack === 'refused');
    expect((await slackRequests(url, SIGNING_SECRET).command('U0COORD', 'ronde status')).status).toBe(503);
    expect(logs).toContain('slack.refused');
    expect(fake.callsOf('auth.test')).toHaveLength(1);
  });
});
