import { App, ExpressReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import { Router } from 'express';
import type { OutboxEntry } from '../../bot/domain/outbox-entry.js';
import type { ReleaseTransport } from '../../bot/release/outbox-port.js';
import type { WaitingItems } from '../../bot/waiting/waiting-items.js';
import type { Reply } from '../../dialogs/turn.js';
import { parkedForms, parkedModalMetadata } from './parked-forms.js';
import { registerConversation } from './register-conversation.js';
import { registerOptions } from './register-options.js';
import { registerInteractions } from './register-interactions.js';
import { SLACK_EVENTS_PATH } from './slack-api-methods.js';
import { quietLogger, slackClientOptions } from './slack-client.js';
import { createDelivery, type ParkedKeys } from './slack-delivery.js';
import { downloadSharedFile } from './slack-files.js';
import { createIdentity } from './slack-identity.js';
import { startSlackConnection, type SlackConnection, type SlackState } from './slack-connection.js';
import { createSlackReleaseTransport } from './slack-release-transport.js';
import { systemClock, type SlackClock } from './slack-clock.js';
import type { SlackLog, SlackRuntime } from './slack-runtime.js';
import type { Conversations } from '../../dialogs/conversations.js';

export interface SlackBotOptions {
  signingSecret: string;
  /** The bot token (xoxb-…). */
  botToken: string;
  /** The app-level token (xapp-…), for Socket Mode only. */
  appToken?: string;
  /** Connect out to Slack over a WebSocket instead of receiving requests on /slack/events. */
  socketMode?: boolean;
  /** The Web API's base URL: GovSlack (`https://slack-gov.com/api/`), Enterprise setups, or a fake Slack in tests. */
  slackApiUrl?: string;
  /** The first wait before connecting again when Slack cannot be reached (doubling up to a minute). */
  retryFirstDelayMs?: number;
  /** Slack's 3-second windows are measured on this clock (default: the system's). */
  clock?: SlackClock;
  /** Tests: origins besides Slack's own that may serve the files people send (the fake Slack). */
  trustedFileOrigins?: string[];
  conversations: Conversations;
  /** Where forms wait behind their "Open" button: the store, so any Koppel process can open them. */
  waiting: WaitingItems;
  log: SlackLog;
}

export type SendResult = 'sent' | 'no-conversation' | 'failed';

// Slack errors that mean there is no DM to write in (rather than "try again later").
const NO_CONVERSATION = new Set(['user_not_found', 'user_disabled', 'cannot_dm_bot', 'channel_not_found', 'not_allowed_token_type', 'no_channel']);

/**
 * Koppel in Slack: a Bolt app whose events, slash command and interactivity all arrive on one URL
 * (`POST /slack/events`, signature checked by Bolt), or over Socket Mode. Turns go to the same
 * dialogs as in Teams; replies are posted in the person's DM with the bot.
 */
export function createSlackBot(options: SlackBotOptions) {
  const { conversations } = options;
  const logger = quietLogger(options.log);
  const clientOptions = slackClientOptions(options.slackApiUrl, logger);
  const client = new webApi.WebClient(options.botToken, clientOptions);
  const socketMode = options.socketMode === true;
  if (socketMode && !options.appToken) throw new Error('Slack Socket Mode needs an app-level token (SLACK_APP_TOKEN)');
  const receiver = socketMode
    ? new SocketModeReceiver({ appToken: options.appToken!, logger })
    : new ExpressReceiver({ signingSecret: options.signingSecret, endpoints: SLACK_EVENTS_PATH, logger, processBeforeResponse: false });
  // Initialised in start() (auth.test), so a wrong token fails the start instead of a later request.
  const app = new App({ token: options.botToken, receiver, logger, clientOptions, deferInitialization: true, convoStore: false });
  // Everything one request from Slack sets going is one turn (see Conversations.withinTurn).
  app.use(({ next }) => conversations.withinTurn(next));
  app.error(async (error) => options.log('slack.error', { error: (error as { code?: string }).code ?? error.name }));

  const forms = parkedForms(options.waiting);
  const metadata = parkedModalMetadata(options.waiting);
  const clock = options.clock ?? systemClock;
  const people = {
    roleOf: conversations.services.roleOf, languagePreference: conversations.services.languagePreference, linkByEmail: conversations.linkByEmail,
  };
  const identity = createIdentity({ client, people, log: options.log, now: clock.now });
  const delivery = createDelivery({
    client, forms, metadata,
    rememberLiveMessage: conversations.rememberLiveMessage,
    rememberConversation: conversations.rememberConversation,
  });
  const runtime: SlackRuntime = {
    client, conversations,
    identity, delivery, forms, metadata, log: options.log, clock,
    downloadFile: (file) => downloadSharedFile(file, { botToken: options.botToken, trustedOrigins: options.trustedFileOrigins }),
  };
  registerConversation(app, runtime);
  registerInteractions(app, runtime);
  registerOptions(app, runtime);

  let connection: SlackConnection | undefined;
  const state = (): SlackState => connection?.state ?? 'connecting';
  // Until Bolt knows who it is (auth.test), it cannot handle a request: Slack hears "try again later".
  const router = Router();
  if (receiver instanceof ExpressReceiver) {
    router.use(SLACK_EVENTS_PATH, (_req, res, next) => {
      if (state() === 'ready') return next();
      res.status(503).setHeader('Retry-After', '10');
      res.end();
    });
    router.use(receiver.router);
  }

  return {
    /** Mount at the app root: it answers `POST /slack/events` and nothing else (empty in Socket Mode). */
    router,
    /** How far connecting to Slack got (for /healthz). */
    state,
    /** Proactive messages (notifications): posted in the person's DM, which the bot can always open. */
    async sendTo(userId: string, replies: Reply[]): Promise<SendResult> {
      try {
        await delivery.dmChannel(userId);
      } catch (error) {
        const code = (error as { data?: { error?: string } }).data?.error ?? '';
        options.log('slack.dm-unavailable', { error: code || 'unknown' });
        return NO_CONVERSATION.has(code) ? 'no-conversation' : 'failed';
      }
      try {
        await delivery.postReplies({ platform: 'slack', userId }, replies, await identity.language(userId));
        return 'sent';
      } catch (error) {
        options.log('slack.send-failed', { error: (error as { code?: string }).code ?? 'unknown' });
        return 'failed';
      }
    },
    /** The release outbox's transport for Slack recipients; `render` gives an entry's replies. */
    releaseTransport(render: (entry: OutboxEntry) => Promise<Reply[]>): ReleaseTransport {
      // The transport renders synchronously and posts at once: the entry's forms are parked for its
      // recipient while its replies are made (a failure there is a render error, safe to retry).
      const parked: ParkedKeys = new WeakMap();
      return createSlackReleaseTransport({
        client, dmChannel: delivery.dmChannel, language: identity.language,
        render: async (entry) => {
          const replies = await render(entry);
          await delivery.parkForms(replies, entry.recipient.userId, parked);
          return replies;
        },
        renderContext: (language) => delivery.renderContext(language, parked),
      });
    },
    /**
     * Checks the token (auth.test) and in Socket Mode connects, in the background, again and again
     * while Slack cannot be reached. Resolves with the state once connected or refused.
     */
    start(): Promise<SlackState> {
      connection ??= startSlackConnection({
        connect: async () => {
          await app.init();
          if (socketMode) await app.start();
        },
        log: options.log,
        ...(options.retryFirstDelayMs !== undefined ? { firstDelayMs: options.retryFirstDelayMs } : {}),
      });
      return connection.settled;
    },
    async stop(): Promise<void> {
      connection?.stop();
      if (socketMode && state() === 'ready') await app.stop();
    },
  };
}

export type SlackBot = ReturnType<typeof createSlackBot>;
