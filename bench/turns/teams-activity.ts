// Teams-shaped activities as Teams sends them to a bot's /api/messages from a personal chat, and
// the few things a client reads back from the Adaptive Cards the bot answers with.

export const BOT_ACCOUNT = { id: '28:koppel-bench-bot', name: 'Koppel' };
export const TENANT_ID = '00000000-0000-4000-8000-00000000b0b0';
const LOCALE = 'nl-NL';

/** One simulated Teams user in their personal chat with the bot. */
export interface TeamsUser {
  userId: string;
  aadObjectId: string;
  conversationId: string;
}

export function teamsUser(index: number): TeamsUser {
  const hex = index.toString(16).padStart(12, '0');
  return { userId: `29:bench-student-${index}`, aadObjectId: `00000000-0000-4000-8000-${hex}`, conversationId: `a:bench-chat-${index}` };
}

export type Outgoing = { kind: 'text'; text: string } | { kind: 'submit'; value: Record<string, unknown>; replyToId?: string };

let sequence = 0;

/** A message activity: typed text, or an Action.Submit (Teams sends the card's data merged with its inputs as `value`). */
export function messageActivity(user: TeamsUser, serviceUrl: string, outgoing: Outgoing): Record<string, unknown> {
  const now = new Date();
  sequence += 1;
  return {
    type: 'message',
    id: `1${now.getTime()}${String(sequence).padStart(6, '0')}`,
    timestamp: now.toISOString(),
    localTimestamp: now.toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: user.userId, name: '', aadObjectId: user.aadObjectId },
    conversation: { id: user.conversationId, conversationType: 'personal', tenantId: TENANT_ID },
    recipient: BOT_ACCOUNT,
    locale: LOCALE,
    textFormat: 'plain',
    entities: [{ type: 'clientInfo', locale: LOCALE, country: 'NL', platform: 'Web', timezone: 'Europe/Amsterdam' }],
    channelData: { tenant: { id: TENANT_ID } },
    ...(outgoing.kind === 'text'
      ? { text: outgoing.text }
      : { value: outgoing.value, ...(outgoing.replyToId ? { replyToId: outgoing.replyToId } : {}) }),
  };
}

export interface CardInput {
  id: string;
  type: string;
  value?: string;
  choices: string[];
}

export interface CardAction {
  type: string;
  verb: string;
  data: Record<string, unknown>;
  /** False for a button with `associatedInputs: 'none'`: Teams then sends its data alone. */
  withInputs: boolean;
}

/** What a client needs from one Adaptive Card: its inputs (with their current values) and its buttons. */
export interface ReadCard {
  inputs: CardInput[];
  actions: CardAction[];
  text: string;
}

/** The Adaptive Cards among an activity's attachments. */
export function cardsOf(activity: Record<string, unknown>): ReadCard[] {
  const attachments = Array.isArray(activity.attachments) ? (activity.attachments as Array<Record<string, unknown>>) : [];
  return attachments
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive' && typeof a.content === 'object' && a.content !== null)
    .map((a) => readCard(a.content as Record<string, unknown>));
}

function readCard(card: Record<string, unknown>): ReadCard {
  const read: ReadCard = { inputs: [], actions: [], text: '' };
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const element = node as Record<string, unknown>;
    const type = typeof element.type === 'string' ? element.type : '';
    if (type.startsWith('Input.') && typeof element.id === 'string') {
      const choices = Array.isArray(element.choices) ? (element.choices as Array<{ value?: unknown }>).map((c) => String(c.value)) : [];
      read.inputs.push({ id: element.id, type, ...(element.value === undefined ? {} : { value: String(element.value) }), choices });
    }
    if (type === 'Action.Submit' || type === 'Action.Execute') {
      const data = (typeof element.data === 'object' && element.data !== null ? element.data : {}) as Record<string, unknown>;
      const verb = typeof element.verb === 'string' ? element.verb : typeof data.verb === 'string' ? data.verb : '';
      read.actions.push({ type, verb, data, withInputs: element.associatedInputs !== 'none' });
    }
    if (type === 'TextBlock' && typeof element.text === 'string') texts.push(element.text);
    for (const [key, value] of Object.entries(element)) if (key !== 'data' && key !== 'choices') visit(value);
  };
  visit(card.body);
  visit(card.actions);
  read.text = texts.join('\n');
  return read;
}

/**
 * What Teams posts when a card's submit button is pressed: the button's data, with every input's
 * current value added (a multi-select as "a,b", a toggle as "true"/"false").
 */
export function submitValue(card: ReadCard, verb: string, answers: Record<string, string>): Record<string, unknown> {
  const action = card.actions.find((a) => a.type === 'Action.Submit' && a.verb === verb);
  if (!action) throw new Error(`the card has no button ${verb}`);
  if (!action.withInputs) return { ...action.data };
  const inputs: Record<string, string> = {};
  for (const input of card.inputs) inputs[input.id] = input.value ?? '';
  for (const [id, value] of Object.entries(answers)) {
    if (!(id in inputs)) throw new Error(`the card has no input ${id}`);
    inputs[id] = value;
  }
  return { ...action.data, ...inputs };
}
