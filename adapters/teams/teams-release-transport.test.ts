import { afterEach, describe, expect, it } from 'vitest';
import { testTeamsBot } from './testing/test-teams-bot.js';
import type { OutboxEntry } from '../../bot/domain/outbox-entry.js';
import { startFakeConnector, type FakeConnector, type FakeConnectorOptions } from '../../bot/release/testing/fake-connector.js';
import type { Reply } from '../../dialogs/turn.js';
import { createTeamsReleaseTransport } from './teams-release-transport.js';

let connector: FakeConnector | undefined;
afterEach(async () => {
  await connector?.stop();
  connector = undefined;
});

const card: Reply = { kind: 'live', key: 'result:s1', form: { id: 'student.result', title: 'Jouw stageplek', intro: 'Je hebt een stageplek!', fields: [], actions: [] }, refreshLabel: 'Bekijk de uitslag' };

function entry(kind: OutboxEntry['kind'], activityId?: string): OutboxEntry {
  return {
    key: `release:r1:${kind}:teams:u1`, roundId: 'r1', kind, recipient: { platform: 'teams', userId: 'u1' }, subjectIds: ['s1'],
    status: 'sending', attempts: 1, createdAt: '2027-01-20T08:00:00.000Z', ...(activityId ? { activityId } : {}),
  };
}

async function transport(options: FakeConnectorOptions, replies: Reply[] = [{ kind: 'text', text: 'De uitslag is er!' }, card], known = true) {
  connector = await startFakeConnector(options);
  const { adapter } = testTeamsBot();
  const url = connector.url;
  return createTeamsReleaseTransport({
    adapter, appId: '',
    conversationOf: async () => (known ? { serviceUrl: url, channelId: 'msteams', conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' }, bot: { id: 'bot', name: '' }, user: { id: 'u1', name: '' } } : undefined),
    render: async () => replies,
  });
}

describe('the Teams release transport (botbuilder against a fake connector)', () => {
  it('sends a notice as ONE new message carrying the text and the card', async () => {
    const t = await transport({});
    const result = await t.send(entry('student-result-notice'));
    expect(result).toEqual({ ok: true, activityId: 'act-1' });
    expect(connector!.deliveries).toHaveLength(1);
    expect(connector!.deliveries[0]).toMatchObject({ op: 'send', conversationId: 'conv-1', text: 'De uitslag is er!' });
  });

  it('updates a result card in place by its stored id and never posts a new one', async () => {
    const t = await transport({ knownActivities: [{ conversationId: 'conv-1', activityId: 'card-7' }] }, [card]);
    expect(await t.send(entry('student-result-card', 'card-7'))).toEqual({ ok: true, activityId: 'card-7' });
    expect(connector!.deliveries.map((d) => [d.op, d.activityId])).toEqual([['update', 'card-7']]);
    expect(await t.send(entry('student-result-card'))).toMatchObject({ ok: false, retryable: false, error: 'no-card-to-update' });
    expect(connector!.stats.requests).toBe(1);
  });

  it('hands a 429 with its Retry-After to the outbox instead of retrying inside botbuilder', async () => {
    const t = await transport({ failures: { 429: 1 }, retryAfterSeconds: 3 });
    expect(await t.send(entry('student-result-notice'))).toEqual({ ok: false, retryable: true, retryAfterMs: 3000, error: 'http-429' });
    expect(connector!.stats.requests).toBe(1);
  });

  it('never resends a new message after a gateway error (it may have arrived): one request, marked for review', async () => {
    const t = await transport({ failures: { 502: 1 } });
    expect(await t.send(entry('company-result'))).toEqual({ ok: false, retryable: false, error: 'unknown-outcome:http-502' });
    expect(connector!.stats.requests).toBe(1);
    expect(connector!.deliveries).toHaveLength(0);
  });

  it('retries a card update after a gateway error (updating twice is harmless)', async () => {
    const t = await transport({ failures: { 504: 1 }, knownActivities: [{ conversationId: 'conv-1', activityId: 'card-7' }] }, [card]);
    expect(await t.send(entry('student-result-card', 'card-7'))).toMatchObject({ ok: false, retryable: true, error: 'http-504' });
  });

  it('reports a person without a stored conversation, and sends nothing when there is nothing left to say', async () => {
    expect(await (await transport({}, [], false)).send(entry('student-result-notice'))).toEqual({ ok: false, retryable: false, error: 'no-conversation' });
    await connector!.stop();
    expect(await (await transport({}, [])).send(entry('student-result-notice'))).toEqual({ ok: true });
    expect(connector!.stats.requests).toBe(0);
  });
});
