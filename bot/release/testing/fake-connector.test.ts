import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../domain/outbox-entry.js';
import { startFakeConnector, type FakeConnector, type FakeConnectorOptions } from './fake-connector.js';
import { createHttpTransport } from './http-transport.js';
import { parseRetryAfter } from '../transport-failure.js';
import { toOutboxEntry } from '../outbox.js';
import { placeholderActivity } from './release-fixture.js';
import { planned, T0 } from './release-test-support.js';

let connector: FakeConnector | undefined;
afterEach(async () => {
  await connector?.stop();
  connector = undefined;
});

async function setUp(options: FakeConnectorOptions) {
  connector = await startFakeConnector(options);
  const url = connector.url;
  const transport = createHttpTransport({
    lookup: (recipient) => (recipient.userId === '29:nobody' ? undefined : { serviceUrl: url, conversationId: `conv-${recipient.userId}` }),
    render: placeholderActivity,
    timeoutMs: 5000,
  });
  return { connector, transport };
}

const entry = (kind: OutboxEntry['kind'], person: string): OutboxEntry => toOutboxEntry(planned(kind, person), new Date(T0));

describe('the fake connector through the HTTP transport', () => {
  it('listens on loopback only, sends new activities and updates known ones', async () => {
    const { connector, transport } = await setUp({ knownActivities: [{ conversationId: 'conv-29:stu1', activityId: 'card-stu1' }] });
    expect(new URL(connector.url).hostname).toBe('127.0.0.1');
    const sent = await transport.send(entry('student-result-notice', 'stu1'));
    const updated = await transport.send(entry('student-result-card', 'stu1'));
    expect(sent).toEqual({ ok: true, activityId: 'act-1' });
    expect(updated).toEqual({ ok: true, activityId: 'card-stu1' });
    expect(connector.deliveries.map(({ op, conversationId, activityId, text }) => ({ op, conversationId, activityId, text }))).toEqual([
      { op: 'send', conversationId: 'conv-29:stu1', activityId: 'act-1', text: 'student-result-notice' },
      { op: 'update', conversationId: 'conv-29:stu1', activityId: 'card-stu1', text: 'student-result-card' },
    ]);
  });

  it('answers 404 for a card that was never delivered, and the transport does not retry it', async () => {
    const { connector, transport } = await setUp({});
    expect(await transport.send(entry('student-result-card', 'stu2'))).toEqual({ ok: false, retryable: false, error: 'http-404' });
    const noCard = { ...entry('student-result-card', 'stu2'), activityId: undefined };
    expect(await transport.send(noCard)).toEqual({ ok: false, retryable: false, error: 'no-card-to-update' });
    expect(await transport.send(entry('company-result', 'nobody'))).toEqual({ ok: false, retryable: false, error: 'no-conversation' });
    expect(connector.deliveries).toHaveLength(0);
  });

  it('answers 429 with Retry-After over the per-conversation limit', async () => {
    const { connector, transport } = await setUp({ perConversationPerSecond: 2, now: () => T0 });
    const results = [];
    for (const round of ['r1', 'r2', 'r3']) results.push(await transport.send({ ...entry('company-result', 'cmp1'), roundId: round }));
    expect(results.slice(0, 2).every((r) => r.ok)).toBe(true);
    expect(results[2]).toEqual({ ok: false, retryable: true, retryAfterMs: 1000, error: 'http-429' });
    expect(connector.stats).toMatchObject({ requests: 3, delivered: 2, limited: 1 });
  });

  it('injects failures without delivering; a gateway error on a new message goes to review, never retried', async () => {
    const { connector, transport } = await setUp({ failures: { 502: 0.5, 412: 0.5 }, seed: 3 });
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((p) => transport.send(entry('company-result', p))));
    for (const r of results) {
      if (r.ok) throw new Error('expected a failure');
      expect(r.error === 'http-412' ? r.retryable : !r.retryable && r.error === 'unknown-outcome:http-502').toBe(true);
    }
    expect(connector.deliveries).toHaveLength(0);
    expect(Object.values(connector.stats.injected).reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('retries a gateway error on a card update, which is safe to repeat', async () => {
    const { transport } = await setUp({ failures: { 502: 1 }, seed: 3 });
    expect(await transport.send({ ...entry('student-result-card', 'stu1'), activityId: 'act-1' })).toMatchObject({ ok: false, retryable: true, error: 'http-502' });
  });

  it('reports a refused connection as retryable, a lost answer to a new message as an unknown outcome', async () => {
    const { connector, transport } = await setUp({});
    await connector.stop();
    expect(await transport.send(entry('company-result', 'cmp1'))).toMatchObject({ ok: false, retryable: true, error: 'network:ECONNREFUSED' });
    const hanging = createHttpTransport({
      lookup: () => ({ serviceUrl: 'http://127.0.0.1:9', conversationId: 'c' }),
      render: placeholderActivity,
      fetch: () => Promise.reject(Object.assign(new Error('aborted'), { name: 'TimeoutError' })),
    });
    expect(await hanging.send(entry('company-result', 'cmp1'))).toEqual({ ok: false, retryable: false, error: 'unknown-outcome:timeout' });
    expect(await hanging.send(entry('student-result-card', 'stu1'))).toEqual({ ok: false, retryable: true, error: 'network:timeout' });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('2', 0)).toBe(2000);
    expect(parseRetryAfter(new Date(T0 + 3000).toUTCString(), T0)).toBe(3000);
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});
