import { afterEach, describe, expect, it } from 'vitest';
import { createWaitingItems } from '../../bot/waiting/waiting-items.js';
import { BEFORE_DEADLINE, companyRoundData } from '../../dialogs/testing/intake-fixture.js';
import type { Form } from '../../dialogs/form.js';
import type { Turn } from '../../dialogs/turn.js';
import { MODAL_CALLBACK_ID } from './render-modal.js';
import type { Conversations } from '../../dialogs/conversations.js';
import { textsFor } from '../../dialogs/texts/index.js';
import { slackHarness, type SlackHarness } from './testing/slack-harness.js';
import { slackUser, type View } from './testing/slack-user.js';

// Two Koppel processes behind one load balancer share the store: a form parked by one, behind its
// "Openen" button or in a modal's metadata, is found by the other, and only by the person it was
// shown to, until it expires.

const CONTACT = 'U0CONTACT';
const OTHER = 'U0OTHER';
const users = { [CONTACT]: { locale: 'nl-NL' }, [OTHER]: { locale: 'nl-NL' } };
const expired = textsFor('nl').slack.formExpired;

const harnesses: SlackHarness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
});

/** Two processes on one store; `later` moves both clocks. */
async function twoProcesses(options: { handleTurn?: Conversations['handleTurn'] } = {}) {
  const data = companyRoundData();
  data.companies.c1.contacts = [{ platform: 'slack', userId: CONTACT }];
  const first = await slackHarness({ data, now: BEFORE_DEADLINE, users, handleTurn: options.handleTurn });
  harnesses.push(first);
  const second = await slackHarness({ data, sharedStore: first.memory, now: BEFORE_DEADLINE, users, handleTurn: options.handleTurn });
  harnesses.push(second);
  const later = (ms: number) => {
    first.clock.now = new Date(first.clock.now.getTime() + ms);
    second.clock.now = first.clock.now;
  };
  return { first, second, later };
}

type Button = { action_id: string; value: string };

/** The "Openen" button the first process posted in the contact's DM. */
function openButton(h: SlackHarness): Button {
  const blocks = [...h.fake.messages.values()].filter((m) => m.channel === `D${CONTACT}`).flatMap((m) => m.blocks as Array<{ elements?: Button[] }>);
  const button = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id?.startsWith('koppel.open'));
  if (!button) throw new Error('no Openen button in the DM');
  return button;
}

/** A click on that button that reaches `h`, by `userId`. */
async function click(h: SlackHarness, userId: string, button: Button) {
  const answered = (calls: SlackHarness['fake']['calls']) => calls.filter((c) => c.method === 'views.open' || (c.method === 'chat.postMessage' && c.body.channel === `D${userId}`)).length;
  const before = answered(h.fake.calls);
  await h.requests.interaction({
    type: 'block_actions', user: { id: userId }, container: { type: 'message', channel_id: `D${userId}`, message_ts: '1.000' },
    actions: [{ type: 'button', action_id: button.action_id, value: button.value, action_ts: '1' }],
  });
  await h.fake.waitFor((calls) => answered(calls) > before);
}

const textsTo = (h: SlackHarness, userId: string) => h.fake.callsOf('chat.postMessage').filter((c) => c.body.channel === `D${userId}`).map((c) => String(c.body.text));

async function parkOffer(first: SlackHarness): Promise<Button> {
  await slackUser(first, CONTACT).say('aanbod');
  await first.fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
  return openButton(first);
}

describe('a Slack form behind its Openen button', () => {
  it('is parked in the store and opened by another process, as often as the person clicks', async () => {
    const { first, second } = await twoProcesses();
    const button = await parkOffer(first);
    const key = (JSON.parse(button.value) as { form: string }).form;
    expect((await first.memory.read({ waiting: 'all' })).waiting[key]).toMatchObject({ kind: 'slack-form', ownerId: CONTACT, payload: { v: 1 } });

    await click(second, CONTACT, button);
    const [opened] = second.fake.callsOf('views.open');
    expect((opened.body.view as View).submit?.text).toBe('Aanbod opslaan');
    // A message's button stays usable: the form is read, not taken.
    await click(first, CONTACT, button);
    expect(first.fake.callsOf('views.open')).toHaveLength(1);
    expect(textsTo(second, CONTACT)).not.toContain(expired);
  });

  it('gives someone else nothing, and asks them to type the command again', async () => {
    const { first, second } = await twoProcesses();
    const button = await parkOffer(first);
    await click(second, OTHER, button);
    expect(second.fake.callsOf('views.open')).toEqual([]);
    expect(textsTo(second, OTHER)).toEqual([expired]);
  });

  it('is gone after a week, and pruned from the store', async () => {
    const { first, second, later } = await twoProcesses();
    const button = await parkOffer(first);
    later(7 * 24 * 3600_000 + 1000);
    await click(second, CONTACT, button);
    expect(second.fake.callsOf('views.open')).toEqual([]);
    expect(textsTo(second, CONTACT)).toEqual([expired]);
    expect(await createWaitingItems({ store: first.memory, now: () => first.clock.now }).prune()).toBe(1);
    expect((await first.memory.read({ waiting: 'all' })).waiting).toEqual({});
  });

  it('counts as expired when what is stored no longer reads as a form of this version', async () => {
    const { first, second } = await twoProcesses();
    const button = await parkOffer(first);
    const key = (JSON.parse(button.value) as { form: string }).form;
    await first.memory.update({ waiting: { ids: [key] } }, (draft) => {
      draft.waiting[key].payload = { v: 0, form: { id: 'offer', fields: 'none' } };
    });
    await click(second, CONTACT, button);
    expect(second.fake.callsOf('views.open')).toEqual([]);
    expect(textsTo(second, CONTACT)).toEqual([expired]);
  });
});

describe('a modal whose metadata is too long for Slack', () => {
  // A form with a field whose submit button carries more data than private_metadata's 3000 characters.
  const blob = 'x'.repeat(4000);
  const form: Form = {
    id: 'test.long', title: 'Lang', fields: [{ id: 'note', kind: 'text', label: 'Notitie', maxLength: 100 }],
    actions: [{ verb: 'test.save', label: 'Opslaan', data: { blob } }],
  };

  it('is submitted to another process, which finds the metadata in the store, for its owner only', async () => {
    const turns: Turn[] = [];
    const { first, second } = await twoProcesses({
      handleTurn: async (turn) => {
        turns.push(turn);
        return turn.input.kind === 'text' ? [{ kind: 'form', form }] : [{ kind: 'text', text: 'Opgeslagen.' }];
      },
    });
    await slackUser(first, CONTACT).command('lang');
    await first.fake.waitFor((calls) => calls.some((c) => c.method === 'views.open'));
    const view = first.fake.callsOf('views.open')[0].body.view as View;
    const metadata = JSON.parse(view.private_metadata ?? '{}') as { formId: string; stored?: string };
    expect(metadata).toEqual({ formId: 'test.long', stored: expect.stringMatching(/^[0-9a-f-]{36}$/) });

    const submit = (userId: string) => second.requests.interaction({
      type: 'view_submission', user: { id: userId },
      view: { id: 'V1', type: 'modal', callback_id: MODAL_CALLBACK_ID, private_metadata: view.private_metadata, blocks: view.blocks, state: { values: {} } },
    });
    expect((await submit(OTHER)).status).toBe(200);
    expect(turns.filter((t) => t.input.kind === 'submit')).toEqual([]);

    expect((await submit(CONTACT)).status).toBe(200);
    const submitted = turns.filter((t) => t.input.kind === 'submit');
    expect(submitted).toHaveLength(1);
    expect(submitted[0].input).toMatchObject({ kind: 'submit', verb: 'test.save', values: { verb: 'test.save', blob } });
  });
});
