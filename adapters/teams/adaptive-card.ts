import { teamsMarkdown, teamsPlain } from './inert-markdown.js';

// Adaptive Cards 1.5 is the highest version every Teams client renders.
export const ADAPTIVE_CARD_VERSION = '1.5';

export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: string; body: unknown[] };

/** A card with a large bold title, then the given body and actions; typed text in it is made inert here, once. */
export function adaptiveCard(title: string, body: unknown[], actions?: unknown[]): AdaptiveCard {
  return inertCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    body: [{ type: 'TextBlock', text: title, size: 'Large', weight: 'Bolder', wrap: true }, ...body],
    ...(actions ? { actions } : {}),
  });
}

/** TextBlocks and facts are markdown; every other string of a card (labels, choices, buttons, values) is shown as it is. */
function inertCard<T>(node: T, markdown = false): T {
  if (typeof node === 'string') return (markdown ? teamsMarkdown(node) : teamsPlain(node)) as T;
  if (Array.isArray(node)) return node.map((item: unknown) => inertCard(item, markdown)) as T;
  if (!node || typeof node !== 'object') return node;
  const object = node as Record<string, unknown>;
  const markdownKeys = object.type === 'TextBlock' ? ['text'] : object.type === 'FactSet' ? ['facts'] : [];
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, inertCard(value, markdown || markdownKeys.includes(key))])) as T;
}
