import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Reply } from '../../dialogs/turn.js';
import { onlyThrottlingRetries } from './connector-retries.js';
import { renderReply } from './render-reply.js';

export type SendResult = 'sent' | 'no-conversation' | 'failed';

/**
 * Proactive messages in Teams: continue the person's latest conversation (an older one may no
 * longer exist) and send the rendered replies. Without a stored conversation Teams offers no way
 * to write first, so that is reported rather than hidden.
 */
export function createTeamsMessenger(adapter: CloudAdapter, appId: string) {
  return {
    async send(reference: Partial<ConversationReference> | undefined, replies: Reply[]): Promise<SendResult> {
      if (!reference?.conversation?.id || !reference.serviceUrl) return 'no-conversation';
      try {
        await adapter.continueConversationAsync(appId, reference, async (context) => {
          // A reminder or welcome may be lost but never arrive twice: no resend after a 5xx.
          onlyThrottlingRetries(context, adapter);
          for (const reply of replies) await context.sendActivity(renderReply(reply));
        });
        return 'sent';
      } catch {
        return 'failed';
      }
    },
  };
}
