import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../bot/domain/outbox-entry.js';
import { BEFORE_DEADLINE, roundData } from '../../dialogs/testing/intake-fixture.js';
import type { Reply } from '../../dialogs/turn.js';
import { slackHarness, type SlackHarness } from './testing/slack-harness.js';

const card: Reply = { kind: 'live', key: 'result:s1', refreshLabel: 'Bekijk de uitslag', form: { id: 'student.result', title: 'Jouw stageplek', intro: 'Je hebt een stageplek!', fields: [], actions: [] } };
const notice: Reply[] = [{ kind: 'text', text: 'De uitslag is er!' }, { kind: 'form', form: { id: 'student.result', title: 'Jouw stageplek', intro: 'Bij Zorggroep De Linde.', fields: [], actions: [] } }];

function entry(kind: OutboxEntry['kind'], activityId?: string, userId = 'U0STUDENT'): OutboxEntry {
  return {
    key: `release:r1:${kind}:slack:${userId}`, roundId: 'r1', kind, recipient: { platform: 'slack', userId }, subjectIds: ['s1'],
    status: 'sending', attempts: 1, createdAt: '2027-01-20T08:00:00.000Z', ...(activityId ? { activityId } : {}),
  };
}

let h: SlackHarness;
beforeAll(async () => {
  h = await slackHarness({ data: roundData(), now: BEFORE_DEADLINE, users: { U0STUDENT: { locale: 'nl-NL' } } });
});
afterAll(async () => h.close());

const transport = (replies: Reply[]) => h.slack.releaseTransport(async () => replies);
const newCalls = async (action: () => Promise<unknown>) => {
  const before = h.fake.calls.length;
  const result = await action();
  return { result, calls: h.fake.calls.slice(before).map((c) => c.method) };
};

describe('the Slack release transport', () => {
  it('sends a notice as ONE new DM message carrying the text and the card, and returns its id', async () => {
    const { result, calls } = await newCalls(() => transport(notice).send(entry('student-result-notice')));
    expect(result).toEqual({ ok: true, activityId: expect.stringMatching(/^DU0STUDENT:\d+\.\d+$/) });
    expect(calls.filter((m) => m === 'chat.postMessage')).toHaveLength(1);
    const posted = h.fake.messages.get((result as { activityId: string }).activityId)!;
    expect(posted.text).toBe('De uitslag is er!');
    expect(JSON.stringify(posted.blocks)).toContain('Bij Zorggroep De Linde.');
  });

  it('updates a result card in place (chat.update of the stored <channel>:<ts>), twice harmlessly, and never posts a new one', async () => {
    const posted = await transport(notice).send(entry('student-result-notice', undefined, 'U0OTHER'));
    const id = (posted as { activityId: string }).activityId;
    for (let i = 0; i < 2; i += 1) {
      const { result, calls } = await newCalls(() => transport([card]).send(entry('student-result-card', id)));
      expect(result).toEqual({ ok: true, activityId: id });
      expect(calls).toEqual(['chat.update']);
    }
    expect(h.fake.messages.get(id)).toMatchObject({ updates: 2, text: 'Je hebt een stageplek!' });
    const { result, calls } = await newCalls(() => transport([card]).send(entry('student-result-card')));
    expect(result).toEqual({ ok: false, retryable: false, error: 'no-card-to-update' });
    expect(calls).toEqual([]);
  });

  it('hands a 429 with its Retry-After to the outbox instead of waiting or retrying in the client', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 7 });
    const { result, calls } = await newCalls(() => transport(notice).send(entry('company-result')));
    expect(result).toEqual({ ok: false, retryable: true, retryAfterMs: 7000, error: 'ratelimited' });
    expect(calls.filter((m) => m === 'chat.postMessage')).toHaveLength(1);
  });

  it.each([
    ['a 503', { status: 503 }, 'unknown-outcome:http-503'],
    ['a cut connection', { drop: true }, expect.stringMatching(/^unknown-outcome:/)],
    ['Slack\'s own internal_error', { error: 'internal_error' }, 'unknown-outcome:slack:internal_error'],
  ])('never resends a new message after %s (it may have arrived): unknown outcome, one request', async (_name, failure, error) => {
    h.fake.failNext('chat.postMessage', failure);
    const { result, calls } = await newCalls(() => transport(notice).send(entry('coordinator-summary')));
    expect(result).toEqual({ ok: false, retryable: false, error });
    expect(calls.filter((m) => m === 'chat.postMessage')).toHaveLength(1);
  });

  it('retries a card update after a 503 or a cut connection (updating twice is harmless)', async () => {
    const posted = await transport(notice).send(entry('student-result-notice', undefined, 'U0THIRD'));
    const id = (posted as { activityId: string }).activityId;
    h.fake.failNext('chat.update', { status: 503 }, { drop: true });
    expect(await transport([card]).send(entry('student-result-card', id))).toEqual({ ok: false, retryable: true, error: 'http-503' });
    expect(await transport([card]).send(entry('student-result-card', id))).toMatchObject({ ok: false, retryable: true, error: expect.stringMatching(/^network:/) });
    expect(await transport([card]).send(entry('student-result-card', id))).toEqual({ ok: true, activityId: id });
  });

  it('retries when the DM could not be opened (nothing was sent), and refuses what is not for Slack', async () => {
    h.fake.failNext('conversations.open', { status: 503 });
    const { result, calls } = await newCalls(() => transport(notice).send(entry('student-result-notice', undefined, 'U0NEW')));
    expect(result).toEqual({ ok: false, retryable: true, error: 'http-503' });
    expect(calls).not.toContain('chat.postMessage');
    expect(await transport(notice).send({ ...entry('student-result-notice'), recipient: { platform: 'teams', userId: 'x' } })).toMatchObject({ ok: false, retryable: false });
    expect(await transport(notice).send(entry('student-result-notice', undefined, 'U0NEW'))).toMatchObject({ ok: true });
  });

  it('sends nothing when there is nothing left to say (e.g. the student was deleted since)', async () => {
    const { result, calls } = await newCalls(() => transport([]).send(entry('student-result-notice')));
    expect(result).toEqual({ ok: true });
    expect(calls).toEqual([]);
  });

  it('reports a permanent Slack error as permanent', async () => {
    h.fake.failNext('chat.postMessage', { error: 'invalid_blocks' });
    expect(await transport(notice).send(entry('company-result', undefined, 'U0FOURTH'))).toEqual({ ok: false, retryable: false, error: 'slack:invalid_blocks' });
  });
});
