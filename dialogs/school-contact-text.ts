// Whom to ask, in words: the round's contact person with how to reach them, else the school's line.
import type { ContactInfo } from '../bot/school-contact.js';
import { textsFor } from './texts/index.js';
import type { Language } from './turn.js';
import { userText } from './user-text.js';

export function contactText(info: ContactInfo | undefined, language: Language): string | undefined {
  if (!info) return undefined;
  const x = textsFor(language).intake.schoolContact;
  if (info.kind === 'text') return x.text(userText(info.text));
  return x.person(userText(info.name), [info.email, info.phone].filter((w): w is string => w !== undefined).map(userText).join(', '));
}

/** The intro with the contact line after it, when there is one. */
export function withContact(intro: string, info: ContactInfo | undefined, language: Language): string {
  const line = contactText(info, language);
  return line ? `${intro}\n\n${line}` : intro;
}
