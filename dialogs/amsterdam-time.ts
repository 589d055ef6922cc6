// Dates and times people type are Dutch local time; the store keeps ISO moments with an offset.
const zone = 'Europe/Amsterdam';

/** Offset of Amsterdam from UTC, in minutes, at a given moment (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(at).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((local - at.getTime()) / 60_000);
}

/** `2027-01-20` + `09:00` in Amsterdam → `2027-01-20T09:00:00+01:00`. */
export function amsterdamMoment(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const offset = offsetMinutes(new Date(guess.getTime() - offsetMinutes(guess) * 60_000));
  const sign = offset >= 0 ? '+' : '-';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${date}T${time}:00${sign}${hh}:${mm}`;
}
