// When before a wish deadline a student who has not confirmed hears from us, in hours.
// Configurable per school (REMINDER_HOURS=72,24); parsed here so a wrong value is refused at start.

export const DEFAULT_REMINDER_HOURS: readonly number[] = Object.freeze([72, 24]);
export const MIN_REMINDER_HOURS = 1;
/** Thirty days: a round's wish period is never longer, so more is a typo. */
export const MAX_REMINDER_HOURS = 720;

export type ReminderMomentsResult = { ok: true; hours: number[] } | { ok: false; message: string };

/**
 * Unset or blank means the default. Otherwise a comma-separated list of whole hours (spaces allowed),
 * each 1..720 and none twice; returned sorted from earliest to latest moment (largest hours first).
 * Messages read after the variable's name: "REMINDER_HOURS must ...".
 */
export function parseReminderMoments(text: string | undefined): ReminderMomentsResult {
  if (text === undefined || text.trim() === '') return { ok: true, hours: [...DEFAULT_REMINDER_HOURS] };
  const hours: number[] = [];
  for (const raw of text.split(',')) {
    const item = raw.trim();
    if (!/^\d+$/.test(item)) {
      return fail(item === '' ? 'has an empty item (two commas in a row, or one at the start or end)' : `'${item}' is not a whole number of hours`);
    }
    const value = Number(item);
    if (value < MIN_REMINDER_HOURS || value > MAX_REMINDER_HOURS) {
      return fail(`${value} is outside ${MIN_REMINDER_HOURS}..${MAX_REMINDER_HOURS}`);
    }
    if (hours.includes(value)) return fail(`${value} appears more than once`);
    hours.push(value);
  }
  return { ok: true, hours: hours.sort((a, b) => b - a) };
}

function fail(problem: string): ReminderMomentsResult {
  return {
    ok: false,
    message: `must be whole hours before the wish deadline from ${MIN_REMINDER_HOURS} to ${MAX_REMINDER_HOURS}, separated by commas, e.g. 72,24: ${problem}`,
  };
}
