import type { Verb } from './verbs.js';
// Neutral form definitions: a dialog describes what it asks once; each adapter renders it
// (an Adaptive Card in Teams, Block Kit in Slack), so a field added once shows everywhere.

/** Long lists a client may search on the server while the person types. */
export type ChoiceList = 'municipalities';

export interface Choice {
  value: string;
  label: string;
}

interface FieldBase {
  id: string;
  label: string;
  /** One short sentence under the label: what to fill in, or why we ask. */
  help?: string;
  /** Set when the field must be filled in: the message the client shows when it is left empty. */
  required?: { message: string };
}

export type Field =
  | (FieldBase & { kind: 'text'; value?: string; placeholder?: string; maxLength: number; multiline?: boolean })
  | (FieldBase & { kind: 'number'; value?: number; min: number; max: number })
  // 'filtered': a long list (all 342 municipalities) the person searches by typing.
  // `choicesFrom` names the list, so a client that asks while the person types (Slack) can look it up.
  | (FieldBase & { kind: 'choice'; value?: string; choices: Choice[]; style?: 'compact' | 'expanded' | 'filtered'; choicesFrom?: ChoiceList })
  | (FieldBase & { kind: 'multi-choice'; value?: string[]; choices: Choice[]; maxSelected?: number; style?: 'expanded' | 'filtered'; choicesFrom?: ChoiceList })
  | (FieldBase & { kind: 'toggle'; value?: boolean })
  | (FieldBase & { kind: 'date'; value?: string })
  | (FieldBase & { kind: 'time'; value?: string });

export interface FormAction {
  verb: Verb;
  label: string;
  /** Extra values sent back with the action (e.g. which part to edit). */
  data?: Record<string, string>;
  /** Secondary actions never require the form's fields to be filled in. */
  style?: 'primary' | 'secondary';
}

export interface Form {
  id: string;
  title: string;
  /** Short text above the fields; **bold** is allowed. */
  intro?: string;
  /** Feedback from the last submit (e.g. the learning-wish coach), shown above the fields. */
  notice?: { tone: 'info' | 'warning'; text: string };
  fields: Field[];
  /** Read-only parts (e.g. a summary), each with an optional button of its own (e.g. "Aanpassen"). */
  sections?: Array<{ title: string; facts: Array<{ label: string; value: string }>; action?: FormAction }>;
  actions: FormAction[];
  /** Messages per field id from the last submit, shown with the field. */
  errors?: Record<string, string>;
}
