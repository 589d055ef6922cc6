import type { App } from '@slack/bolt';
import { liveResultKey } from '../../dialogs/live-replies.js';
import type { Reply, Turn } from '../../dialogs/turn.js';
import { fromSlackText } from './mrkdwn.js';
import { homeView } from './render-home.js';
import { SLACK_COMMAND } from './slack-api-methods.js';
import { guarded, respond, type SlackRuntime } from './slack-runtime.js';

// Text in: the /koppel slash command, direct messages to the bot, and opening its App Home.

export function registerConversation(app: App, rt: SlackRuntime): void {
  // Acknowledged at once (Slack allows 3 seconds); the work and the replies follow in the DM.
  app.command(SLACK_COMMAND, async ({ command, ack }) => {
    const receivedAt = rt.clock();
    await ack();
    await guarded(rt, 'command', command.user_id, async () => {
      const turn = await rt.identity.turn(command.user_id, { kind: 'text', text: fromSlackText(command.text) || 'help' });
      await respond(rt, turn, await rt.handleTurn(turn, rt.services), { id: command.trigger_id, receivedAt });
    });
  });

  app.event('message', async ({ event, context }) => {
    const message = event as { channel_type?: string; subtype?: string; user?: string; text?: string; bot_id?: string };
    // Only what a person writes in the DM with Koppel; Slack's redelivery of an event already
    // acknowledged (retryNum) would otherwise be answered twice.
    if (message.channel_type !== 'im' || message.subtype || message.bot_id || !message.user || context.retryNum) return;
    const userId = message.user;
    await guarded(rt, 'message', userId, async () => {
      const turn = await rt.identity.turn(userId, { kind: 'text', text: fromSlackText(message.text ?? '') });
      await respond(rt, turn, await rt.handleTurn(turn, rt.services));
    });
  });

  app.event('app_home_opened', async ({ event }) => {
    if (event.tab !== 'home') return;
    await guarded(rt, 'home', undefined, async () => {
      const turn = await rt.identity.turn(event.user, { kind: 'text', text: 'help' });
      const replies = await homeReplies(rt, turn);
      await rt.client.views.publish({ user_id: event.user, view: homeView(replies, rt.delivery.renderContext(turn.language)) as never });
    });
  });
}

/**
 * What the App Home shows, decided by the dialogs at the moment it is opened: a student their
 * result card (only the release moment until then) and where their intake stands; a company
 * contact their offer for the open round; anyone else what they can do.
 */
async function homeReplies(rt: SlackRuntime, turn: Turn): Promise<Reply[]> {
  const role = await rt.services.roleOf(turn.person);
  const say = (text: string) => rt.handleTurn({ ...turn, input: { kind: 'text', text } }, rt.services);
  if (role.kind === 'student') {
    const live = await rt.refreshLive(liveResultKey(role.studentId), turn, rt.services);
    return [...(live ? [live] : []), ...await say('start')];
  }
  if (role.kind === 'company-contact') return say('aanbod');
  return say('help');
}
