import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import type { PersonKey } from '../../bot/people.js';
import type { OutboxEntry } from '../../bot/domain/outbox-entry.js';
import { isIdempotent } from '../../bot/release/outbox.js';
import type { ReleaseTransport, TransportResult } from '../../bot/release/outbox-port.js';
import { failureFromNetwork, failureFromStatus } from '../../bot/release/transport-failure.js';
import type { Reply } from '../../dialogs/turn.js';
import { withoutClientRetries } from './connector-retries.js';
import { renderReply } from './render-reply.js';

// The release outbox delivered through botbuilder: a result card is updated in place
// (updateActivity of the message id stored when the card was sent, never posted anew), every other
// message is one new activity. The outbox decides about retries, so the connector client's own
// retry policy is switched off: it would resend a new message after a gateway error, which may
// deliver it twice.

export interface TeamsReleaseTransportOptions {
  adapter: CloudAdapter;
  appId: string;
  conversationOf(person: PersonKey): Promise<Partial<ConversationReference> | undefined>;
  /** The words of the entry (from the dialogs), rendered at send time. */
  render(entry: OutboxEntry): Promise<Reply[]>;
}

export function createTeamsReleaseTransport(options: TeamsReleaseTransportOptions): ReleaseTransport {
  return {
    async send(entry) {
      const reference = await options.conversationOf(entry.recipient);
      if (!reference?.conversation?.id || !reference.serviceUrl) return { ok: false, retryable: false, error: 'no-conversation' };
      const updating = isIdempotent(entry.kind);
      if (updating && !entry.activityId) return { ok: false, retryable: false, error: 'no-card-to-update' };
      const replies = await options.render(entry);
      // Nothing to say any more (e.g. the student's data was deleted since): done, nothing sent.
      if (replies.length === 0) return { ok: true };
      const activity = oneActivity(replies);
      let activityId: string | undefined;
      try {
        await options.adapter.continueConversationAsync(options.appId, reference, async (context) => {
          withoutClientRetries(context, options.adapter);
          if (updating) {
            await context.updateActivity({ ...activity, type: 'message', id: entry.activityId });
            activityId = entry.activityId;
          } else {
            activityId = (await context.sendActivity(activity))?.id;
          }
        });
      } catch (error) {
        return failureOf(error, entry);
      }
      return activityId ? { ok: true, activityId } : { ok: true };
    },
  };
}

/** One outbox entry is one message, so it is delivered exactly once or not at all: text and cards together. */
function oneActivity(replies: Reply[]): Partial<Activity> {
  const rendered = replies.map(renderReply);
  const text = rendered.map((a) => a.text).filter((t): t is string => Boolean(t)).join('\n\n');
  const attachments = rendered.flatMap((a) => a.attachments ?? []);
  return { type: 'message', ...(text ? { text, textFormat: 'markdown' } : {}), ...(attachments.length ? { attachments } : {}) };
}

interface RestErrorLike { statusCode?: number; code?: string; response?: { headers?: { get(name: string): string | undefined } } }

function failureOf(error: unknown, entry: OutboxEntry): TransportResult {
  const rest = (typeof error === 'object' && error !== null ? error : {}) as RestErrorLike;
  if (typeof rest.statusCode === 'number') return failureFromStatus(rest.statusCode, rest.response?.headers?.get('retry-after'), entry.kind);
  return failureFromNetwork(typeof rest.code === 'string' ? rest.code : 'error', entry.kind);
}
