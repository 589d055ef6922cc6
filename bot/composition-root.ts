// The one place that knows every part: configuration, store, catalogue, dialogs and the Teams adapter.
import type { Server } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startPlayground, type Playground } from '../adapters/teams/local-playground.js';
import { createTeamsBot } from '../adapters/teams/teams-bot.js';
import { createTeamsMessenger } from '../adapters/teams/teams-messenger.js';
import { createTeamsReleaseTransport } from '../adapters/teams/teams-release-transport.js';
import { createSlackBot } from '../adapters/slack/slack-bot.js';
import { createConversations } from '../dialogs/conversations.js';
import type { Reply } from '../dialogs/turn.js';
import { releaseReplies } from '../dialogs/release/release-replies.js';
import { loadCatalogue } from './catalogue/load-catalogue.js';
import type { Config } from './config.js';
import { demoData } from './demo/demo-round.js';
import { withDemoInbox } from './demo/demo-inbox.js';
import { createHttpApp, listen } from './http-server.js';
import type { Log } from './logger.js';
import { createKoppelServices } from './koppel-services.js';
import type { Notifier } from './notifications.js';
import { notifierByPlatform } from './outbox/notifier-by-platform.js';
import type { OutboxEntry } from './domain/outbox-entry.js';
import type { PersonKey } from './people.js';
import { runOfferReminders } from './offers/offer-reminders.js';
import { outboxTransport } from './outbox/outbox-transport.js';
import { startReminderSchedule } from './reminders/index.js';
import { runFollowUpPass } from './follow-up/follow-up-schedule.js';
import { runChoiceReminders } from './proposals/choice-reminders.js';
import { runMeldpuntPass } from './meldpunt/meldpunt-schedule.js';
import { runRetentionPass } from './retention/retention-pass.js';
import { askDueOnContact, runCheckInPass } from './check-ins/check-in-schedule.js';
import { closeOverdueRounds } from './rounds/close-overdue.js';
import { transportByPlatform } from './release/platform-transport.js';
import { startReleaseRunner, type ReleaseRunner } from './release/release-runner.js';
import { byIds, openLowdbStore, type KoppelStore } from './store/index.js';
import { outsideTurn, turnReads } from './store/turn-reads.js';
import { openPostgresStore } from './store/postgres/index.js';
import { instanceId } from './instance-id.js';
import { DEFAULT_LEASE_MS, SENDER_LEASE } from './release/sender-lease.js';
import { createWaitingItems } from './waiting/waiting-items.js';
import { createHandledActivities } from './handled-activities.js';
import { PendingFiles } from '../adapters/teams/file-consent.js';
import { createMailer } from '../adapters/web/mailer.js';
import { createMailReleaseTransport, mailNotification } from '../adapters/web/mail-transport.js';
import { createWebRouter } from '../adapters/web/web-router.js';
import { issueLink, openDashboardLink, openLink } from './web-links/web-links.js';
import { createDashboardRouter } from '../adapters/web/dashboard-router.js';

export interface Koppel {
  server: Server;
  playground: Playground | undefined;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  log: Log;
  /** Injected by tests; the default is the lowdb JSON file under DATA_DIR. */
  store?: KoppelStore;
  now?: () => Date;
  /** The demo: a fresh demo round in its own file (never the real one), and the local user in every role. */
  demo?: boolean;
  /** Tests point the Slack Web API client at a fake Slack on loopback. */
  slackApiUrl?: string;
  /** Tests: the first wait before Slack is tried again when it cannot be reached. */
  slackRetryMs?: number;
  /** Tests: how often the scheduled passes (reminders, follow-up, retention) run; default every few minutes. */
  reminderIntervalMs?: number;
}

/** The playground's own user, who plays every role in the demo. */
export const DEMO_USER_ID = 'user-id-0';

export async function startKoppel({ config: given, log, store, now = () => new Date(), demo = false, slackApiUrl, slackRetryMs, reminderIntervalMs }: StartOptions): Promise<Koppel> {
  // In the demo the local user also plays the meldpunt and the care coordinator, so a report and support details can be followed from both sides.
  const config = demo ? { ...given, dataDir: join(given.dataDir, 'demo'), coordinators: [...given.coordinators, DEMO_USER_ID], meldpunt: [...given.meldpunt, DEMO_USER_ID], careCoordinators: [...given.careCoordinators, DEMO_USER_ID] } : given;
  const catalogue = await loadCatalogue(config.catalogueFile);
  if (demo && !store) writeDemoFile(join(config.dataDir, 'koppel.json'), now());
  // PostgreSQL when configured (any number of Koppel processes may share it), else the lowdb file.
  const shared = !store && config.databaseUrl !== undefined;
  const data = store ?? (config.databaseUrl ? await openPostgresStore(config.databaseUrl) : await openLowdbStore(join(config.dataDir, 'koppel.json')));
  // The outbox's runner needs the services (for the words), and a coordinator's retry or any queued
  // message must wake it: bind late.
  const late: { release?: ReleaseRunner } = {};
  const sendPendingRelease = () => {
    // Not part of the turn that queued something: the runner reads afresh.
    outsideTurn(() => late.release?.runDue())?.catch((error: unknown) => log('release.failed', { error: error instanceof Error ? error.name : 'unknown' }));
  };
  // Services only queue messages (and say so); the outbox's runner calls the notifier below.
  const services = createKoppelServices({ store: turnReads(data), catalogue, coordinators: config.coordinators, coordinatorLimits: config.coordinatorLimits, meldpunt: config.meldpunt, bpvDocenten: config.bpvDocenten, careCoordinators: config.careCoordinators, internshipWeeks: config.checkIns.internshipWeeks, retention: config.retention, now, demoMode: demo, queued: sendPendingRelease, publicUrl: config.mail.publicUrl, schoolContact: config.mail.schoolContact });
  const checkInDeps = { store: data, now, settings: config.checkIns, log, queued: sendPendingRelease };
  const checkInsOnContact = async (person: PersonKey) => {
    const role = await services.roleOf(person);
    if (role.kind === 'student') await askDueOnContact(checkInDeps, role.studentId);
  };
  // Forms behind a Slack button and files waiting for an answer: in the store, so that a person's
  // next request may reach any Koppel process, also one started since.
  const waiting = createWaitingItems({ store: data, now });
  const handled = createHandledActivities({ store: data, now });
  // Every adapter gets the same port: the dialogs bound to the services.
  const conversations = createConversations({
    ...services,
    rememberConversation: async (person, reference) => {
      const changed = await services.rememberConversation(person, reference);
      // In Teams Koppel can write to someone only once they have a conversation with it: a student who
      // had none when their round opened gets the welcome now. Only a new or changed conversation can
      // make someone reachable, so the usual turn does not look.
      if (changed) await services.rounds.welcomeOnContact(person).catch((error: unknown) => log('welcome.failed', { error: error instanceof Error ? error.name : 'unknown' }));
      // Likewise a check-in that fell due before the student could be reached.
      if (changed) await checkInsOnContact(person).catch((error: unknown) => log('check-ins.failed', { error: error instanceof Error ? error.name : 'unknown' }));
    },
  });
  const teams = createTeamsBot({
    credentials: config.teams,
    conversations,
    inlineFiles: config.playground.enabled,
    // Local mode (no credentials) is the playground's: it serves sent files from this computer.
    fileHosts: { loopback: config.teams === undefined },
    handled,
    files: new PendingFiles(waiting),
    log,
  });
  const slack = config.slack
    ? createSlackBot({ ...config.slack, slackApiUrl: slackApiUrl ?? config.slack.apiUrl, ...(slackRetryMs !== undefined ? { retryFirstDelayMs: slackRetryMs } : {}), conversations, waiting, log })
    : undefined;
  // Teams runs with its credentials, or in local mode (the playground) when no platform is configured.
  // With only Slack configured Teams stays off: local mode would accept unauthenticated activities.
  const teamsEnabled = config.teams !== undefined || config.slack === undefined;
  const messenger = createTeamsMessenger(teams.adapter, config.teams?.appId ?? '');
  // Companies outside Teams and Slack: e-mail with a personal link to the same cards on the web.
  const mailer = createMailer({ config: config.mail, issueLink: (link) => issueLink(data, link, now()), now, log });
  const byPlatform = notifierByPlatform<Reply>({
    deliveries: {
      ...(teamsEnabled ? { teams: async ({ recipient, replies }) => messenger.send(await services.conversationOf(recipient), replies) } : {}),
      ...(slack ? { slack: ({ recipient, replies }) => slack.sendTo(recipient.userId, replies) } : {}),
      email: ({ recipient, notification, replies, language, key }) => mailNotification(mailer, recipient.userId, notification, replies, language, {
        ...(key ? { key } : {}), companyOfPlacement: async (id) => (await services.followUp.placement(id))?.placement.companyId,
      }),
    },
    languageFor: services.languageFor,
    replies: conversations.notificationReplies,
    log,
  });
  // A coordinator limited to some programmes hears only of their own rounds (decided when sent, like the words).
  const notifier: Pick<Notifier, 'notify'> = {
    notify: async (recipient, notification, key) => {
      if (await conversations.reachesRecipient(recipient, notification)) return byPlatform.notify(recipient, notification, key);
      log('notification.out-of-scope', { kind: notification.kind, roundId: notification.roundId });
      return 'sent';
    },
  };
  // Nothing to say (done, nothing sent) to a coordinator limited to other programmes than the round's.
  const render = async (entry: OutboxEntry) => ((await conversations.reachesRecipient(entry.recipient, entry)) ? releaseReplies(entry, await services.languageFor(entry.recipient), services) : []);
  const releaseTransport = transportByPlatform({
    ...(teamsEnabled ? { teams: createTeamsReleaseTransport({ adapter: teams.adapter, appId: config.teams?.appId ?? '', conversationOf: services.conversationOf, render }) } : {}),
    ...(slack ? { slack: slack.releaseTransport(render) } : {}),
    email: createMailReleaseTransport({ mailer, render, languageOf: (entry) => services.languageFor(entry.recipient) }),
  });
  // One outbox for every proactive message: a release's through the platforms' release transports,
  // welcomes, reminders and reports through the notifier.
  const platforms = outboxTransport({ release: releaseTransport, notifier });
  const transport = demo ? withDemoInbox(platforms, log) : platforms;
  // Every scheduled release runs at its moment, and whatever is queued is sent; at start this also
  // finishes what a stopped process left.
  // On a shared database only the holder of the sender lease sends, so the platforms' rate limits hold across instances.
  const lease = shared ? { name: SENDER_LEASE, owner: instanceId(), leaseMs: DEFAULT_LEASE_MS } : undefined;
  const release = startReleaseRunner({ store: data, transport, now, coordinators: config.coordinators, log, lease });
  late.release = release;
  const reminders = startReminderSchedule({
    store: data, notifier: { queued: sendPendingRelease }, now, moments: config.reminderHours, log, ...(reminderIntervalMs ? { intervalMs: reminderIntervalMs } : {}),
    alsoRun: [
      () => runOfferReminders({ store: data, notifier: { queued: sendPendingRelease }, now, moments: config.reminderHours, log }),
      async () => {
        for (const roundId of await closeOverdueRounds(data, now())) log('round.closed-at-deadline', { roundId });
      },
      () => runFollowUpPass({ store: data, now, log, queued: sendPendingRelease }),
      async () => { await runChoiceReminders({ store: data, now, queued: sendPendingRelease }); },
      async () => { await runCheckInPass(checkInDeps); },
      async () => { await services.contactMoments.remind(log); },
      async () => { await services.evaluations.askDue(log); },
      async () => { await runMeldpuntPass({ store: data, staff: config.meldpunt, now, log, queued: sendPendingRelease }); },
      async () => { await runRetentionPass({ store: data, policy: config.retention, internshipWeeks: config.checkIns.internshipWeeks, now, log }); },
      async () => {
        const pruned = await waiting.prune();
        if (pruned > 0) log('waiting.pruned', { count: pruned });
        const forgotten = await handled.prune();
        if (forgotten > 0) log('activities.pruned', { count: forgotten });
      },
    ],
  });
  const http = createHttpApp({
    ...(teamsEnabled ? { teamsMessages: teams.processRequest } : {}),
    ...(slack ? { slackRouter: slack.router } : {}),
    webRouters: [createWebRouter({
      conversations, openLink: (token) => openLink(data, token, now()), schoolName: config.mail.schoolName, log,
      messageOf: async (key) => { const { outbox } = await data.read({ outbox: byIds(key) }); return Object.hasOwn(outbox, key) ? outbox[key] : undefined; },
      // Without a mail server, local mode shows the mails it would have sent (on this computer only).
      ...(config.mail.smtpUrl === undefined && config.teams === undefined ? { localMails: mailer.local } : {}),
    }), createDashboardRouter({ conversations, openLink: (token) => openDashboardLink(data, token, now()) })],
    log,
    // Slack connects in the background: while it cannot be reached, Teams is served all the same.
    ...(slack ? { health: () => ({ slack: slack.state() }) } : {}),
  });
  void slack?.start();
  const server = await listen(http, config.port, config.host);
  log('server.started', { port: config.port, programmes: catalogue.programmes.length, teams: teamsEnabled, localMode: config.teams === undefined && teamsEnabled, slack: slack !== undefined });

  const playground = config.playground.enabled
    ? await startPlayground({ botEndpoint: `http://127.0.0.1:${config.port}/api/messages`, port: config.playground.port, workDir: join(config.dataDir, 'playground') })
    : undefined;

  return {
    server,
    playground,
    stop: async () => {
      await reminders.stop();
      await release.stop();
      await slack?.stop();
      mailer.close();
      await playground?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      // A store given by the caller is the caller's to close.
      if (!store) await data.close();
    },
  };
}

function writeDemoFile(file: string, now: Date): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(demoData({ now, playgroundUserId: DEMO_USER_ID }), null, 2));
}
