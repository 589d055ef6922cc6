import type { App } from '@slack/bolt';
import { z } from 'zod/v4';
import type { Form } from '../../dialogs/form.js';
import type { Reply, Turn } from '../../dialogs/turn.js';
import { ACTION_PREFIX, ModalMetadata, OpenValue, parseJson, RefreshValue, SubmitValue, submitValues } from './action-values.js';
import { modalValues, type ViewStateValues } from './modal-values.js';
import { liveMessage } from './render-message.js';
import { MODAL_CALLBACK_ID } from './render-modal.js';
import { textsFor } from '../../dialogs/texts/index.js';
import { ACK_BUDGET_MS, guarded, respond, type SlackRuntime } from './slack-runtime.js';
import type { SlackClock } from './slack-clock.js';

// Buttons (in messages, modals and the App Home) and modal submissions.

// What Koppel reads of a button's payload, checked rather than cast: Bolt verified who sent it,
// not that it has the shape a handler relies on. Everything else in the payload is left alone.
const ElementState = z.object({
  type: z.string().optional(),
  value: z.string().nullish(),
  selected_option: z.object({ value: z.string().optional() }).nullish(),
  selected_options: z.array(z.object({ value: z.string().optional() })).nullish(),
  selected_date: z.string().nullish(),
  selected_time: z.string().nullish(),
});
const ActionBody = z.object({
  user: z.object({ id: z.string().min(1) }),
  trigger_id: z.string().optional(),
  container: z.object({ type: z.string().optional(), channel_id: z.string().optional(), message_ts: z.string().optional() }).optional(),
  view: z.object({
    id: z.string(),
    type: z.string(),
    private_metadata: z.string().optional(),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), ElementState)).optional() }).optional(),
  }).optional(),
});
type ActionBody = z.infer<typeof ActionBody>;
const ActionValue = z.object({ value: z.string().optional() });

/** The payload and the button's value, or undefined (logged) when Slack sent something Koppel does not know. */
function actionOf(rt: SlackRuntime, body: unknown, action: unknown): { b: ActionBody; value: string | undefined } | undefined {
  const b = ActionBody.safeParse(body);
  if (!b.success) {
    rt.log('slack.payload-refused', { kind: 'action' });
    return undefined;
  }
  const parsed = ActionValue.safeParse(action);
  return { b: b.data, value: parsed.success ? parsed.data.value : undefined };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const actionPattern = (prefix: string) => new RegExp(`^${escapeRegExp(prefix)}\\.`);

export function registerInteractions(app: App, rt: SlackRuntime): void {
  app.action(actionPattern(ACTION_PREFIX.submit), async ({ ack, body, action }) => {
    const receivedAt = rt.clock.now();
    await ack();
    const payload = actionOf(rt, body, action);
    if (!payload) return;
    const { b } = payload;
    await guarded(rt, 'action', b.user.id, async () => {
      const value = parseJson(SubmitValue, payload.value);
      if (!value) return;
      const inModal = b.view?.type === 'modal' ? b.view : undefined;
      const inputs = value.withInputs && inModal ? modalValues(inModal.state?.values as ViewStateValues | undefined) : {};
      const turn = await rt.identity.turn(b.user.id, { kind: 'submit', verb: value.verb, values: submitValues(value.verb, value.data, inputs) });
      const replies = await rt.conversations.handleTurn(turn);
      const form = replies.find((r) => r.kind === 'form');
      if (inModal && form) {
        // The next form replaces the modal's content; anything else goes to the DM.
        await rt.client.views.update({ view_id: inModal.id, view: await rt.delivery.modal(form.form, turn.language, b.user.id) as never });
        await rt.delivery.postReplies(turn.person, replies.filter((r) => r !== form), turn.language);
        return;
      }
      await respond(rt, turn, replies, b.trigger_id ? { id: b.trigger_id, receivedAt } : undefined);
    });
  });

  app.action(actionPattern(ACTION_PREFIX.open), async ({ ack, body, action }) => {
    await ack();
    const payload = actionOf(rt, body, action);
    if (!payload) return;
    const { b } = payload;
    await guarded(rt, 'open', b.user.id, async () => {
      const key = parseJson(OpenValue, payload.value)?.form;
      const form = key ? await rt.forms.get(key, b.user.id) : undefined;
      const language = await rt.identity.language(b.user.id);
      const person = { platform: 'slack' as const, userId: b.user.id };
      if (!form) return rt.delivery.postReplies(person, [{ kind: 'text', text: textsFor(language).slack.formExpired }], language);
      if (!b.trigger_id || !await rt.delivery.openModal(b.trigger_id, form, language, b.user.id)) {
        await rt.delivery.postReplies(person, [{ kind: 'form', form }], language);
      }
    });
  });

  app.action(actionPattern(ACTION_PREFIX.refresh), async ({ ack, body, action }) => {
    await ack();
    const payload = actionOf(rt, body, action);
    if (!payload) return;
    const { b } = payload;
    await guarded(rt, 'refresh', b.user.id, async () => {
      const key = parseJson(RefreshValue, payload.value)?.key;
      const { channel_id: channel, message_ts: ts } = b.container ?? {};
      if (!key || !channel || !ts) return;
      const turn = await rt.identity.turn(b.user.id, { kind: 'text', text: '' });
      // The server decides what the message shows now; someone else's card shows them nothing.
      const live = await rt.conversations.refreshLive(key, turn);
      if (!live) return;
      const message = liveMessage(live, rt.delivery.renderContext(turn.language, await rt.delivery.parkForms([live], b.user.id)));
      await rt.client.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
    });
  });

  app.view(MODAL_CALLBACK_ID, async ({ ack, body, view }) => {
    const receivedAt = rt.clock.now();
    const userId = body.user.id;
    const metadata = await resolveMetadata(rt, view.private_metadata, userId);
    if (!metadata?.verb) {
      await ack();
      return;
    }
    const inputs = modalValues(view.state.values as ViewStateValues);
    const person = { platform: 'slack' as const, userId };
    let turn: Turn | undefined;
    const settled = (async () => {
      turn = await rt.identity.turn(userId, { kind: 'submit', verb: metadata.verb!, values: submitValues(metadata.verb!, metadata.data, inputs) });
      return rt.conversations.handleTurn(turn);
    })().then((replies) => ({ replies }), (error: unknown) => ({ error }));
    const outcome = await withinBudget(rt.clock, settled, ACK_BUDGET_MS - (rt.clock.now() - receivedAt));
    if (!outcome || 'error' in outcome) {
      // Too slow for Slack's window (or failed): close the modal now, and tell the outcome in the DM.
      await ack();
      if (!outcome) rt.log('slack.submit-late', { formId: metadata.formId });
      await guarded(rt, 'submit', userId, async () => {
        const late = await settled;
        if ('error' in late) throw late.error;
        await rt.delivery.postReplies(person, late.replies, turn?.language ?? await rt.identity.language(userId));
      });
      return;
    }
    const { replies } = outcome;
    const language = turn?.language ?? 'nl';
    const form = replies.find((r): r is Extract<Reply, { kind: 'form' }> => r.kind === 'form');
    const errors = form ? fieldErrors(form.form, metadata.formId, view.blocks as Array<{ type: string; block_id?: string }>) : undefined;
    if (errors) await ack({ response_action: 'errors', errors });
    else if (form) await ack({ response_action: 'update', view: await rt.delivery.modal(form.form, language, userId) as never });
    else await ack();
    await guarded(rt, 'submit', userId, async () => rt.delivery.postReplies(person, replies.filter((r) => r !== form), language));
  });
}

/** A modal's metadata, from Slack's private_metadata or, when it was too long, from the store. */
async function resolveMetadata(rt: SlackRuntime, text: string | undefined, userId: string): Promise<ModalMetadata | undefined> {
  const metadata = parseJson(ModalMetadata, text);
  return metadata?.stored ? rt.metadata.get(metadata.stored, userId) : metadata;
}

/**
 * Errors on the same form, all on inputs of the submitted modal and with nothing else new (such
 * as coach feedback): Slack shows them under the inputs and keeps what was typed.
 */
export function fieldErrors(form: Form, submittedFormId: string, blocks: Array<{ type: string; block_id?: string }>): Record<string, string> | undefined {
  if (form.id !== submittedFormId || !form.errors || form.notice) return undefined;
  const inputs = new Set(blocks.filter((b) => b.type === 'input').map((b) => b.block_id));
  const entries = Object.entries(form.errors);
  if (entries.length === 0 || !entries.every(([id]) => inputs.has(id))) return undefined;
  return Object.fromEntries(entries);
}

async function withinBudget<T>(clock: SlackClock, work: Promise<T>, ms: number): Promise<T | undefined> {
  const done = new AbortController();
  const late = clock.wait(Math.max(0, ms), done.signal).then(() => undefined, () => undefined);
  try {
    return await Promise.race([work, late]);
  } finally {
    done.abort();
  }
}
