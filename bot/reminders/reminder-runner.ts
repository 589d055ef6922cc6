import type { LogFields } from '../logger.js';
import type { DeliveryResult, Notifier } from '../notifications.js';
import { DEFAULT_REMINDER_HOURS } from './reminder-moments.js';
import { dueReminders, reminderFor, type DueReminder } from './reminder-plan.js';
import { EVERYTHING, type KoppelStore } from '../store/index.js';

// Sends the due wish reminders at most once each, across restarts and overlapping passes.
// A reminder is claimed (its key written as 'sent') in the same atomic update that re-checks it is
// still due, and only then handed to the notifier. A crash between claim and send loses that one
// reminder; it never sends one twice. A delivery that fails or finds no conversation is recorded with
// its real result and not retried for that moment: the next moment (or a coordinator) tries again,
// so an unreachable student is never hit by a retry loop.

export type ReminderLog = (event: string, fields: LogFields) => void;

export interface ReminderDeps {
  store: KoppelStore;
  notifier: Notifier;
  now: () => Date;
  /** Hours before the wish deadline; default [72, 24]. */
  moments?: readonly number[];
  /** Receives ids, moments and counts only, never names. */
  log?: ReminderLog;
  /** Ends the pass after the reminder in hand (graceful shutdown). */
  signal?: AbortSignal;
}

export interface ReminderPassResult {
  sent: number;
  unreachable: number;
  failed: number;
}

export async function runReminders(deps: ReminderDeps): Promise<ReminderPassResult> {
  const moments = deps.moments ?? DEFAULT_REMINDER_HOURS;
  const log = deps.log ?? (() => {});
  const counts: ReminderPassResult = { sent: 0, unreachable: 0, failed: 0 };
  const due = dueReminders(await deps.store.read(EVERYTHING), deps.now(), moments);
  for (const planned of due) {
    if (deps.signal?.aborted) break;
    const reminder = await claim(deps.store, planned, deps.now(), moments);
    if (!reminder) continue;
    const result = await deliver(deps.notifier, reminder, log);
    if (result !== 'sent') await recordResult(deps.store, reminder.key, result);
    counts[result === 'sent' ? 'sent' : result === 'no-conversation' ? 'unreachable' : 'failed'] += 1;
    log('reminder.delivered', { roundId: reminder.roundId, studentId: reminder.studentId, moment: reminder.moment, result });
  }
  if (due.length > 0) log('reminders.pass', { due: due.length, ...counts });
  return counts;
}

/**
 * Re-plans this one student inside the update, so a second pass, a confirmation or a closed round
 * since planning wins; returns the reminder as it stands now, or undefined when it is no longer ours.
 */
async function claim(
  store: KoppelStore,
  planned: DueReminder,
  now: Date,
  moments: readonly number[],
): Promise<DueReminder | undefined> {
  return store.update(EVERYTHING, (draft) => {
    const current = reminderFor(draft, planned.roundId, planned.studentId, now, moments);
    if (current?.key !== planned.key) return undefined;
    draft.sentNotifications[current.key] = { at: now.toISOString(), result: 'sent' };
    return current;
  });
}

async function deliver(notifier: Notifier, reminder: DueReminder, log: ReminderLog): Promise<DeliveryResult> {
  try {
    return await notifier.notify(reminder.recipient, {
      kind: 'wish-reminder',
      roundId: reminder.roundId,
      studentId: reminder.studentId,
      deadline: reminder.deadline,
    });
  } catch (error) {
    // A throwing adapter counts as a failed delivery; the error's text may hold personal data, its name does not.
    log('reminder.notify-threw', { roundId: reminder.roundId, studentId: reminder.studentId, error: errorName(error) });
    return 'failed';
  }
}

async function recordResult(store: KoppelStore, key: string, result: DeliveryResult): Promise<void> {
  await store.update(EVERYTHING, (draft) => {
    const entry = draft.sentNotifications[key];
    if (entry) entry.result = result;
  });
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
  /** Stops the timer and waits for a running pass, which ends after the reminder in hand. */
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
    // A failed pass is logged and the next tick tries again; claims already written stay claimed.
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
