import { z } from 'zod/v4';

// Text people type is stored as what they meant, not as the bytes a client sent: normalised to NFC
// (so "é" is one character however it was typed, and limits count what people see), trimmed, and
// refused when it holds characters nobody types on purpose: control characters, bidirectional
// overrides and isolates (which make text read differently from how it is stored, "Trojan Source"),
// unpaired surrogates, and the private-use marks Koppel's replies use around typed text.

// C0 and C1 controls, DEL; newline and tab are decided per field.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK = /[\r\n\t\u2028\u2029]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const PRIVATE_MARK = /[\uE000\uE001]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type FreeTextProblem = 'characters' | 'too-long' | 'required';

/** What is wrong with typed text, or undefined; `text` must already be normalised. */
export function freeTextProblem(text: string, { max, multiline = false, required = true }: FreeTextOptions): FreeTextProblem | undefined {
  if (LONE_SURROGATE.test(text) || CONTROL.test(text) || BIDI.test(text) || PRIVATE_MARK.test(text) || (!multiline && LINE_BREAK.test(text))) return 'characters';
  if (required && text.length === 0) return 'required';
  if (text.length > max) return 'too-long';
  return undefined;
}

export interface FreeTextOptions {
  max: number;
  /** Line breaks (and tabs) are fine in a text area, never in a name. */
  multiline?: boolean;
  required?: boolean;
}

export interface FreeTextMessages {
  characters: string;
  tooLong: (max: number) => string;
  required: string;
}

/** NFC, trimmed, `\r\n` as `\n`; anything but a string stays as it is for the schema to refuse. */
export function normaliseFreeText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  // normalize() would keep a lone surrogate; it is refused afterwards.
  const text = value.normalize('NFC');
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * The one schema for a free-text field of a form: a string normalised as above, with the person's
 * own words for what to fix. Optional fields turn empty into undefined.
 */
export function freeText(options: FreeTextOptions & { required: false }, messages: FreeTextMessages): z.ZodType<string | undefined, unknown>;
export function freeText(options: FreeTextOptions, messages: FreeTextMessages): z.ZodType<string, unknown>;
export function freeText(options: FreeTextOptions, messages: FreeTextMessages): z.ZodType<string | undefined, unknown> {
  const required = options.required ?? true;
  const text = z.string({ error: messages.required }).superRefine((value, ctx) => {
    const problem = freeTextProblem(value, { ...options, required });
    if (problem) ctx.addIssue({ code: 'custom', message: problem === 'too-long' ? messages.tooLong(options.max) : messages[problem] });
  });
  return z.preprocess((value) => {
    const normalised = normaliseFreeText(value);
    return !required && (normalised === '' || normalised === null) ? undefined : normalised;
  }, required ? text : text.optional());
}
