import { createHash } from 'node:crypto';
import type { Platform } from './domain/common.js';
import { byIds, byKeys, handledHourKey, type KoppelStore } from './store/index.js';

// A platform may deliver one activity more than once: Teams re-sends an activity the bot took more
// than 15 s to answer, and a restarted or second Koppel process may get the retry. Each activity is
// taken on once, in the store (so on any process, also after a restart), before anything is done; a
// retry then changes nothing and says nothing (the person sees the first answer). Kept a day.

export const HANDLED_ACTIVITY_TTL_MS = 24 * 60 * 60 * 1000;
// How far back pruning looks for old hours: enough to catch up after a week without pruning.
const PRUNE_LOOKBACK_HOURS = 7 * 24;
const HOUR_MS = 60 * 60 * 1000;

export interface ActivityRef {
  platform: Platform;
  /** The conversation it came in: an activity id is unique there, and one person cannot block another's. */
  conversationId: string;
  activityId: string;
}

/** The record's id: the ids as a hash, so an id of any length or character fits and none is stored. */
export function handledActivityId(ref: ActivityRef): string {
  const hash = createHash('sha256').update(`${ref.conversationId}\n${ref.activityId}`).digest('base64url').slice(0, 32);
  return `${ref.platform}:${hash}`;
}

export interface HandledActivities {
  /** True the first time (the caller goes ahead), false for a retry of one taken on and not yet pruned (a day). */
  claim(ref: ActivityRef): Promise<boolean>;
  /** Forgets an activity whose handling failed, so that the platform's retry may do it after all. */
  release(ref: ActivityRef): Promise<void>;
  /** Deletes the records older than a day; returns how many. */
  prune(): Promise<number>;
}

export function createHandledActivities({ store, now }: { store: KoppelStore; now: () => Date }): HandledActivities {
  const fresh = (handledAt: string, at: Date) => at.getTime() - Date.parse(handledAt) < HANDLED_ACTIVITY_TTL_MS;
  return {
    async claim(ref) {
      // Taken on by adding its record: the store's key decides between two processes, and an id
      // already there (kept a day, see prune) is a retry. The claim need not be on disk before the
      // turn goes on: it is written no later than anything the turn changes, and a turn that changed
      // nothing may as well run again after a crash.
      return store.insertNew('handledActivities', handledActivityId(ref), { platform: ref.platform, handledAt: now().toISOString() }, { durable: 'with-next-write' });
    },
    async release(ref) {
      const id = handledActivityId(ref);
      await store.update({ handledActivities: byIds(id) }, (draft) => {
        delete draft.handledActivities[id];
      });
    },
    async prune() {
      const at = now();
      // Whole hours that ended more than a day ago; the newest of them may still hold a fresh record.
      const first = Math.floor((at.getTime() - HANDLED_ACTIVITY_TTL_MS) / HOUR_MS);
      const hours = Array.from({ length: PRUNE_LOOKBACK_HOURS }, (_, i) => handledHourKey(new Date((first - i) * HOUR_MS).toISOString()));
      const seen = await store.read({ handledActivities: byKeys(...hours) });
      const ids = Object.entries(seen.handledActivities).filter(([, h]) => !fresh(h.handledAt, at)).map(([id]) => id);
      if (ids.length === 0) return 0;
      return store.update({ handledActivities: byIds(...ids) }, (draft) => {
        let deleted = 0;
        for (const [id, handled] of Object.entries(draft.handledActivities)) {
          if (!fresh(handled.handledAt, at)) {
            delete draft.handledActivities[id];
            deleted += 1;
          }
        }
        return deleted;
      });
    },
  };
}
