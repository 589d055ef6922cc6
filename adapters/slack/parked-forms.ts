import { VERBS } from '../../dialogs/verbs.js';
import { z } from 'zod/v4';
import type { WaitingItems, WaitingShelf } from '../../bot/waiting/waiting-items.js';
import type { Form } from '../../dialogs/form.js';
import { ModalMetadata } from './action-values.js';

// A Slack button carries at most 2000 characters and a modal's metadata 3000, too little for a
// form with its choices. Such content waits in the store under a short random key, for the person
// it was shown to: the click may reach another Koppel process, or one started since. After a week,
// or when what is stored no longer reads as a form of this version, the person is asked to type
// the command again (see formExpired).

export interface Parking<T> {
  /** Keeps `item` for the Slack user `ownerId`; returns its key. */
  put(ownerId: string, item: T): Promise<string>;
  /** The item, left in place (a message's button may be clicked again); undefined when unknown, expired or someone else's. */
  get(key: string, ownerId: string): Promise<T | undefined>;
}

const Choice = z.object({ value: z.string(), label: z.string() });
const fieldBase = {
  id: z.string(),
  label: z.string(),
  help: z.string().optional(),
  required: z.object({ message: z.string() }).optional(),
};
const Field = z.discriminatedUnion('kind', [
  z.object({ ...fieldBase, kind: z.literal('text'), value: z.string().optional(), placeholder: z.string().optional(), maxLength: z.number(), multiline: z.boolean().optional() }),
  z.object({ ...fieldBase, kind: z.literal('number'), value: z.number().optional(), min: z.number(), max: z.number() }),
  z.object({ ...fieldBase, kind: z.literal('choice'), value: z.string().optional(), choices: z.array(Choice), style: z.enum(['compact', 'expanded']).optional() }),
  z.object({ ...fieldBase, kind: z.literal('multi-choice'), value: z.array(z.string()).optional(), choices: z.array(Choice), maxSelected: z.number().optional() }),
  z.object({ ...fieldBase, kind: z.literal('toggle'), value: z.boolean().optional() }),
  z.object({ ...fieldBase, kind: z.literal('date'), value: z.string().optional() }),
  z.object({ ...fieldBase, kind: z.literal('time'), value: z.string().optional() }),
]);
const FormAction = z.object({
  verb: z.enum(VERBS),
  label: z.string(),
  data: z.record(z.string(), z.string()).optional(),
  style: z.enum(['primary', 'secondary']).optional(),
});

/** The whole neutral form (dialogs/form.ts), as the modal renderer reads it. */
export const FormSchema: z.ZodType<Form> = z.object({
  id: z.string(),
  title: z.string(),
  intro: z.string().optional(),
  notice: z.object({ tone: z.enum(['info', 'warning']), text: z.string() }).optional(),
  fields: z.array(Field),
  sections: z.array(z.object({ title: z.string(), facts: z.array(z.object({ label: z.string(), value: z.string() })), action: FormAction.optional() })).optional(),
  actions: z.array(FormAction),
  errors: z.record(z.string(), z.string()).optional(),
});

// Bumped when Form changes shape: a form parked by an older Koppel then reads as expired instead
// of reaching the renderer half understood.
const FORM_VERSION = 1;
const ParkedForm = z.object({ v: z.literal(FORM_VERSION), form: FormSchema });

export function parkedForms(waiting: WaitingItems): Parking<Form> {
  const shelf = waiting.shelf('slack-form', ParkedForm);
  return {
    put: (ownerId, form) => shelf.put(ownerId, { v: FORM_VERSION, form }),
    get: async (key, ownerId) => (await shelf.peek(key, ownerId))?.form,
  };
}

/** Modal metadata too long for Slack's private_metadata (rare: a submit action with much data). */
export function parkedModalMetadata(waiting: WaitingItems): Parking<ModalMetadata> {
  return fromShelf(waiting.shelf('slack-modal', ModalMetadata));
}

function fromShelf<T>(shelf: WaitingShelf<T>): Parking<T> {
  return { put: (ownerId, item) => shelf.put(ownerId, item), get: (key, ownerId) => shelf.peek(key, ownerId) };
}
