import type { Programme } from '../catalogue/index.js';
import { deepFreeze } from '../store/deep-freeze.js';
import type { WishAdvice } from './wish-coach.js';

// The intake shows the work processes a wish suggests on every step after the wish, and saving a
// wish asks the coach twice (the dialog before saving, the service as it saves). The same wish and
// programme give the same advice, so it is worked out once and kept a while: a wish is personal
// text, so only what was asked for in the last hour is kept, and at most a class's worth.

export const ADVICE_KEPT = 500;
export const ADVICE_KEPT_MS = 60 * 60 * 1000;

type Coach = (text: string, programme: Programme) => WishAdvice;

export function rememberedAdvice(coach: Coach, clock: () => number = Date.now): Coach {
  // In order of last use: the first entry is the one asked for longest ago.
  const kept = new Map<string, { advice: WishAdvice; usedAt: number }>();
  return (text, programme) => {
    const now = clock();
    const key = `${programme.code}\n${text}`;
    const known = kept.get(key);
    const advice = known && now - known.usedAt <= ADVICE_KEPT_MS ? known.advice : deepFreeze(coach(text, programme));
    kept.delete(key);
    kept.set(key, { advice, usedAt: now });
    for (const [oldest, entry] of kept) {
      if (kept.size <= ADVICE_KEPT && now - entry.usedAt <= ADVICE_KEPT_MS) break;
      kept.delete(oldest);
    }
    return advice;
  };
}
