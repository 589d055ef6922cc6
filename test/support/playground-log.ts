// The Agents Playground's log stream, read as what Koppel sent (new messages, in-place updates) and
// what the playground delivered to Koppel: see playground-api.ts for why the log stream.

/** One request Koppel made to the playground's connector: a new message in a chat, or an update of one. */
export interface BotMessage {
  /** Arrival order on the log stream. */
  seq: number;
  /** When the playground handled the request (its clock, ms). */
  at: number;
  conversationId: string;
  messageId: string;
  kind: 'new' | 'update';
  statusCode: number;
  /** The message's own text and every text of its cards (titles, text blocks, facts, button titles). */
  text: string;
  cards: Card[];
  activity: Record<string, unknown>;
}

/** An activity the playground delivered to Koppel, logged once Koppel had answered it. */
export interface DeliveredActivity {
  seq: number;
  at: number;
  conversationId: string;
  statusCode: number;
  activity: Record<string, unknown>;
}

export type Card = Record<string, unknown>;
export type LogEntry = ({ direction: 'out' } & BotMessage) | ({ direction: 'in' } & DeliveredActivity);

export function withoutDirection<T extends { direction: string }>(entry: T): Omit<T, 'direction'> {
  const { direction: _direction, ...rest } = entry;
  return rest;
}

interface RawLogItem {
  timestamp?: number;
  conversationId?: string;
  from?: string;
  to?: string;
  request?: { body?: Record<string, unknown> };
  response?: { statusCode?: number; body?: { id?: string } };
}

const BOT_APP = 'User Application';
const PLAYGROUND = 'Microsoft 365 Agents Playground';

export function toLogEntry(raw: { logAction?: string; log?: RawLogItem }, seq: number): LogEntry | undefined {
  const item = raw.log;
  const body = item?.request?.body;
  if (raw.logAction !== 'appendLog' || !item || !body || !item.conversationId) return undefined;
  const statusCode = item.response?.statusCode ?? 0;
  const at = item.timestamp ?? 0;
  if (item.from === PLAYGROUND && item.to === BOT_APP) {
    return { direction: 'in', seq, at, conversationId: item.conversationId, statusCode, activity: body };
  }
  if (item.from === BOT_APP && item.to === PLAYGROUND && body.type === 'message') {
    const cards = ((body.attachments as Array<{ content?: Card }> | undefined) ?? []).map((a) => a.content ?? {});
    // An update in place names the message it replaces; a new message gets its id from the playground
    // (none when the playground splits it, e.g. text with a card becomes two messages: 202).
    const updated = typeof body.id === 'string' && body.id !== '';
    return {
      direction: 'out', seq, at, conversationId: item.conversationId, messageId: updated ? body.id as string : String(item.response?.body?.id ?? ''),
      kind: updated ? 'update' : 'new', statusCode,
      text: [typeof body.text === 'string' ? body.text : '', ...cards.map(cardText)].filter(Boolean).join('\n'),
      cards, activity: body,
    };
  }
  return undefined;
}

export function cardText(card: Card): string {
  const texts: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value', 'label'] as const) {
      if (typeof n[key] === 'string' && !(key === 'value' && typeof n.type === 'string' && n.type.startsWith('Input.'))) texts.push(n[key] as string);
    }
    // Not the data behind buttons, nor every option of a choice: only what the card says.
    for (const [key, child] of Object.entries(n)) if (key !== 'data' && key !== 'choices' && typeof child === 'object') visit(child);
  };
  visit(card);
  return texts.join('\n');
}
