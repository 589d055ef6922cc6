import { randomUUID } from 'node:crypto';
// Node 20 has no global WebSocket without a flag; botbuilder already brings this client.
import WebSocket from 'ws';
import { cardText, toLogEntry, withoutDirection, type BotMessage, type Card, type DeliveredActivity, type LogEntry } from './playground-log.js';

export type { BotMessage, Card, DeliveredActivity } from './playground-log.js';

// The Agents Playground (0.2.28) without a browser, for the people the browser does not play.
//
// What the playground itself allows, and so what this file does:
// - Its UI has one user (`currentUser`). Text posted through its message API always reaches the bot
//   as that user, whatever `from` says. Another person's words therefore go through the playground's
//   custom-activity API, shaped like the message activities the playground builds itself.
// - Card submits through its submit API do carry the given user, and the playground checks that the
//   card was sent in that chat and that the user is a member: exactly what a Teams client does.
// - Its conversation stream hides chats the current user is not in. Its log stream does not: it
//   reports every request Koppel makes to the connector (new messages and in-place updates, per
//   conversation, with the message ids) and every activity the playground delivered to Koppel,
//   once Koppel has answered it. All observation here is built on that log stream.

export interface PlaygroundUser {
  id: string;
  name: string;
  aadObjectId: string;
  email: string;
  userPrincipleName: string;
}

interface PlaygroundConfig {
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string };
}

/** Someone who talks to Koppel in one chat of the playground. */
export interface PlaygroundSpeaker {
  userId: string;
  conversationId: string;
  /** Types a message; resolves with what Koppel sent to this chat while answering it. */
  say(text: string): Promise<BotMessage[]>;
  /**
   * Presses a card's Action.Submit button as a Teams client does: the button's data merged with the
   * card's inputs (their shown values, overridden by `typed`), unless the button takes no inputs.
   */
  press(card: BotMessage, button: string, typed?: Record<string, string>): Promise<BotMessage[]>;
  /** Presses a card's Action.Execute button (Universal Actions); resolves with the card Koppel answers with. */
  execute(card: BotMessage, button: string): Promise<{ card: Card; text: string }>;
  /** Everything Koppel sent to this chat so far. */
  messages(): BotMessage[];
}

export interface PlaygroundApi {
  config: PlaygroundConfig;
  user(id: string): PlaygroundUser;
  /** Everything Koppel sent, in order of arrival. */
  messages(): BotMessage[];
  delivered(): DeliveredActivity[];
  /** Runs an action in a chat and resolves once Koppel has answered the message it caused, with what it sent there meanwhile. */
  turn(conversationId: string, action: () => Promise<void>, timeoutMs?: number): Promise<BotMessage[]>;
  /**
   * A mock user's own personal chat with the bot, as Teams has it once the app is installed for
   * them (the playground makes it when asked through its connector, like any proactive install).
   */
  personalChatOf(userId: string): Promise<PlaygroundSpeaker>;
  /** Someone speaking in an existing chat they are not a playground user of (texts only: submits need membership). */
  speakerIn(conversationId: string, person: { id: string; name?: string }): PlaygroundSpeaker;
  waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs?: number): Promise<T>;
  close(): void;
}

export async function connectPlayground(url: string): Promise<PlaygroundApi> {
  const getJson = async (path: string) => {
    const response = await fetch(`${url}${path}`);
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };

  const config = (await getJson('/_internal/v1/config')).config as PlaygroundConfig;
  const everyone = [config.currentUser, ...config.users];
  const user = (id: string) => {
    const found = everyone.find((u) => u.id === id);
    if (!found) throw new Error(`the playground has no user ${id}`);
    return found;
  };

  const log: LogEntry[] = [];
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/_ws/log/stream`);
  socket.on('message', (data) => {
    const entry = toLogEntry(JSON.parse(String(data)), log.length);
    if (entry) log.push(entry);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });

  const messages = () => log.filter((e): e is LogEntry & { direction: 'out' } => e.direction === 'out').map(withoutDirection);
  const delivered = () => log.filter((e): e is LogEntry & { direction: 'in' } => e.direction === 'in').map(withoutDirection);

  const waitFor = async <T,>(probe: () => T | undefined | false, what: string, timeoutMs = 20_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = probe();
      if (found !== undefined && found !== false) return found;
      if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  const turn = async (conversationId: string, action: () => Promise<void>, timeoutMs = 20_000) => {
    const from = log.length;
    await action();
    const answered = await waitFor(
      () => log.slice(from).find((e) => e.direction === 'in' && e.conversationId === conversationId && e.activity.type === 'message'),
      `Koppel to answer in ${conversationId}`, timeoutMs,
    );
    if (answered.statusCode >= 300) throw new Error(`Koppel answered ${answered.statusCode} to ${JSON.stringify(answered.activity).slice(0, 300)}`);
    return log.slice(from, answered.seq)
      .filter((e): e is LogEntry & { direction: 'out' } => e.direction === 'out' && e.conversationId === conversationId)
      .map(withoutDirection);
  };

  const templates = new Map<string, Record<string, unknown>>();
  const speaker = (conversationId: string, person: { id: string; name?: string; aadObjectId?: string }, member: boolean): PlaygroundSpeaker => ({
    userId: person.id,
    conversationId,
    say: (text) => turn(conversationId, async () => {
      if (!templates.has(conversationId)) templates.set(conversationId, await getJson(`/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`));
      const at = new Date().toISOString();
      // The fields the playground puts on a message it delivers itself (en-US, as its UI always sends).
      await post('/_internal/v1/customActivities', {
        ...templates.get(conversationId), id: randomUUID(), timestamp: at, localTimestamp: at, localTimezone: 'UTC', type: 'message',
        from: { id: person.id, name: person.name ?? '', ...(person.aadObjectId ? { aadObjectId: person.aadObjectId } : {}) },
        text, textFormat: 'plain', locale: 'en-US',
        channelData: { tenant: { id: config.tenantId } },
        entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web', timezone: 'UTC' }],
      });
    }),
    press: (card, button, typed = {}) => {
      if (!member) throw new Error(`${person.id} is not a member of ${conversationId}: the playground refuses their submits`);
      const value = submitValue(card, button, typed);
      return turn(conversationId, () => post('/_conversation/v1/submit', { conversation: { id: conversationId }, from: { id: person.id }, replyToId: card.messageId, value }));
    },
    execute: async (card, button) => {
      if (!member) throw new Error(`${person.id} is not a member of ${conversationId}: the playground refuses their actions`);
      const action = findAll(card.cards, (n) => n.type === 'Action.Execute' && n.title === button)[0];
      if (!action) throw new Error(`no button "${button}" on the card: ${card.text.slice(0, 300)}`);
      const response = await post('/_conversation/v1/invoke', {
        conversation: { id: conversationId }, from: { id: person.id }, replyToId: card.messageId, name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data ?? {} }, trigger: 'manual' },
      });
      // The playground hands back the bot's invoke response: { type: 'application/vnd.microsoft.card.adaptive', value: card }.
      const answer = response?.value as Card | undefined;
      if (!answer || typeof answer !== 'object') throw new Error(`Koppel answered the action with no card: ${JSON.stringify(response).slice(0, 300)}`);
      return { card: answer, text: cardText(answer) };
    },
    messages: () => messages().filter((m) => m.conversationId === conversationId),
  });

  return {
    config,
    user,
    messages,
    delivered,
    turn,
    waitFor,
    personalChatOf: async (userId) => {
      const person = user(userId);
      const created = await post('/_connector/v3/conversations', {
        isGroup: false, members: [{ id: person.id }], bot: { id: config.bot.id }, tenantId: config.tenantId, channelData: { tenant: { id: config.tenantId } },
      });
      return speaker(created.id as string, person, true);
    },
    speakerIn: (conversationId, person) => speaker(conversationId, person, false),
    close: () => socket.close(),
  };
}

/** The value a Teams client submits for a card's button (throws when the button or a required input is missing). */
export function submitValue(card: BotMessage, button: string, typed: Record<string, string> = {}): Record<string, unknown> {
  const content = card.cards[0];
  const action = content && findAll(content, (n) => n.type === 'Action.Submit' && n.title === button)[0];
  if (!action) throw new Error(`no button "${button}" on the card: ${card.text.slice(0, 300)}`);
  const data = (action.data ?? {}) as Record<string, unknown>;
  if (action.associatedInputs === 'none') return { ...data };
  const inputs: Record<string, string> = {};
  for (const input of findAll(content, (n) => typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string')) {
    const id = input.id as string;
    const shown = input.value === undefined || input.value === null ? '' : String(input.value);
    inputs[id] = typed[id] ?? shown;
    if (input.isRequired === true && inputs[id] === '') throw new Error(`required input "${id}" is empty on the card: ${card.text.slice(0, 300)}`);
  }
  const unknown = Object.keys(typed).filter((id) => !(id in inputs));
  if (unknown.length) throw new Error(`the card has no input ${unknown.join(', ')}`);
  return { ...data, ...inputs };
}

/** The first message in `messages` whose text contains every one of `parts`. */
export function messageWith(messages: BotMessage[], ...parts: string[]): BotMessage {
  const found = messages.find((m) => parts.every((p) => m.text.includes(p)));
  if (!found) throw new Error(`no message with ${JSON.stringify(parts)} in:\n${messages.map((m) => `- ${m.text.slice(0, 200)}`).join('\n')}`);
  return found;
}

function findAll(node: unknown, test: (n: Record<string, unknown>) => boolean, found: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(node)) node.forEach((child) => findAll(child, test, found));
  else if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    if (test(n)) found.push(n);
    for (const child of Object.values(n)) if (typeof child === 'object') findAll(child, test, found);
  }
  return found;
}
