import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BEFORE_DEADLINE, roundData } from '../../dialogs/testing/intake-fixture.js';
import { slackSignature } from './testing/sign-request.js';
import { SIGNING_SECRET, slackHarness, type SlackHarness } from './testing/slack-harness.js';
import { EVERYTHING } from '../../bot/store/index.js';

const command = new URLSearchParams({ command: '/koppel', text: 'start', user_id: 'U0STUDENT', trigger_id: 't1', team_id: 'T0SCHOOL', channel_id: 'DU0STUDENT' }).toString();
const FORM = 'application/x-www-form-urlencoded';

let h: SlackHarness;
beforeEach(async () => {
  h = await slackHarness({ data: roundData(), now: BEFORE_DEADLINE, users: { U0STUDENT: { email: 'student@school.nl', locale: 'nl-NL' } } });
});
afterEach(async () => h.close());

describe('Slack request signatures (checked by Bolt)', () => {
  it.each([
    ['a wrong signature', { ...slackSignature(SIGNING_SECRET, command), 'x-slack-signature': `v0=${'0'.repeat(64)}` }],
    ['a signature made with another secret', slackSignature('0123456789abcdef0123456789abcdef', command)],
    ['no signature headers', {}],
    ['a timestamp older than 5 minutes', slackSignature(SIGNING_SECRET, command, Math.floor(Date.now() / 1000) - 6 * 60)],
  ])('refuses %s with 401, changes nothing and calls no Web API method', async (_name, headers) => {
    const before = await h.memory.read(EVERYTHING);
    const callsBefore = h.fake.calls.length;
    const response = await h.requests.send(command, FORM, headers);
    await new Promise((r) => setTimeout(r, 100));
    expect(response.status).toBe(401);
    expect(await h.memory.read(EVERYTHING)).toEqual(before);
    expect(h.fake.calls.slice(callsBefore)).toEqual([]);
  });

  it('accepts the same request signed correctly, and answers in the DM', async () => {
    const response = await h.requests.send(command, FORM);
    expect(response.status).toBe(200);
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' || c.method === 'views.open'));
  });
});
