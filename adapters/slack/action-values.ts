import { z } from 'zod/v4';
import type { FormAction } from '../../dialogs/form.js';

// What a Slack button carries back (its `value`, at most 2000 characters) and a modal carries in
// its private_metadata: always JSON, checked on the way in, since anyone can craft a payload.

export const ACTION_PREFIX = {
  /** A dialog action: the verb and its data become a submit turn. */
  submit: 'koppel.submit',
  /** Opens a form that was sent as a message in a modal. */
  open: 'koppel.open',
  /** Asks the server for the current content of a live message. */
  refresh: 'koppel.refresh',
} as const;

export const SubmitValue = z.object({ verb: z.string().min(1).max(200), data: z.record(z.string(), z.string()).optional(), withInputs: z.boolean().optional() });
export type SubmitValue = z.infer<typeof SubmitValue>;

export const OpenValue = z.object({ form: z.string().min(1).max(100) });
export const RefreshValue = z.object({ key: z.string().min(1).max(300) });

/** What a modal remembers: the form it shows and the verb its submit button sends. */
export const ModalMetadata = z.object({
  formId: z.string().max(200),
  verb: z.string().max(200).optional(),
  data: z.record(z.string(), z.string()).optional(),
  /** Set when the metadata itself was too long and is kept on the server. */
  stored: z.string().max(100).optional(),
});
export type ModalMetadata = z.infer<typeof ModalMetadata>;

export function submitValue(action: FormAction, withInputs: boolean): string {
  return JSON.stringify({ verb: action.verb, ...(action.data ? { data: action.data } : {}), ...(withInputs ? { withInputs } : {}) });
}

export function parseJson<S extends z.ZodType>(schema: S, text: string | undefined): z.infer<S> | undefined {
  if (!text) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The values a dialog receives for an action, shaped as the Teams adapter sends them: the verb, the data, then the inputs. */
export function submitValues(verb: string, data: Record<string, string> | undefined, inputs: Record<string, string> = {}): Record<string, unknown> {
  return { ...inputs, ...data, verb };
}
