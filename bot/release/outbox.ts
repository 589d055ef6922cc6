import type { PlatformIdentity } from '../domain/common.js';
import type { Notification } from '../domain/notification.js';
import { NotificationKind } from '../domain/notification.js';
import { OutboxEntry, ReleaseKind } from '../domain/outbox-entry.js';
import type { KoppelView } from '../koppel-data.js';
import { byKeys, outboxStateKey, roundKindKey, type KoppelStore, type Selection } from '../store/index.js';

// The outbox on KoppelView: what must be sent, and how far it got. Which message a person receives
// is the caller's decision; this module only keeps each planned message exactly once. A release's
// messages and the notifications (welcomes, reminders, …) share it, and so its sender and its
// crash rules; a release's figures count its own kinds only.

export type OutboxKind = OutboxEntry['kind'];
export type OutboxStatus = OutboxEntry['status'];
export type { ReleaseKind };

export const OUTBOX_KINDS: readonly OutboxKind[] = OutboxEntry.shape.kind.options;

/** Students first (the card update before the notice), then companies, then coordinators. */
export const RELEASE_PHASES: readonly ReleaseKind[] = ReleaseKind.options;

/** Every kind in the order one pass of the sender takes them: a due release first, then the notifications. */
/** A round's release messages, without the round's welcomes and reminders (which may be thousands more). */
export function releaseEntriesOf(roundId: string): Selection {
  return byKeys(...RELEASE_PHASES.map((kind) => roundKindKey(roundId, kind)));
}

export const OUTBOX_PHASES: readonly OutboxKind[] = [...RELEASE_PHASES, ...NotificationKind.options];

export function isReleaseKind(kind: OutboxKind): kind is ReleaseKind {
  return (RELEASE_PHASES as readonly string[]).includes(kind);
}

// Updating an existing card to the same content twice is harmless; a new message twice is a duplicate.
const IDEMPOTENT: ReadonlySet<OutboxKind> = new Set<OutboxKind>(['student-result-card']);

export function isIdempotent(kind: OutboxKind): boolean {
  return IDEMPOTENT.has(kind);
}

export interface PlannedMessage {
  key: string;
  roundId: string;
  kind: OutboxKind;
  recipient: PlatformIdentity;
  subjectIds: string[];
  /** For a card update: the id of the card delivered before the release moment. */
  activityId?: string;
  /** For a notification kind: what it says (ids only). */
  notification?: Notification;
}

/** One key per round, kind and recipient: planning the same release twice yields the same keys. */
export function releaseKey(roundId: string, kind: OutboxKind, recipient: PlatformIdentity): string {
  return `release:${roundId}:${kind}:${recipient.platform}:${recipient.userId}`;
}

export function toOutboxEntry(planned: PlannedMessage, now: Date): OutboxEntry {
  const entry: OutboxEntry = {
    key: planned.key, roundId: planned.roundId, kind: planned.kind, recipient: { ...planned.recipient },
    subjectIds: [...planned.subjectIds], status: 'pending', attempts: 0, createdAt: now.toISOString(),
  };
  if (planned.activityId !== undefined) entry.activityId = planned.activityId;
  if (planned.notification !== undefined) entry.notification = structuredClone(planned.notification);
  return entry;
}

export interface EnqueueResult {
  added: number;
  existing: number;
  /** Keys already stored for another kind or recipient: a planning bug, never overwritten. */
  conflicts: string[];
}

/** Writes the planned messages that are not stored yet, all in one update; an existing key is never rewritten. */
export async function enqueue(store: KoppelStore, planned: readonly PlannedMessage[], now: Date): Promise<EnqueueResult> {
  const keys = planned.map((message) => message.key);
  return store.update({ outbox: { ids: keys } }, (draft) => enqueueDraft(draft, planned, now));
}

/** enqueue inside a store update the caller already holds (e.g. together with the round's transition). */
export function enqueueDraft(draft: KoppelView, planned: readonly PlannedMessage[], now: Date): EnqueueResult {
  const result: EnqueueResult = { added: 0, existing: 0, conflicts: [] };
  for (const message of planned) {
    const stored = draft.outbox[message.key];
    if (!stored) {
      draft.outbox[message.key] = toOutboxEntry(message, now);
      result.added += 1;
    } else if (sameMessage(stored, message)) {
      result.existing += 1;
    } else {
      result.conflicts.push(message.key);
    }
  }
  return result;
}

function sameMessage(stored: OutboxEntry, planned: PlannedMessage): boolean {
  return stored.roundId === planned.roundId && stored.kind === planned.kind
    && stored.recipient.platform === planned.recipient.platform && stored.recipient.userId === planned.recipient.userId;
}

export type StatusCounts = Record<OutboxStatus, number>;

export interface ReleaseProgress extends StatusCounts {
  byKind: Record<ReleaseKind, StatusCounts>;
  failures: Array<{ key: string; lastError: string }>;
}

const zeroCounts = (): StatusCounts => ({ pending: 0, sending: 0, sent: 0, failed: 0 });

/** A round's release messages only: its welcomes and reminders share the outbox but are no part of the release. */
export function releaseProgress(data: Readonly<KoppelView>, roundId: string): ReleaseProgress {
  const byKind = Object.fromEntries(RELEASE_PHASES.map((kind) => [kind, zeroCounts()])) as Record<ReleaseKind, StatusCounts>;
  const progress: ReleaseProgress = { ...zeroCounts(), byKind, failures: [] };
  for (const entry of Object.values(data.outbox)) {
    if (entry.roundId !== roundId || !isReleaseKind(entry.kind)) continue;
    progress[entry.status] += 1;
    byKind[entry.kind][entry.status] += 1;
    if (entry.status === 'failed') progress.failures.push({ key: entry.key, lastError: entry.lastError ?? 'unknown' });
  }
  return progress;
}

/**
 * Puts failed release entries of a round back to pending with a fresh attempt count: a coordinator's
 * decision, also for entries failed as 'unknown-after-restart' (which may then reach someone twice).
 * `keys` limits it. Only the release's kinds: the coordinator decides on what the release card shows.
 */
export async function retryFailed(
  store: KoppelStore, roundId: string, now: Date, keys?: readonly string[],
): Promise<number> {
  const only = keys ? new Set(keys) : undefined;
  return store.update({ outbox: byKeys(...RELEASE_PHASES.map((kind) => outboxStateKey('failed', kind))) }, (draft) => {
    let count = 0;
    for (const entry of Object.values(draft.outbox)) {
      if (entry.roundId !== roundId || entry.status !== 'failed' || (only && !only.has(entry.key))) continue;
      entry.status = 'pending';
      entry.attempts = 0;
      entry.notBefore = now.toISOString();
      count += 1;
    }
    return count;
  });
}
