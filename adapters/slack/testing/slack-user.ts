import type { SlackHarness } from './slack-harness.js';

// A person using Koppel in Slack, for tests: types commands and DMs, clicks buttons in messages
// and modals, and fills in modals the way Slack reports them (view.state.values), choosing only
// options the modal really offers.

type Block = { type: string; block_id?: string; element?: Element; elements?: Element[]; accessory?: Element; fields?: unknown[] };
type Element = { type: string; action_id?: string; value?: string; text?: { text: string }; options?: Option[]; option_groups?: Array<{ options: Option[] }>;
  initial_value?: string; initial_option?: Option; initial_options?: Option[]; initial_date?: string; initial_time?: string };
type Option = { text: { text: string }; value: string };
export type View = { type: string; title?: { text: string }; blocks: Block[]; private_metadata?: string; submit?: { text: string }; callback_id?: string };
export type Answer = string | string[] | boolean;

export function slackUser(h: SlackHarness, userId: string) {
  const channel = `D${userId}`;
  let modal: { id: string; view: View } | undefined;

  const dm = () => [...h.fake.messages.values()].filter((m) => m.channel === channel).sort((a, b) => a.ts.localeCompare(b.ts));
  const buttonsIn = (blocks: Block[]) => blocks.flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]).filter((e) => e.type === 'button');
  const latestModal = () => {
    const opened = [...h.fake.calls].reverse().find((c) => c.method === 'views.open' || c.method === 'views.update');
    return opened;
  };

  return {
    channel,
    dm,
    get modal() { return modal; },
    command: (text: string) => h.requests.command(userId, text),
    say: (text: string) => h.requests.event({ type: 'message', channel_type: 'im', channel, user: userId, text, ts: `${Date.now() / 1000}` }),
    /** Drops files into the DM (Messages tab), with an optional comment, as Slack reports it. */
    sendFiles: (files: object[], text = '', retryNum?: number) => h.requests.event({
      type: 'message', subtype: 'file_share', channel_type: 'im', channel, user: userId, text, files, upload: true, display_as_bot: false, ts: `${Date.now() / 1000}`,
    }, retryNum),

    /** Follows the modal Slack would show after views.open / views.update. */
    async syncModal(): Promise<View> {
      const call = latestModal();
      if (!call) throw new Error('no modal was opened');
      const id = call.method === 'views.update' ? String(call.body.view_id) : [...h.fake.views.keys()].pop()!;
      modal = { id, view: call.body.view as View };
      return modal.view;
    },

    /** Clicks the last button with this label in the DM. */
    async clickInDm(label: string) {
      const message = [...dm()].reverse().find((m) => buttonsIn(m.blocks as Block[]).some((b) => b.text?.text === label));
      if (!message) throw new Error(`no button "${label}" in the DM; labels: ${dm().flatMap((m) => buttonsIn(m.blocks as Block[]).map((b) => b.text?.text)).join(', ')}`);
      const button = buttonsIn(message.blocks as Block[]).find((b) => b.text?.text === label)!;
      return h.requests.interaction({
        type: 'block_actions', user: { id: userId }, container: { type: 'message', channel_id: channel, message_ts: message.ts }, channel: { id: channel },
        message: { ts: message.ts, blocks: message.blocks }, actions: [{ type: 'button', action_id: button.action_id, value: button.value, action_ts: '1' }],
      });
    },

    /** Clicks a button in the open modal; Slack sends the modal's current state along. */
    async clickInModal(label: string, answers: Record<string, Answer> = {}) {
      if (!modal) throw new Error('no modal open');
      const button = buttonsIn(modal.view.blocks).find((b) => b.text?.text === label);
      if (!button) throw new Error(`no button "${label}" in the modal`);
      return h.requests.interaction({
        type: 'block_actions', user: { id: userId }, container: { type: 'view', view_id: modal.id },
        view: { id: modal.id, type: 'modal', private_metadata: modal.view.private_metadata, callback_id: modal.view.callback_id, state: { values: stateOf(modal.view, answers) } },
        actions: [{ type: 'button', action_id: button.action_id, value: button.value, action_ts: '1' }],
      });
    },

    /** Presses the modal's submit button with these answers (field id → value); others keep their initial value. */
    async submit(answers: Record<string, Answer> = {}) {
      if (!modal) throw new Error('no modal open');
      const response = await h.requests.interaction({
        type: 'view_submission', user: { id: userId },
        view: { id: modal.id, type: 'modal', callback_id: modal.view.callback_id, private_metadata: modal.view.private_metadata, blocks: modal.view.blocks, state: { values: stateOf(modal.view, answers) } },
      });
      const body = response.body ? (response.json() as { response_action?: string; view?: View; errors?: Record<string, string> }) : {};
      if (body.response_action === 'update' && body.view) modal = { id: modal.id, view: body.view };
      if (!body.response_action) modal = undefined;
      return { status: response.status, ms: response.ms, ...body };
    },
  };
}

/** view.state.values as Slack builds it from the inputs and what the person chose. */
export function stateOf(view: View, answers: Record<string, Answer>): Record<string, Record<string, unknown>> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const block of view.blocks.filter((b) => b.type === 'input')) {
    const element = block.element!;
    const id = block.block_id!;
    const answer = answers[id];
    const options = [...(element.options ?? []), ...(element.option_groups ?? []).flatMap((g) => g.options)];
    const option = (value: string) => {
      const found = options.find((o) => o.value === value);
      if (!found) throw new Error(`the modal offers no option "${value}" for ${id}`);
      return found;
    };
    const state: Record<string, unknown> = { type: element.type };
    switch (element.type) {
      case 'plain_text_input':
      case 'number_input':
        state.value = answer === undefined ? element.initial_value ?? null : String(answer);
        break;
      case 'external_select':
        // What Slack sends after the person picked a suggestion: the value typed, as Koppel offered it.
        state.selected_option = answer === undefined ? element.initial_option ?? null : answer === '' ? null : { text: { type: 'plain_text', text: String(answer) }, value: String(answer) };
        break;
      case 'multi_external_select':
        state.selected_options = answer === undefined ? element.initial_options ?? [] : (Array.isArray(answer) ? answer : [answer]).filter(Boolean).map((v) => ({ text: { type: 'plain_text', text: String(v) }, value: String(v) }));
        break;
      case 'static_select':
      case 'radio_buttons':
        state.selected_option = answer === undefined ? element.initial_option ?? null : answer === '' ? null : option(String(answer));
        break;
      case 'multi_static_select':
      case 'checkboxes':
        if (typeof answer === 'boolean') state.selected_options = answer ? [options[0]] : [];
        else state.selected_options = answer === undefined ? element.initial_options ?? [] : (Array.isArray(answer) ? answer : [answer]).filter(Boolean).map(option);
        break;
      case 'datepicker':
        state.selected_date = answer === undefined ? element.initial_date ?? null : String(answer);
        break;
      case 'timepicker':
        state.selected_time = answer === undefined ? element.initial_time ?? null : String(answer);
        break;
    }
    values[id] = { [element.action_id!]: state };
  }
  return values;
}
