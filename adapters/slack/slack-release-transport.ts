import type { OutboxEntry } from '../../bot/domain/outbox-entry.js';
import { isIdempotent } from '../../bot/release/outbox.js';
import type { ReleaseTransport, TransportResult } from '../../bot/release/outbox-port.js';
import type { Language, Reply } from '../../dialogs/turn.js';
import { LIMITS } from './block-limits.js';
import { fitOneMessage, liveMessage, replyMessages, type RenderContext, type SlackMessage } from './render-message.js';
import type { SlackClient } from './slack-client.js';
import { classifySlackError } from './slack-errors.js';

// The release outbox's transport for Slack. A student's result card is the live message posted
// when they confirmed; it is updated in place (chat.update of the stored '<channel>:<ts>'), which
// is idempotent and retried freely. Every other kind is ONE new DM message (chat.postMessage), so
// a message is either delivered whole or not at all; when its fate is unknown it is never resent.

export interface SlackReleaseTransportDeps {
  client: SlackClient;
  /** The replies for an entry, in the recipient's language (the dialogs decide the words). */
  render: (entry: OutboxEntry) => Promise<Reply[]>;
  dmChannel: (userId: string) => Promise<string>;
  language: (userId: string) => Promise<Language>;
  renderContext: (language: Language) => RenderContext;
}

export function createSlackReleaseTransport(deps: SlackReleaseTransportDeps): ReleaseTransport {
  return {
    async send(entry): Promise<TransportResult> {
      if (entry.recipient.platform !== 'slack') return { ok: false, retryable: false, error: 'not-a-slack-recipient' };
      const updating = isIdempotent(entry.kind);
      let message: SlackMessage;
      try {
        const replies = await deps.render(entry);
        // Nothing to say any more (e.g. the student's data was deleted since): done, nothing sent.
        if (replies.length === 0) return { ok: true };
        message = oneMessage(replies, deps.renderContext(await deps.language(entry.recipient.userId)));
      } catch (error) {
        // Nothing was sent yet: rendering reads the store and Slack's profile, both safe to repeat.
        return { ok: false, retryable: true, error: `render:${(error as { code?: string }).code ?? (error instanceof Error ? error.name : 'error')}` };
      }
      if (updating) return update(deps.client, entry, message);
      let channel: string;
      try {
        channel = await deps.dmChannel(entry.recipient.userId);
      } catch (error) {
        return classifySlackError(error, 'no-delivery-yet');
      }
      try {
        const sent = await deps.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
        return sent.ts ? { ok: true, activityId: `${channel}:${sent.ts}` } : { ok: true };
      } catch (error) {
        return classifySlackError(error, 'new-message');
      }
    },
  };
}

async function update(client: SlackClient, entry: OutboxEntry, message: SlackMessage): Promise<TransportResult> {
  const [channel, ts] = splitMessageId(entry.activityId);
  // Posting a new card instead could show the student two: the outbox reports it instead.
  if (!channel || !ts) return { ok: false, retryable: false, error: 'no-card-to-update' };
  try {
    await client.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
    return { ok: true, activityId: entry.activityId };
  } catch (error) {
    return classifySlackError(error, 'update');
  }
}

/** '<channel>:<ts>' as stored by rememberLiveMessage. */
export function splitMessageId(id: string | undefined): [string | undefined, string | undefined] {
  const at = id?.indexOf(':') ?? -1;
  return id && at > 0 ? [id.slice(0, at), id.slice(at + 1)] : [undefined, undefined];
}

/** All replies of an entry in one message (at most 50 blocks), the live card as its own content. */
function oneMessage(replies: Reply[], ctx: RenderContext): SlackMessage {
  const live = replies.find((r): r is Extract<Reply, { kind: 'live' }> => r.kind === 'live');
  if (live && replies.length === 1) return liveMessage(live, ctx);
  const messages = replies.flatMap((r) => (r.kind === 'live' ? [liveMessage(r, ctx)] : replyMessages(r, ctx)));
  const text = messages.map((m) => m.text).find((t) => t.trim() !== '') ?? ' ';
  return { text, blocks: fitOneMessage(messages.flatMap((m) => m.blocks), ctx.language, LIMITS.blocksPerMessage) };
}
