import type { Round } from '../domain/round.js';
import type { IntakeStatus, Student } from '../domain/student.js';
import type { KoppelView } from '../koppel-data.js';
import type { PersonKey } from '../people.js';
import { acceptsWishes } from '../rounds/round-lifecycle.js';
import { DEFAULT_REMINDER_HOURS } from './reminder-moments.js';

// Who should be reminded of the wish deadline right now: a pure function of the stored records and
// the clock, so the planning pass can ask it again inside the unit of work that queues the reminders.
// Whether a reminder was queued already is the outbox's to say (its key is stored once).

export interface DueReminder {
  /** Idempotency key, and the outbox key: one per round, student and moment. */
  key: string;
  roundId: string;
  studentId: string;
  recipient: PersonKey;
  deadline: string;
  /** Hours before the deadline this reminder belongs to. */
  moment: number;
}

const HOUR_MS = 3_600_000;

// Students who confirmed or found their own place are done; only these still owe a wish.
const AWAITING_WISH: ReadonlySet<IntakeStatus> = new Set<IntakeStatus>(['invited', 'started']);

/** Whether a student still owes a confirmed wish (not confirmed, no own place). */
export function awaitsWish(student: Student): boolean {
  return AWAITING_WISH.has(student.intakeStatus);
}

export function reminderKey(roundId: string, studentId: string, moment: number): string {
  return `wish-reminder:${roundId}:${studentId}:${moment}h`;
}

/**
 * The most recent moment whose time (deadline − hours) has passed, or undefined before the first.
 * Only the most recent one counts: after downtime a student gets one reminder, not a backlog.
 */
export function currentMoment(deadline: string, now: Date, moments: readonly number[]): number | undefined {
  const deadlineMs = Date.parse(deadline);
  const passed = moments.filter((hours) => deadlineMs - hours * HOUR_MS <= now.getTime());
  return passed.length === 0 ? undefined : Math.min(...passed);
}

/** Every reminder due now (queued already or not), ordered by round id, then student id. */
export function dueReminders(
  data: Readonly<KoppelView>,
  now: Date,
  moments: readonly number[] = DEFAULT_REMINDER_HOURS,
): DueReminder[] {
  const due: DueReminder[] = [];
  for (const student of Object.values(data.students)) {
    const round = ownValue(data.rounds, student.roundId);
    const reminder = round && planFor(data, round, student, now, moments);
    if (reminder) due.push(reminder);
  }
  return due.sort((a, b) => compare(a.roundId, b.roundId) || compare(a.studentId, b.studentId));
}

/** The reminder due now for one student of one round, if any. */
export function reminderFor(
  data: Readonly<KoppelView>,
  roundId: string,
  studentId: string,
  now: Date,
  moments: readonly number[] = DEFAULT_REMINDER_HOURS,
): DueReminder | undefined {
  const round = ownValue(data.rounds, roundId);
  const student = ownValue(data.students, studentId);
  if (!round || !student || student.roundId !== roundId) return undefined;
  return planFor(data, round, student, now, moments);
}

function planFor(
  data: Readonly<KoppelView>,
  round: Round,
  student: Student,
  now: Date,
  moments: readonly number[],
): DueReminder | undefined {
  if (!acceptsWishes(round, now) || !awaitsWish(student)) return undefined;
  const moment = currentMoment(round.wishesDeadline, now, moments);
  // Without a chat identity there is nobody to reach yet; they are reminded once they have one.
  const identity = student.identities[0];
  if (moment === undefined || !identity) return undefined;
  return {
    key: reminderKey(round.id, student.id, moment),
    roundId: round.id,
    studentId: student.id,
    recipient: { platform: identity.platform, userId: identity.userId },
    deadline: round.wishesDeadline,
    moment,
  };
}

// Ids may be any `Id`, including names like `constructor`: look up own entries only.
function ownValue<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

// Code-unit order, not locale order: the same on every machine.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
