import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Time as the Slack adapter sees it, for Slack's 3-second windows (an interaction's answer, a
 * trigger_id). Injected, as bolt-js's own verify-request takes its `nowMilliseconds`, so a test
 * can let the window pass without waiting for it.
 */
export interface SlackClock {
  /** Milliseconds since some fixed point. */
  now(): number;
  /** Resolves after `ms`; rejects when `signal` aborts first. */
  wait(ms: number, signal: AbortSignal): Promise<void>;
}

export const systemClock: SlackClock = {
  now: () => Date.now(),
  wait: async (ms, signal) => { await sleep(ms, undefined, { signal }); },
};
