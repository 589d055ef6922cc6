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

// The composition root with only Slack configured: the Slack app is mounted on the same server, the
// Teams endpoint (unauthenticated in local mode) is not, and no playground starts.

let koppel: Koppel | undefined;
let fake: FakeSlackApi | undefined;
afterEach(async () => {
  await koppel?.stop();
  await fake?.close();
  koppel = fake = undefined;
});

async function start(env: Record<string, string>) {
  fake = await startFakeSlackApi({ botToken: BOT_TOKEN, users: { U0COORD: { locale: 'nl-NL' } } });
  const loaded = loadConfig({ PORT: String(await freePort()), DATA_DIR: '/nonexistent', COORDINATORS: 'U0COORD', ...env });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const data = roundData();
  koppel = await startKoppel({
    config: loaded.config, log: () => {}, slackApiUrl: fake.url, now: () => new Date('2027-01-05T12:00:00+01:00'),
    store: openMemoryKoppelStore(data),
  });
  const url = `http://127.0.0.1:${(koppel.server.address() as AddressInfo).port}`;
  // Slack connects in the background; /healthz says when it is ready.
  for (let i = 0; i < 200 && ((await (await fetch(`${url}/healthz`)).json()) as { slack?: string }).slack !== 'ready'; i++) await new Promise((r) => setTimeout(r, 25));
  return url;
}

describe('Koppel with only Slack configured', () => {
  it('answers Slack on /slack/events, and has no unauthenticated Teams endpoint and no playground', async () => {
    const url = await start({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN });
    expect(koppel!.playground).toBeUndefined();
    const teams = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'hallo' }) });
    expect(teams.status).toBe(404);

    const answer = await slackRequests(url, SIGNING_SECRET).command('U0COORD', 'ronde status');
    expect(answer.status).toBe(200);
    await fake!.waitFor(() => fake!.callsOf('chat.postMessage').length > 0);
    expect(JSON.stringify(fake!.callsOf('chat.postMessage')[0].body)).toContain('Zorg februari 2027');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('refuses a request Slack did not sign', async () => {
    const url = await start({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN });
    const forged = await slackRequests(url, 'f'.repeat(32)).command('U0COORD', 'ronde status');
    expect(forged.status).toBe(401);
    expect(fake!.callsOf('chat.postMessage')).toEqual([]);
  });
});
