import type { PersonKey, PersonRole } from '../bot/people.js';
import type { Form } from './form.js';

// The small neutral vocabulary between adapters and dialogs: adapters turn platform requests
// into a Turn and render Replies; dialogs never see a platform type.

export type Language = 'nl' | 'en';

/** Who wrote: the platform and its user id (Teams `from.id`, Slack user id), plus Teams' Azure AD object id. */
export type PersonRef = PersonKey;
export type Role = PersonRole;

export type TurnInput =
  /** `args`: what followed a command word (`ronde match Zorg 2027` → 'Zorg 2027'), set by the router. */
  | { kind: 'text'; text: string; args?: string }
  | { kind: 'submit'; verb: string; values: Record<string, unknown> }
  /** A file someone sent in the chat (e.g. a CSV export of the student records), read as UTF-8 text. */
  | { kind: 'file'; name: string; content: string };

/** Files larger than this are refused before they are read: an import of a whole school fits easily. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface Turn {
  person: PersonRef;
  language: Language;
  input: TurnInput;
}

export type Reply =
  | { kind: 'text'; text: string }
  | { kind: 'form'; form: Form }
  /** A message whose content the bot decides again each time it is shown (`key` names what to show), with a button to show it anew. */
  | { kind: 'live'; key: string; form: Form; refreshLabel: string }
  | { kind: 'summary'; title: string; intro?: string; facts: Array<{ label: string; value: string }> }
  /** Figures as a bar chart where the client draws one (Teams), with the same figures as facts everywhere else and as its fallback. */
  | { kind: 'chart'; title: string; labels: string[]; series: Array<{ label: string; values: number[] }>; facts: Array<{ label: string; value: string }> }
  /** A file handed over in the chat (e.g. a CSV export); each platform delivers files its own way. */
  | { kind: 'file'; name: string; mediaType: 'text/csv' | 'application/json' | 'text/plain'; content: string; description: string };

/** Platform locale ("en-US", "nl-NL", undefined) → the language we answer in; Dutch unless English. */
export function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
