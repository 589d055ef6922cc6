// A moment as a Dutch coordinator types it: `15-01-2027 09:00`, `15-1-2027 9.00`, `2027-01-15 9:00`,
// `15 januari 2027 om 9:00`, `morgen 9:00`, `vandaag 14:30` or only `20:29` (today). English words
// work too (`tomorrow 9:00`). Dates are days in Amsterdam; the result is Amsterdam local date and time.
import { z } from 'zod/v4';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS_AHEAD: Record<string, number> = { vandaag: 0, today: 0, morgen: 1, tomorrow: 1, overmorgen: 2 };

export interface LocalMoment {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
}

const LocalDate = z.iso.date();

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Today's date in Amsterdam, plus some days. */
function amsterdamDay(now: Date, plusDays: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + plusDays);
  return day.toISOString().slice(0, 10);
}

/** `9:00`, `09.30`, `9u`, `9 uur`, `21:05:00` → HH:MM; undefined when it is no time of day. */
export function parseTime(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2})(?::\d{2})?|\s*(?:u|uur|h))$/.exec(text.trim().toLowerCase());
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  return hours <= 23 && minutes <= 59 ? `${pad(hours)}:${pad(minutes)}` : undefined;
}

function parseDate(text: string, now: Date): string | undefined {
  const words = text.trim().toLowerCase();
  if (Object.hasOwn(DAYS_AHEAD, words)) return amsterdamDay(now, DAYS_AHEAD[words]);
  let y: number, mo: number, d: number;
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(words);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(words);
  const named = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(words);
  if (dmy) [d, mo, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (ymd) [y, mo, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  else if (named) {
    const month = Math.max(MONTHS.indexOf(named[2]), MONTHS_EN.indexOf(named[2]));
    if (month < 0) return undefined;
    [d, mo, y] = [Number(named[1]), month + 1, Number(named[3])];
  } else return undefined;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  // 31-02-2027 is no date: the ISO check alone would let the calendar roll over.
  return LocalDate.safeParse(date).success && new Date(`${date}T12:00:00Z`).getUTCDate() === d ? date : undefined;
}

/** The moment typed, or undefined when the text is not one (then it may be a round's name). */
export function parseTypedMoment(text: string, now: Date): LocalMoment | undefined {
  const cleaned = text.trim().replace(/\s+/g, ' ').replace(/\s+(?:om|at)\s+/i, ' ');
  const onlyTime = parseTime(cleaned);
  if (onlyTime) return { date: amsterdamDay(now, 0), time: onlyTime };
  const split = /^(.*?\S)\s+(\d{1,2}\s+uur|\S+)$/i.exec(cleaned);
  if (!split) return undefined;
  const time = parseTime(split[2]);
  const date = time ? parseDate(split[1], now) : undefined;
  return date && time ? { date, time } : undefined;
}
