// Client-side pacing under the platform's limits. A slot is taken only at the moment of sending
// (never reserved ahead), so a stalled event loop cannot bunch reserved requests together, and the
// rule is the one the platform counts by: at most `perSecond` requests in any window of one second,
// globally and per conversation. After an idle moment this allows a burst up to the limit, which a
// platform's token bucket of the same rate accepts.

const WINDOW_MS = 1000;

export interface RateLimiter {
  /** Takes a slot now and returns 0, or returns how many ms to wait before asking again. */
  tryAcquire(nowMs: number, conversation: string): number;
}

export function createRateLimiter(perSecond: number, perConversationPerSecond: number): RateLimiter {
  if (!(perSecond >= 1) || !(perConversationPerSecond >= 1)) throw new RangeError('rate limits must be at least 1 per second');
  const global: number[] = [];
  const conversations = new Map<string, number[]>();

  return {
    tryAcquire(nowMs, conversation) {
      prune(global, nowMs);
      const own = conversations.get(conversation) ?? [];
      prune(own, nowMs);
      const wait = Math.max(waitFor(global, perSecond, nowMs), waitFor(own, perConversationPerSecond, nowMs));
      if (wait > 0) return wait;
      global.push(nowMs);
      own.push(nowMs);
      conversations.set(conversation, own);
      if (conversations.size > 10_000) sweep(conversations, nowMs);
      return 0;
    },
  };
}

function prune(times: number[], nowMs: number): void {
  let drop = 0;
  while (drop < times.length && times[drop] <= nowMs - WINDOW_MS) drop += 1;
  if (drop > 0) times.splice(0, drop);
}

function waitFor(times: readonly number[], limit: number, nowMs: number): number {
  if (times.length < limit) return 0;
  // The oldest of the last `limit` requests must leave the window first.
  return Math.max(1, times[times.length - limit] + WINDOW_MS - nowMs);
}

function sweep(conversations: Map<string, number[]>, nowMs: number): void {
  for (const [key, times] of conversations) if ((times.at(-1) ?? 0) <= nowMs - WINDOW_MS) conversations.delete(key);
}
