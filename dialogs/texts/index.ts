import type { Language } from '../turn.js';
import { en } from './en.js';
import { nl, type Texts } from './nl.js';

export type { Texts };

export function textsFor(language: Language): Texts {
  return language === 'en' ? en : nl;
}

/**
 * A text by a code that comes from outside the table's own type (a stored reason, a refusal of
 * another service), or undefined when the table has none: the caller says what to show then.
 */
export function textOf<T extends Record<string, unknown>>(table: T, code: string): T[keyof T] | undefined {
  return Object.hasOwn(table, code) ? table[code as keyof T] : undefined;
}
