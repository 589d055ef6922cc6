// Numbers as each language writes them: "1 student, 2 studenten", "3,5 min" in Dutch; never "student(en)".
import type { Language } from '../turn.js';

export function count(n: number, one: string, more: string): string {
  return `${n} ${n === 1 ? one : more}`;
}

/** At most one decimal, with the language's decimal sign (3,5 in Dutch, 3.5 in English). */
export function decimal(n: number, language: Language): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(n);
}
