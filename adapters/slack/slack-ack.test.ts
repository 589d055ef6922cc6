import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Student } from '../../bot/domain/student.js';
import { BEFORE_DEADLINE, companyRoundData } from '../../dialogs/testing/intake-fixture.js';
import { heldStore, slackHarness, type SlackHarness } from './testing/slack-harness.js';

// Slack gives an app 3 seconds to acknowledge a slash command. Here every store read and update
// waits until all commands are answered, so a command that waited for its work (which starts with
// the store) before answering would never be answered. Then the store goes on, and the replies come.
let held = true;
let release: () => void = () => {};

// Commands from the route table, each typed by its own person (coordinators by their own id) so
// each reply can be told apart.
const COMMANDS: Array<[user: string, text: string]> = [
  ['U0COORD1', 'help'],
  ['U0STUDENT', 'start'],
  ['U0COORD2', 'ronde nieuw'],
  ['U0COORD3', 'ronde status'],
  ['U0COORD4', 'ronde match'],
  ['U0COORD5', 'ronde vrijgave'],
  ['U0CONTACT', 'aanbod'],
  ['U0COORD6', 'studenten importeren'],
  ['U0STUDENT2', 'uitslag'],
];

function data() {
  const d = companyRoundData();
  d.companies.c1.contacts = [{ platform: 'slack', userId: 'U0CONTACT' }];
  d.students.s1.identities = [{ platform: 'slack', userId: 'U0STUDENT' }];
  d.students.s2 = Student.parse({ id: 's2', roundId: 'r1', studentNumber: '100235', programmeCode: '90001', identities: [{ platform: 'slack', userId: 'U0STUDENT2' }] });
  return d;
}

let h: SlackHarness;
beforeAll(async () => {
  const users = Object.fromEntries(COMMANDS.map(([user]) => [user, { locale: 'nl-NL' }]));
  h = await slackHarness({
    data: data(), now: BEFORE_DEADLINE, users,
    wrapStore: (store) => {
      const wrapped = heldStore(store, () => held);
      release = wrapped.release;
      return wrapped.store;
    },
    coordinators: ['U0COORD1', 'U0COORD2', 'U0COORD3', 'U0COORD4', 'U0COORD5', 'U0COORD6'],
  });
});
afterAll(async () => h.close());

describe('slash commands against a slow store', () => {
  it('acknowledges every /koppel command within 3 seconds and posts the real reply afterwards', async () => {
    const responses = await Promise.all(COMMANDS.map(async ([user, text]) => ({ user, text, response: await h.requests.command(user, text), answeredAt: Date.now() })));
    held = false;
    release();
    for (const { text, response } of responses) {
      expect({ text, status: response.status }).toEqual({ text, status: 200 });
      expect({ text, fast: response.ms < 3000 }).toEqual({ text, fast: true });
    }
    const repliedTo = (user: string) => h.fake.calls.find((c) => (c.method === 'chat.postMessage' && c.body.channel === `D${user}`) || (c.method === 'views.open' && c.body.trigger_id));
    await h.fake.waitFor(() => COMMANDS.every(([user]) => repliedTo(user)), 20_000);
    for (const { user, text, answeredAt } of responses) {
      const reply = repliedTo(user)!;
      // The reply needed the store, so it can only have come after the acknowledgement.
      expect({ text, afterAck: reply.at >= answeredAt }).toEqual({ text, afterAck: true });
    }
  }, 20_000);
});
