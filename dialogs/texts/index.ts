import type { Language } from '../turn.js';
import { en } from './en.js';
import { nl, type Texts } from './nl.js';

export type { Texts };

export function textsFor(language: Language): Texts {
  return language === 'en' ? en : nl;
}
