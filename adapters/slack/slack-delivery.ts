import type { Form } from '../../dialogs/form.js';
import type { Language, Reply, Turn } from '../../dialogs/turn.js';
import type { ModalMetadata } from './action-values.js';
import type { Parking } from './parked-forms.js';
import { formModal } from './render-modal.js';
import { liveMessage, replyMessages, type RenderContext, type SlackMessage } from './render-message.js';
import { withRateLimitRetry, type SlackClient } from './slack-client.js';

// Everything Koppel posts in a person's direct message with the bot: replies as messages, live
// messages remembered by '<channel>:<ts>' for the release to update in place, files uploaded, and
// forms opened as modals while Slack's trigger is still fresh.

export interface DeliveryDeps {
  client: SlackClient;
  forms: Parking<Form>;
  metadata: Parking<ModalMetadata>;
  rememberLiveMessage(person: Turn['person'], key: string, activityId: string): Promise<void>;
  /** Optional: records that this person talks to Koppel in Slack (e.g. to reach a coordinator here). */
  rememberConversation?(person: Turn['person'], reference: object): Promise<void>;
}

export function createDelivery(deps: DeliveryDeps) {
  const channels = new Map<string, string>();
  const renderContext = (language: Language): RenderContext => ({ language, parkForm: (form) => deps.forms.put(form) });

  const dmChannel = async (userId: string): Promise<string> => {
    const known = channels.get(userId);
    if (known) return known;
    const opened = await withRateLimitRetry(() => deps.client.conversations.open({ users: userId }));
    const channel = opened.channel?.id;
    if (!channel) throw Object.assign(new Error('no channel'), { code: 'slack_webapi_platform_error', data: { error: 'no_channel' } });
    channels.set(userId, channel);
    await deps.rememberConversation?.({ platform: 'slack', userId }, { channel });
    return channel;
  };

  const modal = (form: Form, language: Language) => formModal(form, { language, parkMetadata: (m) => deps.metadata.put(m) });

  const post = async (channel: string, message: SlackMessage) =>
    withRateLimitRetry(() => deps.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks }));

  return {
    dmChannel,
    renderContext,
    modal,

    /** Posts the replies, in order, in the person's DM. */
    async postReplies(person: Turn['person'], replies: Reply[], language: Language): Promise<void> {
      if (replies.length === 0) return;
      const channel = await dmChannel(person.userId);
      for (const reply of replies) {
        if (reply.kind === 'file') {
          await withRateLimitRetry(() => deps.client.files.uploadV2({
            channel_id: channel, filename: reply.name, title: reply.name, content: reply.content, initial_comment: reply.description,
          }));
        } else if (reply.kind === 'live') {
          const sent = await post(channel, liveMessage(reply, renderContext(language)));
          if (sent.ts) await deps.rememberLiveMessage(person, reply.key, `${channel}:${sent.ts}`);
        } else {
          for (const message of replyMessages(reply, renderContext(language))) await post(channel, message);
        }
      }
    },

    /** Opens a form as a modal; false when Slack refused (e.g. the trigger expired), so the caller can post it instead. */
    async openModal(triggerId: string, form: Form, language: Language): Promise<boolean> {
      try {
        await deps.client.views.open({ trigger_id: triggerId, view: modal(form, language) as never });
        return true;
      } catch {
        return false;
      }
    },
  };
}

export type Delivery = ReturnType<typeof createDelivery>;
