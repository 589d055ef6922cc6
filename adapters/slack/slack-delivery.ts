import type { Form } from '../../dialogs/form.js';
import type { Language, Reply, Turn } from '../../dialogs/turn.js';
import type { ModalMetadata } from './action-values.js';
import type { SlackBlock } from './blocks.js';
import type { Parking } from './parked-forms.js';
import { formModal } from './render-modal.js';
import { liveMessage, replyMessages, type RenderContext, type SlackMessage } from './render-message.js';
import { toMrkdwn } from './mrkdwn.js';
import { withRateLimitRetry, type SlackClient } from './slack-client.js';

// Everything Koppel posts in a person's direct message with the bot: replies as messages, live
// messages remembered by '<channel>:<ts>' for the release to update in place, files uploaded, and
// forms opened as modals while Slack's trigger is still fresh.
//
// Rendering is pure and synchronous, parking a form is a store write: a first render finds what
// has to be parked, that is stored, and the real render then finds the keys. So a message never
// goes out with a button whose form is not stored yet.

/** The key of each parked form, by the form object the replies hold. */
export type ParkedKeys = WeakMap<Form, string>;

export interface DeliveryDeps {
  client: SlackClient;
  forms: Parking<Form>;
  metadata: Parking<ModalMetadata>;
  rememberLiveMessage(person: Turn['person'], key: string, activityId: string): Promise<void>;
  /** Optional: records that this person talks to Koppel in Slack (e.g. to reach a coordinator here). */
  rememberConversation(person: Turn['person'], reference: object): Promise<unknown>;
}

export function createDelivery(deps: DeliveryDeps) {
  const channels = new Map<string, string>();
  /** Parks every form the replies show behind an "Open" button, for the Slack user `ownerId`. */
  const parkForms = async (replies: readonly Reply[], ownerId: string, keys: ParkedKeys = new WeakMap()): Promise<ParkedKeys> => {
    const forms = new Set<Form>();
    // Which forms are parked does not depend on the language.
    const dry: RenderContext = { language: 'nl', parkForm: (form) => (forms.add(form), '') };
    for (const reply of replies) replyMessages(reply, dry);
    for (const form of forms) if (!keys.has(form)) keys.set(form, await deps.forms.put(ownerId, form));
    return keys;
  };
  const renderContext = (language: Language, keys: ParkedKeys): RenderContext => ({
    language,
    parkForm: (form) => {
      const key = keys.get(form);
      if (key === undefined) throw new Error('a form was rendered without being parked first');
      return key;
    },
  });

  const dmChannel = async (userId: string): Promise<string> => {
    const known = channels.get(userId);
    if (known) return known;
    const opened = await withRateLimitRetry(() => deps.client.conversations.open({ users: userId }));
    const channel = opened.channel?.id;
    if (!channel) throw Object.assign(new Error('no channel'), { code: 'slack_webapi_platform_error', data: { error: 'no_channel' } });
    channels.set(userId, channel);
    await deps.rememberConversation({ platform: 'slack', userId }, { channel });
    return channel;
  };

  /** A form as a modal for the Slack user `ownerId`; metadata too long for Slack is parked first. */
  const modal = async (form: Form, language: Language, ownerId: string): Promise<SlackBlock> => {
    const tooLong: ModalMetadata[] = [];
    const view = formModal(form, { language, parkMetadata: (metadata) => (tooLong.push(metadata), '') });
    if (tooLong.length === 0) return view;
    const key = await deps.metadata.put(ownerId, tooLong[0]);
    return formModal(form, { language, parkMetadata: () => key });
  };

  const post = async (channel: string, message: SlackMessage) =>
    withRateLimitRetry(() => deps.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks }));

  return {
    dmChannel,
    parkForms,
    renderContext,
    modal,

    /** Posts the replies, in order, in the person's DM. */
    async postReplies(person: Turn['person'], replies: Reply[], language: Language): Promise<void> {
      if (replies.length === 0) return;
      const channel = await dmChannel(person.userId);
      const context = renderContext(language, await parkForms(replies, person.userId));
      for (const reply of replies) {
        if (reply.kind === 'file') {
          await withRateLimitRetry(() => deps.client.files.uploadV2({
            channel_id: channel, filename: reply.name, title: reply.name, content: reply.content, initial_comment: toMrkdwn(reply.description),
          }));
        } else if (reply.kind === 'live') {
          const sent = await post(channel, liveMessage(reply, context));
          if (sent.ts) await deps.rememberLiveMessage(person, reply.key, `${channel}:${sent.ts}`);
        } else {
          for (const message of replyMessages(reply, context)) await post(channel, message);
        }
      }
    },

    /** Opens a form as a modal; false when Slack refused (e.g. the trigger expired), so the caller can post it instead. */
    async openModal(triggerId: string, form: Form, language: Language, ownerId: string): Promise<boolean> {
      const view = await modal(form, language, ownerId);
      try {
        await deps.client.views.open({ trigger_id: triggerId, view: view as never });
        return true;
      } catch {
        return false;
      }
    },
  };
}

export type Delivery = ReturnType<typeof createDelivery>;
