import { NotificationKind } from '../domain/notification.js';
import type { KoppelView } from '../koppel-data.js';
import { byKeys, roundKindKey, type Selection } from '../store/index.js';

/** How far a round's proactive messages (welcomes, requests, reminders; not the release) have got. */
export interface MessageProgress {
  sent: number;
  /** Queued or being sent. */
  waiting: number;
  /** Not delivered: no chat with the person, or a platform error after which it may or may not have arrived. */
  failed: number;
}

const NOTIFICATION_KINDS: ReadonlySet<string> = new Set(NotificationKind.options);

export function messageProgress(data: Readonly<KoppelView>, roundId: string): MessageProgress {
  const progress: MessageProgress = { sent: 0, waiting: 0, failed: 0 };
  for (const entry of Object.values(data.outbox)) {
    if (entry.roundId !== roundId || !NOTIFICATION_KINDS.has(entry.kind)) continue;
    if (entry.status === 'sent') progress.sent += 1;
    else if (entry.status === 'failed') progress.failed += 1;
    else progress.waiting += 1;
  }
  return progress;
}

/** A round's welcomes, requests and reminders, without its release messages. */
export function notificationsOf(roundId: string): Selection {
  return byKeys(...NotificationKind.options.map((kind) => roundKindKey(roundId, kind)));
}
