// Adaptive Cards 1.5 is the highest version every Teams client renders.
export const ADAPTIVE_CARD_VERSION = '1.5';

export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: string; body: unknown[] };

/** A card with a large bold title, then the given body and actions. */
export function adaptiveCard(title: string, body: unknown[], actions?: unknown[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    body: [{ type: 'TextBlock', text: title, size: 'Large', weight: 'Bolder', wrap: true }, ...body],
    ...(actions ? { actions } : {}),
  };
}
