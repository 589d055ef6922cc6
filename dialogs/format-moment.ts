import type { Language } from './turn.js';

// Dutch schools live in one time zone; moments are shown in it whatever the server's zone.
const zone = 'Europe/Amsterdam';

export function formatMoment(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(new Date(iso));
}
