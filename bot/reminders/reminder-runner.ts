import type { LogFields } from '../logger.js';
import type { QueuedSignal } from '../notifications.js';
import { queueAllDraft, queueInUnitOfWork, type QueuedNotification } from '../outbox/queue-notifications.js';
import { acceptsWishes } from '../rounds/round-lifecycle.js';
import { DEFAULT_REMINDER_HOURS } from './reminder-moments.js';
import { currentMoment, dueReminders, type DueReminder } from './reminder-plan.js';
import { byIds, byKeys, roundKey, type KoppelStore } from '../store/index.js';

// Plans the due wish reminders and queues them in the outbox, whose sender delivers them; each at
// most once across restarts, overlapping passes and processes, because its key (round, student,
// moment) is stored in the outbox once. A pass queues one round per unit of work, re-planning on its
// draft, so a confirmation or a closed round since the read wins. A student Koppel cannot write to
// yet is not queued: a later pass queues the current moment's reminder once they can be reached. A
// queued reminder that fails is not retried for that moment: the next moment (or a coordinator)
// tries again, so nobody is hit by a retry loop.

export type ReminderLog = (event: string, fields: LogFields) => void;

export interface ReminderDeps {
  store: KoppelStore;
  /** Told when reminders were queued, so the outbox's sender sends them at once. */
  notifier?: QueuedSignal;
  now: () => Date;
  /** Hours before the wish deadline; default [72, 24]. */
  moments?: readonly number[];
  /** Receives ids, moments and counts only, never names. */
  log?: ReminderLog;
  /** Ends the pass after the round in hand (graceful shutdown). */
  signal?: AbortSignal;
}

export interface ReminderPassResult {
  queued: number;
  /** Due, but Koppel cannot write to them yet (never talked with Koppel). */
  unreachable: number;
}

export function wishReminderMessage(reminder: DueReminder): QueuedNotification {
  return {
    key: reminder.key,
    recipient: reminder.recipient,
    notification: { kind: 'wish-reminder', roundId: reminder.roundId, studentId: reminder.studentId, deadline: reminder.deadline },
  };
}

export async function runReminders(deps: ReminderDeps): Promise<ReminderPassResult> {
  const moments = deps.moments ?? DEFAULT_REMINDER_HOURS;
  const log = deps.log ?? (() => {});
  const now = deps.now();
  const counts: ReminderPassResult = { queued: 0, unreachable: 0 };
  const { rounds } = await deps.store.read({ rounds: 'all' });
  const due = Object.values(rounds).filter((r) => acceptsWishes(r, now) && currentMoment(r.wishesDeadline, now, moments) !== undefined);
  for (const { id } of due.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (deps.signal?.aborted) break;
    const round = await queueInUnitOfWork(deps.store, {
      scope: { rounds: byIds(id), students: byKeys(roundKey(id)) },
      plan: (view) => dueReminders(view, now, moments).map(wishReminderMessage),
      change: (draft, messages): ReminderPassResult => {
        const { queued, unreachable } = queueAllDraft(draft, messages, now, { retryUnreached: false });
        return { queued, unreachable };
      },
    });
    counts.queued += round.queued;
    counts.unreachable += round.unreachable;
    if (round.queued > 0) log('reminders.queued', { roundId: id, moment: currentMoment(rounds[id].wishesDeadline, now, moments) ?? 0, ...round });
  }
  if (counts.queued > 0) deps.notifier?.queued?.();
  return counts;
}

export function errorName(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.name}:${code}` : error.name;
  }
  return typeof error;
}

export const DEFAULT_REMINDER_INTERVAL_MS = 5 * 60_000;

export interface ReminderScheduleDeps extends Omit<ReminderDeps, 'signal'> {
  intervalMs?: number;
  /** Other reminder passes (e.g. companies without an offer) that run in the same tick, after the students'. */
  alsoRun?: ReadonlyArray<() => Promise<unknown>>;
}

export interface ReminderSchedule {
  /** Stops the timer and waits for a running pass, which ends after the round in hand. */
  stop(): Promise<void>;
}

/** One pass at once and one every interval; a tick that finds a pass still running is skipped. */
export function startReminderSchedule(deps: ReminderScheduleDeps): ReminderSchedule {
  const intervalMs = deps.intervalMs ?? DEFAULT_REMINDER_INTERVAL_MS;
  if (!Number.isFinite(intervalMs) || intervalMs <= 0) throw new RangeError(`reminder interval must be a positive number of ms, got ${intervalMs}`);
  const log = deps.log ?? (() => {});
  const stopping = new AbortController();
  let running: Promise<void> | undefined;

  const tick = (): void => {
    if (stopping.signal.aborted) return;
    if (running) {
      log('reminders.tick-skipped', { reason: 'pass-running' });
      return;
    }
    // A failed pass is logged and the next tick tries again; what it queued stays queued.
    running = runReminders({ ...deps, signal: stopping.signal })
      .then(async () => {
        for (const pass of deps.alsoRun ?? []) if (!stopping.signal.aborted) await pass();
      })
      .then(() => undefined, (error: unknown) => log('reminders.pass-failed', { error: errorName(error) }))
      .finally(() => {
        running = undefined;
      });
  };

  const timer = setInterval(tick, intervalMs);
  // Reminders alone must not keep the process alive: shutdown is the server's decision.
  timer.unref();
  tick();
  return {
    stop: async () => {
      stopping.abort();
      clearInterval(timer);
      await running;
    },
  };
}
