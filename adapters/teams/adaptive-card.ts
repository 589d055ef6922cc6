// Adaptive Cards 1.5 is the highest version every Teams client renders.
export const ADAPTIVE_CARD_VERSION = '1.5';

export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: string; body: unknown[] };
