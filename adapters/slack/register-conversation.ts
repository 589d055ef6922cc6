import type { App } from '@slack/bolt';
import { liveResultKey } from '../../dialogs/live-replies.js';
import { textsFor } from '../../dialogs/texts/index.js';
import { MAX_FILE_BYTES, type Reply, type Turn } from '../../dialogs/turn.js';
import { fromSlackText } from './mrkdwn.js';
import { homeView } from './render-home.js';
import { SLACK_COMMAND } from './slack-api-methods.js';
import type { SharedFile } from './slack-files.js';
import { guarded, respond, type SlackRuntime } from './slack-runtime.js';

// In: the /koppel slash command, direct messages to the bot (text, or a file such as a CSV
// export), and opening its App Home.

export function registerConversation(app: App, rt: SlackRuntime): void {
  // Acknowledged at once (Slack allows 3 seconds); the work and the replies follow in the DM.
  app.command(SLACK_COMMAND, async ({ command, ack }) => {
    const receivedAt = rt.clock.now();
    await ack();
    await guarded(rt, 'command', command.user_id, async () => {
      const turn = await rt.identity.turn(command.user_id, { kind: 'text', text: fromSlackText(command.text) || 'help' });
      await respond(rt, turn, await rt.conversations.handleTurn(turn), { id: command.trigger_id, receivedAt });
    });
  });

  app.event('message', async ({ event, context }) => {
    const message = event as { channel_type?: string; subtype?: string; user?: string; text?: string; bot_id?: string; files?: SharedFile[] };
    // Only what a person writes or sends in the DM with Koppel (Bolt already drops events of
    // Koppel's own user, such as the files it uploads); Slack's redelivery of an event already
    // acknowledged (retryNum) would otherwise be answered twice.
    if (message.channel_type !== 'im' || message.bot_id || !message.user || context.retryNum) return;
    const userId = message.user;
    if (message.subtype === 'file_share' && message.files?.length) {
      const files = message.files;
      await guarded(rt, 'file', userId, () => receiveFile(rt, userId, files));
      return;
    }
    if (message.subtype) return;
    await guarded(rt, 'message', userId, async () => {
      const turn = await rt.identity.turn(userId, { kind: 'text', text: fromSlackText(message.text ?? '') });
      await respond(rt, turn, await rt.conversations.handleTurn(turn));
    });
  });

  app.event('app_home_opened', async ({ event }) => {
    if (event.tab !== 'home') return;
    await guarded(rt, 'home', undefined, async () => {
      const turn = await rt.identity.turn(event.user, { kind: 'text', text: 'help' });
      const replies = await homeReplies(rt, turn);
      const parked = await rt.delivery.parkForms(replies, event.user);
      await rt.client.views.publish({ user_id: event.user, view: homeView(replies, rt.delivery.renderContext(turn.language, parked)) as never });
    });
  });
}

/**
 * A file sent in the DM (e.g. the CSV of a school's student records): the first file becomes one
 * turn with its text, and any text typed with it is left aside. Runs after Slack's acknowledgement.
 */
async function receiveFile(rt: SlackRuntime, userId: string, files: SharedFile[]): Promise<void> {
  const [file, ...others] = files;
  const name = file.name || 'CSV';
  // Only a coordinator's file is fetched at all (as in Teams); the others hear why, and nothing is downloaded.
  const refused = await rt.conversations.refuseFileSender(await rt.identity.turn(userId, { kind: 'file', name, content: '' }));
  if (refused) {
    rt.log('slack.file-refused', { reason: 'role' });
    await rt.delivery.postReplies({ platform: 'slack', userId }, refused, await rt.identity.language(userId));
    return;
  }
  const download = await rt.downloadFile(file);
  if (download.kind !== 'ok') {
    rt.log('slack.file-refused', download.kind === 'too-large' ? { reason: 'too-large', bytes: file.size ?? -1 } : { reason: download.reason });
    // The same answers as in Teams.
    const language = await rt.identity.language(userId);
    const t = textsFor(language).fileImport;
    const text = download.kind === 'too-large' ? t.tooLarge(name, MAX_FILE_BYTES / (1024 * 1024)) : t.downloadFailed(name);
    await rt.delivery.postReplies({ platform: 'slack', userId }, [{ kind: 'text', text }], language);
    return;
  }
  const turn = await rt.identity.turn(userId, { kind: 'file', name, content: download.content });
  const replies = await rt.conversations.handleTurn(turn);
  const skipped = others.map((f) => f.name || '').filter(Boolean);
  const note: Reply[] = skipped.length > 0 ? [{ kind: 'text', text: textsFor(turn.language).slack.onlyFirstFile(name, skipped.join(', ')) }] : [];
  await respond(rt, turn, [...replies, ...note]);
}

/**
 * What the App Home shows, decided by the dialogs at the moment it is opened: a student their
 * result card (only the release moment until then) and where their intake stands; a company
 * contact their offer for the open round; anyone else what they can do.
 */
async function homeReplies(rt: SlackRuntime, turn: Turn): Promise<Reply[]> {
  const role = await rt.conversations.services.roleOf(turn.person);
  const say = (text: string) => rt.conversations.handleTurn({ ...turn, input: { kind: 'text', text } });
  if (role.kind === 'student') {
    const live = await rt.conversations.refreshLive(liveResultKey(role.studentId), turn);
    return [...(live ? [live] : []), ...await say('start')];
  }
  if (role.kind === 'company-contact') return say('aanbod');
  return say('help');
}
