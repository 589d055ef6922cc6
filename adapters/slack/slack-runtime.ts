import type { Form } from '../../dialogs/form.js';
import type { Conversations } from '../../dialogs/conversations.js';
import { textsFor } from '../../dialogs/texts/index.js';
import type { Reply, Turn } from '../../dialogs/turn.js';
import type { ModalMetadata } from './action-values.js';
import type { Parking } from './parked-forms.js';
import type { SlackClient } from './slack-client.js';
import type { Delivery } from './slack-delivery.js';
import type { FileDownload, SharedFile } from './slack-files.js';
import type { Identity } from './slack-identity.js';
import type { SlackClock } from './slack-clock.js';

// What every Slack handler shares, and the one way replies reach a person.

export type SlackLog = (event: string, fields: Record<string, string | number | boolean>) => void;

export interface SlackRuntime {
  client: SlackClient;
  conversations: Conversations;
  identity: Identity;
  delivery: Delivery;
  forms: Parking<Form>;
  metadata: Parking<ModalMetadata>;
  log: SlackLog;
  /** Fetches a file sent in the DM with the bot token, as text. */
  downloadFile: (file: SharedFile) => Promise<FileDownload>;
  /** For Slack's 3-second windows. */
  clock: SlackClock;
}

/**
 * Slack wants an answer to an interaction within 3 seconds, and a trigger_id is valid for 3
 * seconds: work that is not done within this budget is answered later, in the DM.
 */
export const ACK_BUDGET_MS = 2500;

export const hasFields = (reply: Reply): reply is Extract<Reply, { kind: 'form' }> => reply.kind === 'form' && reply.form.fields.length > 0;

/**
 * Replies to something done outside a modal (a command, a message, a button in a message or the
 * App Home): one form with fields opens as a modal while the trigger is fresh; everything else is
 * posted in the person's DM (a form then with an "Open" button).
 */
export async function respond(rt: SlackRuntime, turn: Turn, replies: Reply[], trigger?: { id: string; receivedAt: number }): Promise<void> {
  const forms = replies.filter((r) => r.kind === 'form');
  const single = forms.length === 1 && hasFields(forms[0]) ? forms[0] : undefined;
  const fresh = trigger !== undefined && rt.clock.now() - trigger.receivedAt < ACK_BUDGET_MS;
  if (single && fresh && await rt.delivery.openModal(trigger.id, single.form, turn.language, turn.person.userId)) {
    await rt.delivery.postReplies(turn.person, replies.filter((r) => r !== single), turn.language);
    return;
  }
  await rt.delivery.postReplies(turn.person, replies, turn.language);
}

/** Runs a handler; a failure is logged by name only and the person is told, in their DM, that nothing was lost. */
export async function guarded(rt: SlackRuntime, event: string, userId: string | undefined, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    rt.log('slack.turn-failed', { event, error: (error as { code?: string }).code ?? (error instanceof Error ? error.name : 'unknown') });
    if (!userId) return;
    try {
      const language = await rt.identity.language(userId);
      await rt.delivery.postReplies({ platform: 'slack', userId }, [{ kind: 'text', text: textsFor(language).somethingWentWrong }], language);
    } catch {
      // Slack itself is unreachable: the log line above is all that can be done.
    }
  }
}
