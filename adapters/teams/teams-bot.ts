import { Application, TeamsAdapter, type AdaptiveCard } from '@microsoft/teams-ai';
import {
  ActivityEventNames, ActivityTypes, ConfigurationServiceClientCredentialFactory, MemoryStorage, TeamsInfo, TurnContext,
  type ConversationReference,
} from 'botbuilder';
import type { Request, Response } from 'express';
import type { Conversations } from '../../dialogs/conversations.js';
import { textsFor } from '../../dialogs/texts/index.js';
import { languageOf, MAX_FILE_BYTES, type Turn } from '../../dialogs/turn.js';
import { createFileConsent, type PendingFiles } from './file-consent.js';
import { inlineFile, LIVE_REFRESH_VERB, liveCard, renderReply } from './render-reply.js';
import { downloadSentFile, sentFileOf, type FileHosts } from './received-file.js';
import { toTurn } from './to-turn.js';
import type { ActivityRef, HandledActivities } from '../../bot/handled-activities.js';

export interface TeamsBotOptions {
  /** Undefined: local mode (no Bot Framework authentication), e.g. for the Agents Playground. */
  credentials?: { appId: string; appPassword: string; tenantId: string };
  /** The dialogs and what the adapter asks directly: the same port as Slack's and the web's. */
  conversations: Conversations;
  log: (event: string, fields: Record<string, string | number | boolean>) => void;
  /** Files offered in a chat until the person allows them (in the store, so any Koppel process can upload them). */
  files: PendingFiles;
  /** Show files in the message instead of a consent card: the local playground has no file consent. */
  inlineFiles?: boolean;
  /** Fetches files people send in the chat; replaceable for tests. */
  fetch?: typeof fetch;
  /** Hosts besides SharePoint that sent files may come from (local mode: the playground on loopback). */
  fileHosts?: FileHosts;
  /** Activities taken on, in the store: Teams' retry of one (after 15 s without an answer) changes nothing. */
  handled?: HandledActivities;
}

export function createTeamsBot(options: TeamsBotOptions) {
  const adapter = new TeamsAdapter({}, credentialFactory(options.credentials));
  // Conversation state lives in Koppel's own store; teams-ai's turn state needs no persistence.
  const app = new Application({ adapter, storage: new MemoryStorage() });
  // A file reply becomes a consent card; teams-ai routes the user's answer (fileConsent/invoke).
  const fileConsent = createFileConsent(app, { services: options.conversations.services, log: options.log, files: options.files });

  // One language per person and turn: their choice, else the locale this activity reports (remembered
  // for activities without one and for messages Koppel sends them later), decided before anything is
  // said, also before a remembered conversation lets queued messages go out.
  const settled = async (context: TurnContext, turn: Turn): Promise<Turn> => {
    // Some activities (a conversationUpdate) carry the locale only in their clientInfo entity.
    const clientInfo = (context.activity.entities ?? []).find((e) => e.type === 'clientInfo') as { locale?: unknown } | undefined;
    const locale = context.activity.locale ?? (typeof clientInfo?.locale === 'string' ? clientInfo.locale : undefined);
    const reported = locale ? languageOf(locale) : undefined;
    return { ...turn, language: await options.conversations.services.settleLanguage(turn.person, reported) };
  };
  const respond = async (context: TurnContext, incoming: Turn) => {
    const turn = await settled(context, incoming);
    await options.conversations.rememberConversation(turn.person, referenceWithoutName(context));
    if ((await options.conversations.services.roleOf(turn.person)).kind === 'unknown') await linkByTeamsMember(context, turn, options);
    const replies = await options.conversations.handleTurn(turn);
    for (const reply of replies) {
      const file = reply.kind === 'file' ? (options.inlineFiles ? inlineFile(reply, textsFor(turn.language).exportReminders.files.moreRows) : await fileConsent.offer(context, reply)) : undefined;
      const sent = await context.sendActivity(file ?? renderReply(reply));
      if (reply.kind === 'live' && sent?.id) await options.conversations.rememberLiveMessage(turn.person, reply.key, sent.id);
    }
  };
  app.activity(ActivityTypes.Message, async (context) => {
    const turn = toTurn(context.activity);
    if (!turn) return;
    if (!(await takeOn(context, options))) return;
    const file = sentFileOf(context.activity);
    if (!file) return respond(context, turn);
    // A file sent in the chat (e.g. a CSV to import) is one turn of its own, fetched first, and only
    // for someone who may import: the URL comes from the request, so nobody else makes Koppel fetch.
    const refused = await options.conversations.refuseFileSender(turn);
    if (refused) {
      options.log('file.refused', { reason: 'role' });
      for (const reply of refused) await context.sendActivity(renderReply(reply));
      return;
    }
    const downloaded = await downloadSentFile(file, { hosts: options.fileHosts, fetch: options.fetch });
    if (downloaded.ok) return respond(context, { ...turn, input: { kind: 'file', name: file.name, content: downloaded.content } });
    const t = textsFor((await settled(context, turn)).language).fileImport;
    options.log('file.download-failed', { reason: downloaded.reason });
    await context.sendActivity(renderReply({ kind: 'text', text: downloaded.reason === 'too-large' ? t.tooLarge(file.name, MAX_FILE_BYTES / 1024 / 1024) : t.downloadFailed(file.name) }));
  });
  // Installing the app for a person (or adding them to a chat with the bot) greets them as `hallo` would.
  app.conversationUpdate('membersAdded', async (context) => {
    if (!(await takeOn(context, options))) return;
    const botId = context.activity.recipient?.id;
    for (const member of context.activity.membersAdded ?? []) {
      if (member.id === botId) continue;
      const turn = toTurn({ ...context.activity, from: member, text: 'hallo', value: undefined });
      if (turn) await respond(context, turn);
    }
  });

  // Registered on its own: a returned card that refreshes itself makes teams-ai update the message,
  // and that choice sticks to every verb registered in the same call.
  app.adaptiveCards.actionExecute<{ key?: unknown }>(LIVE_REFRESH_VERB, async (context, _state, data) => {
    const turn = toTurn({ ...context.activity, value: undefined });
    const live = turn && typeof data.key === 'string' ? await options.conversations.refreshLive(data.key, turn) : undefined;
    return live ? (liveCard(live) as unknown as AdaptiveCard) : textsFor(turn?.language ?? 'nl').notUnderstood;
  });

  adapter.onTurnError = async (context, error) => {
    // A proactive send (reminder, release) runs as a ContinueConversation turn: its caller must see
    // the failure to decide about a retry, and nobody asked anything, so nobody gets an apology.
    if (context.activity.type === ActivityTypes.Event && context.activity.name === ActivityEventNames.ContinueConversation) throw error;
    options.log('turn.failed', { activityId: context.activity.id ?? '', error: error instanceof Error ? error.name : 'unknown' });
    // Failed halfway: Teams' retry may do it after all (what was saved is saved in units of work).
    const ref = activityRef(context);
    if (ref && options.handled) await options.handled.release(ref).catch(() => undefined);
    await context.sendActivity(textsFor(languageOf(context.activity.locale)).somethingWentWrong);
  };
  /** One HTTP request from Teams (POST /api/messages): authenticated by the adapter, routed by the app. */
  const processRequest = (req: Request, res: Response) => adapter.process(req, res, async (context) => {
    let answered = false;
    context.onSendActivities(async (_context, activities, next) => {
      if (activities.some((a) => a.type === ActivityTypes.InvokeResponse)) answered = true;
      return next();
    });
    await options.conversations.withinTurn(() => app.run(context));
    // An invoke Koppel has no handler for (a hand-made request, a client feature Koppel does not use)
    // is a bad request for Koppel, not a failure of it: botbuilder would answer 501.
    if (context.activity.type === ActivityTypes.Invoke && !answered) await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400 } });
  });
  return { adapter, app, processRequest };
}

function activityRef(context: TurnContext): ActivityRef | undefined {
  const { id, conversation } = context.activity;
  return id && conversation?.id ? { platform: 'teams', conversationId: conversation.id, activityId: id } : undefined;
}

/** Whether this activity is new; a retry of one already taken on is logged (ids only) and left alone. */
async function takeOn(context: TurnContext, options: TeamsBotOptions): Promise<boolean> {
  const ref = activityRef(context);
  if (!ref || !options.handled) return true;
  if (await options.handled.claim(ref)) return true;
  options.log('activity.repeated', { activityId: ref.activityId.slice(0, 100) });
  return false;
}

async function linkByTeamsMember(context: TurnContext, turn: Turn, options: TeamsBotOptions): Promise<void> {
  try {
    const member = await TeamsInfo.getMember(context, turn.person.userId);
    const emails = [member.email, member.userPrincipalName].filter((e): e is string => Boolean(e));
    // A student's or a company's id: whom this person turned out to be.
    const linkedTo = await options.conversations.linkByEmail(turn.person, emails);
    if (linkedTo) options.log('person.linked', { linkedTo });
  } catch (error) {
    // Outside a Teams conversation (or without permission) there is no member to look up.
    options.log('person.lookup-failed', { error: error instanceof Error ? error.name : 'unknown' });
  }
}

function credentialFactory(credentials: TeamsBotOptions['credentials']) {
  return new ConfigurationServiceClientCredentialFactory(credentials
    ? { MicrosoftAppId: credentials.appId, MicrosoftAppPassword: credentials.appPassword, MicrosoftAppTenantId: credentials.tenantId, MicrosoftAppType: 'SingleTenant' }
    : { MicrosoftAppId: '', MicrosoftAppPassword: '' });
}

/**
 * The reference proactive messages need, without the person's display name (ids only in the store)
 * and without the id of the activity it came with: that id is new on every turn, and a proactive
 * message is a message of its own, not a reply to it. So the reference changes only when the
 * conversation does, and the usual turn writes nothing.
 */
function referenceWithoutName(context: TurnContext): Partial<ConversationReference> {
  const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(context.activity);
  const user = reference.user ? { id: reference.user.id, name: '', ...(reference.user.aadObjectId ? { aadObjectId: reference.user.aadObjectId } : {}) } : undefined;
  return { ...reference, ...(user ? { user } : {}) };
}
