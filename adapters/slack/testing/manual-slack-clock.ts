import type { SlackClock } from '../slack-clock.js';

/**
 * A Slack clock that moves only when a test says so: Slack's 3-second windows pass at once,
 * without the test waiting for them.
 */
export function manualSlackClock(start = 0) {
  let now = start;
  const waiting: Array<{ at: number; resolve: () => void }> = [];
  const clock: SlackClock = {
    now: () => now,
    wait: (ms, signal) => new Promise<void>((resolve, reject) => {
      const entry = { at: now + ms, resolve };
      waiting.push(entry);
      signal.addEventListener('abort', () => {
        waiting.splice(waiting.indexOf(entry), 1);
        reject(signal.reason);
      }, { once: true });
    }),
  };
  return {
    clock,
    /** How many waits are pending: a handler waiting on its window. */
    get pending() { return waiting.length; },
    advance(ms: number): void {
      now += ms;
      for (const entry of waiting.filter((w) => w.at <= now)) {
        waiting.splice(waiting.indexOf(entry), 1);
        entry.resolve();
      }
    },
  };
}
