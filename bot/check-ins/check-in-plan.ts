import type { CheckIn, CheckInMoment } from '../domain/check-in.js';
import type { Placement } from '../domain/placement.js';
import type { KoppelView } from '../koppel-data.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';

// When the private check-ins fall, and which are due now. Pure: the pass decides the scope and the
// unit of work. A check-in is asked from its day on, for a week: a student placed later does not
// get the questions of a moment long past.

export interface CheckInSettings {
  moments: readonly CheckInMoment[];
  internshipWeeks: number;
}

export const DEFAULT_CHECK_IN_SETTINGS: CheckInSettings = { moments: ['week-2', 'halfway', 'last-week'], internshipWeeks: 20 };

const DAY_MS = 86_400_000;
const ASK_WITHIN_DAYS = 7;

/** The first day of the moment's week, counted from the internship's start. */
export function dueOn(internshipStart: string, moment: CheckInMoment, weeks: number): string {
  const week = moment === 'week-2' ? 1 : moment === 'halfway' ? Math.floor(weeks / 2) : weeks - 1;
  return new Date(Date.parse(`${internshipStart}T12:00:00Z`) + week * 7 * DAY_MS).toISOString().slice(0, 10);
}

export const checkInId = (placementId: string, moment: CheckInMoment): string => `${placementId}.${moment}`;

/** Whether any moment's week holds today: most passes find none and read nothing more. */
export function anyMomentOpen(internshipStart: string, now: Date, settings: CheckInSettings): boolean {
  const today = Date.parse(now.toISOString().slice(0, 10));
  return settings.moments.some((moment) => {
    const late = (today - Date.parse(dueOn(internshipStart, moment, settings.internshipWeeks))) / DAY_MS;
    return late >= 0 && late < ASK_WITHIN_DAYS;
  });
}

/** The check-ins of a round due now that do not exist yet, and the message that asks each. The view holds the round, its placements, students and check-ins. */
export function dueCheckIns(view: Readonly<KoppelView>, roundId: string, now: Date, settings: CheckInSettings): Array<{ checkIn: CheckIn; message: QueuedNotification }> {
  const round = Object.hasOwn(view.rounds, roundId) ? view.rounds[roundId] : undefined;
  if (!round) return [];
  const today = now.toISOString().slice(0, 10);
  const due: Array<{ checkIn: CheckIn; message: QueuedNotification }> = [];
  for (const placement of Object.values(view.placements).filter((p) => p.roundId === roundId && !p.endedAt)) {
    for (const moment of settings.moments) {
      const day = dueOn(round.internshipStart, moment, settings.internshipWeeks);
      const late = (Date.parse(today) - Date.parse(day)) / DAY_MS;
      if (late < 0 || late >= ASK_WITHIN_DAYS || Object.hasOwn(view.checkIns, checkInId(placement.id, moment))) continue;
      const asked = ask(view, placement, moment, day, now);
      if (asked) due.push(asked);
    }
  }
  return due;
}

function ask(view: Readonly<KoppelView>, placement: Placement, moment: CheckInMoment, day: string, now: Date) {
  const student = Object.hasOwn(view.students, placement.studentId) ? view.students[placement.studentId] : undefined;
  const recipient = student?.identities[0];
  if (!student || !recipient) return undefined;
  const checkIn: CheckIn = {
    id: checkInId(placement.id, moment), placementId: placement.id, roundId: placement.roundId, studentId: student.id,
    programmeCode: student.programmeCode, moment, dueOn: day, askedAt: now.toISOString(),
  };
  // Only to the student's own chat, never to the company's people.
  const message: QueuedNotification = {
    key: `check-in:${checkIn.id}`,
    recipient: { platform: recipient.platform, userId: recipient.userId },
    notification: { kind: 'check-in', roundId: checkIn.roundId, studentId: student.id, checkInId: checkIn.id },
  };
  return { checkIn, message };
}
