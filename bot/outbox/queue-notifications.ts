import type { Notification } from '../domain/notification.js';
import type { KoppelView } from '../koppel-data.js';
import { canWriteTo, conversationKey, platformsOf, type PersonKey } from '../people.js';
import { toOutboxEntry } from '../release/outbox.js';
import { byIds, byKeys, userKey, type KoppelStore, type Scope, type Selection } from '../store/index.js';

// Proactive messages (welcomes, reminders, reports) go through the persisted outbox, like a release:
// a service only writes entries, in one unit of work with whatever decided them, and the outbox's
// sender delivers them at the platform's pace. The idempotency key is the outbox key: it is stored
// once, so a repeat (pressing twice, two processes, a restart) never sends a message twice.

export interface QueuedNotification {
  /** The idempotency key, and the outbox key. */
  key: string;
  recipient: PersonKey;
  notification: Notification;
  /**
   * The key this message had in `sentNotifications` before notifications went through the outbox,
   * when it differs from `key`: a message recorded there is not sent again after an upgrade.
   */
  legacyKey?: string;
}

/**
 * - queued: written now, the sender delivers it;
 * - requeued: it had found no conversation, so it certainly never arrived: pending again;
 * - already-queued: the key is stored (in any state): nothing is written;
 * - unreachable: Koppel cannot write to this person yet (never talked with Koppel): nothing is written.
 */
export type QueueOutcome = 'queued' | 'requeued' | 'already-queued' | 'unreachable';

export interface QueueOptions {
  /**
   * Whether a message that found no conversation may be queued again under the same key, now that
   * the person can be reached (a late welcome, a coordinator's second press). Scheduled reminders
   * do not: the next moment tries again, so an unreachable person is never in a retry loop.
   */
  retryUnreached: boolean;
}

export const NO_CONVERSATION = 'no-conversation';

/**
 * Teams can only continue a conversation the person once had with Koppel (installing the app or
 * writing to it stores one); Slack opens a direct message with any member by their user id, and an
 * e-mail address can always be written to.
 */
export function canReach(view: Readonly<KoppelView>, recipient: PersonKey): boolean {
  return canWriteTo(view, [recipient]);
}

/** What a unit of work must select to queue these messages: their entries, their legacy records and the recipients' conversations. */
export function queueScope(messages: readonly QueuedNotification[]): Pick<Scope, 'outbox' | 'sentNotifications' | 'conversations'> {
  return {
    outbox: byIds(...messages.map((m) => m.key)),
    sentNotifications: byIds(...messages.flatMap((m) => [m.key, ...(m.legacyKey ? [m.legacyKey] : [])])),
    conversations: byIds(...messages.map((m) => conversationKey(m.recipient))),
  };
}

/** Queues one message on a draft whose scope holds `queueScope` of it; an existing key is never rewritten, only a failed 'no-conversation' requeued. */
export function queueDraft(draft: KoppelView, message: QueuedNotification, now: Date, options: QueueOptions): QueueOutcome {
  const stored = Object.hasOwn(draft.outbox, message.key) ? draft.outbox[message.key] : undefined;
  const unreached = stored?.status === 'failed' && stored.lastError === NO_CONVERSATION;
  if (stored && !(unreached && options.retryUnreached)) return 'already-queued';
  if (!stored && legacyRecorded(draft, message, options)) return 'already-queued';
  if (!canReach(draft, message.recipient)) return 'unreachable';
  const recipient = { platform: message.recipient.platform, userId: message.recipient.userId };
  if (stored) {
    // It never left; the person may since be known on another chat account: write to the current one.
    stored.status = 'pending';
    stored.attempts = 0;
    stored.recipient = recipient;
    stored.notification = structuredClone(message.notification);
    stored.notBefore = now.toISOString();
    delete stored.lastError;
    return 'requeued';
  }
  const { notification } = message;
  draft.outbox[message.key] = toOutboxEntry({
    key: message.key, roundId: notification.roundId, kind: notification.kind, recipient, subjectIds: [subjectOf(notification)], notification,
  }, now);
  return 'queued';
}

function legacyRecorded(draft: KoppelView, message: QueuedNotification, options: QueueOptions): boolean {
  for (const key of [message.key, message.legacyKey]) {
    if (key === undefined || !Object.hasOwn(draft.sentNotifications, key)) continue;
    if (!(options.retryUnreached && draft.sentNotifications[key].result === NO_CONVERSATION)) return true;
  }
  return false;
}

function subjectOf(notification: Notification): string {
  if ('studentId' in notification) return notification.studentId;
  if ('companyId' in notification) return notification.companyId;
  if ('reportId' in notification) return notification.reportId;
  if ('requestId' in notification) return notification.requestId;
  return notification.placementId;
}

export function isQueued(outcome: QueueOutcome): boolean {
  return outcome === 'queued' || outcome === 'requeued';
}

export interface QueueUnit<M extends QueuedNotification, R> {
  /** The records the plan reads; the messages' own records (outbox entries, conversations) are added. */
  scope: Scope;
  /** The messages to queue, from the records of `scope`: pure, made on a read and again on the draft. */
  plan: (view: Readonly<KoppelView>) => M[];
  /** The unit of work itself, with the plan made on its draft; queue with `queueDraft`. */
  change: (draft: KoppelView, messages: M[]) => R;
}

const MAX_WIDENINGS = 5;

/**
 * One unit of work that queues planned messages. A unit of work names its records up front, and the
 * messages' keys follow from records it reads, so the plan is made on a read first and made again on
 * the draft. If the draft plans a message the scope does not hold (a student imported in between),
 * the unit is redone with the wider scope: nothing is ever written outside what was selected.
 */
export async function queueInUnitOfWork<M extends QueuedNotification, R>(store: KoppelStore, unit: QueueUnit<M, R>): Promise<R> {
  const selected = new Map<string, QueuedNotification>();
  const widen = (messages: readonly QueuedNotification[]) => {
    for (const message of messages) selected.set(`${message.key}\n${conversationKey(message.recipient)}\n${message.legacyKey ?? ''}`, message);
  };
  widen(unit.plan(await store.read(unit.scope)));
  for (let attempt = 0; attempt < MAX_WIDENINGS; attempt++) {
    const scope = withQueueScope(unit.scope, [...selected.values()]);
    const outcome = await store.update(scope, (draft): { done: R } | { missing: M[] } => {
      const messages = unit.plan(draft);
      const missing = messages.filter((m) => !selected.has(`${m.key}\n${conversationKey(m.recipient)}\n${m.legacyKey ?? ''}`));
      return missing.length > 0 ? { missing } : { done: unit.change(draft, messages) };
    });
    if ('done' in outcome) return outcome.done;
    widen(outcome.missing);
  }
  throw new Error(`the messages to queue kept changing during ${MAX_WIDENINGS} attempts`);
}

function withQueueScope(scope: Scope, messages: readonly QueuedNotification[]): Scope {
  const own = queueScope(messages);
  return {
    ...scope,
    outbox: union(scope.outbox, own.outbox), sentNotifications: union(scope.sentNotifications, own.sentNotifications), conversations: union(scope.conversations, own.conversations),
  };
}

function union(a: Selection | undefined, b: Selection | undefined): Selection | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  if (a === 'all' || b === 'all') return 'all';
  return { ids: [...(a.ids ?? []), ...(b.ids ?? [])], keys: [...(a.keys ?? []), ...(b.keys ?? [])] };
}

export interface QueueCounts {
  queued: number;
  alreadyQueued: number;
  unreachable: number;
}

/** queueDraft for each message, counted by outcome. */
export function queueAllDraft(draft: KoppelView, messages: readonly QueuedNotification[], now: Date, options: QueueOptions): QueueCounts {
  const counts: QueueCounts = { queued: 0, alreadyQueued: 0, unreachable: 0 };
  for (const message of messages) {
    const outcome = queueDraft(draft, message, now, options);
    if (isQueued(outcome)) counts.queued += 1;
    else if (outcome === 'already-queued') counts.alreadyQueued += 1;
    else counts.unreachable += 1;
  }
  return counts;
}

/** Queues messages whose keys and recipients the caller already knows, in one unit of work. */
export async function queueNotifications(
  store: KoppelStore, messages: readonly QueuedNotification[], now: Date, options: QueueOptions = { retryUnreached: false },
): Promise<QueueCounts> {
  return store.update(queueScope(messages), (draft) => queueAllDraft(draft, messages, now, options));
}

/**
 * Queues one notification for every configured coordinator, on each platform they use (e.g. a
 * student's own place), in one unit of work. `occasion` tells repeats apart (e.g. when it was
 * reported): the same notification and occasion reach each coordinator once.
 */
export async function queueForCoordinators(
  store: KoppelStore, coordinators: readonly string[], notification: Notification, occasion: string, now: Date,
): Promise<QueueCounts> {
  const people = byKeys(...coordinators.map(userKey));
  return queueInUnitOfWork(store, {
    // Where each coordinator can be reached: the platforms they talked to Koppel or chose something on.
    scope: { conversations: people, preferences: people },
    plan: (view) => coordinators.flatMap((userId) => platformsOf(view, userId).map((platform) => ({
      key: coordinatorKey(notification, occasion, { platform, userId }), recipient: { platform, userId }, notification,
    }))),
    change: (draft, messages) => queueAllDraft(draft, messages, now, { retryUnreached: false }),
  });
}

export function coordinatorKey(notification: Notification, occasion: string, recipient: PersonKey): string {
  const subject = subjectOf(notification);
  return `${notification.kind}:${notification.roundId}:${subject}:${occasion}:${recipient.platform}:${recipient.userId}`;
}
