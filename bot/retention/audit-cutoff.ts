import { erasureMoment } from './retention-policy.js';

/**
 * The moment before which every audit line is past its period now: a line is due when its own
 * erasure moment, `erasureMoment(at, months)` (the end of a school year on or after `months` after
 * it), has come. Due lines are exactly those before this moment, so the store can remove them by
 * comparing moments, in the JSON file and in SQL alike. It moves once a year, on 1 August.
 */
export function auditCutoff(now: Date, months: number): string {
  // The last end of a school year that has come; erasureMoment gives each year's end (31 July 22:00 UTC).
  const thisYearsEnd = erasureMoment(new Date(Date.UTC(now.getUTCFullYear(), 0, 1)), 0);
  const year = now.getTime() >= thisYearsEnd.getTime() ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  // A line is due when the months after it fall on or before that end (31 July 22:00): going back,
  // that lands in month M. A month of 31 days is due up to its 31st at 22:00, a shorter one to its end
  // (its days all reach July without passing the 31st); Date.UTC carries a month of 30 days' "31st"
  // into the next month, so the smaller of the two is the right one.
  const month = 6 - months;
  return new Date(Math.min(Date.UTC(year, month, 31, 22, 0, 0, 1), Date.UTC(year, month + 1, 1))).toISOString();
}
