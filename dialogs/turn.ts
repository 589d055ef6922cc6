import type { Form } from './form.js';

// The small neutral vocabulary between adapters and dialogs: adapters turn platform requests
// into a Turn and render Replies; dialogs never see a platform type.

export type Language = 'nl' | 'en';

export interface PersonRef {
  platform: 'teams' | 'slack';
  /** The platform's user id (Teams `from.id`, Slack user id). */
  userId: string;
  /** Teams only: the Azure AD object id, which school admins know from their directory. */
  aadObjectId?: string;
}

export type Role =
  | { kind: 'coordinator' }
  | { kind: 'student'; studentId: string }
  | { kind: 'company-contact'; companyId: string }
  | { kind: 'unknown' };

export type TurnInput =
  | { kind: 'text'; text: string }
  | { kind: 'submit'; verb: string; values: Record<string, unknown> };

export interface Turn {
  person: PersonRef;
  language: Language;
  input: TurnInput;
}

export type Reply =
  | { kind: 'text'; text: string }
  | { kind: 'form'; form: Form }
  /** A message whose content the bot decides again each time it is shown (`key` names what to show). */
  | { kind: 'live'; key: string; form: Form }
  | { kind: 'summary'; title: string; intro?: string; facts: Array<{ label: string; value: string }> };

/** Platform locale ("en-US", "nl-NL", undefined) → the language we answer in; Dutch unless English. */
export function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
