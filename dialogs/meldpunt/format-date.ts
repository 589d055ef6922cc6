import type { Language } from '../turn.js';

/** A calendar date (`2027-03-01`) as people read it; noon UTC keeps it the same day in Amsterdam. */
export function formatDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(`${date.slice(0, 10)}T12:00:00Z`));
}
