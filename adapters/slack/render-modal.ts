import type { Form, FormAction } from '../../dialogs/form.js';
import type { Language } from '../../dialogs/turn.js';
import { ACTION_PREFIX, submitValue, type ModalMetadata } from './action-values.js';
import { cut, LIMITS } from './block-limits.js';
import { actionBlocks, button, context, plain, sections, type SlackBlock } from './blocks.js';
import { fitOneMessage, readOnlyBlocks } from './render-message.js';
import { inputBlock } from './render-inputs.js';
import { textsFor } from '../../dialogs/texts/index.js';

// A neutral form → a Slack modal (pure). The form's first primary action is the modal's submit
// button; its verb and data travel in private_metadata. Every other action is a button in the
// modal: a primary one sends the fields along, a secondary one never needs them.

export const MODAL_CALLBACK_ID = 'koppel.form';

export interface ModalContext {
  language: Language;
  /** Keeps metadata too long for Slack (3000 characters) on the server; returns its key. */
  parkMetadata(metadata: ModalMetadata): string;
}

export function primaryAction(form: Form): FormAction | undefined {
  return form.actions.find((a) => a.style !== 'secondary');
}

export function formModal(form: Form, ctx: ModalContext): SlackBlock {
  const texts = textsFor(ctx.language).slack;
  // Slack requires a submit button when a modal has inputs: without a primary action the first
  // action submits, and without any action the button just closes (no verb is sent).
  const submit = primaryAction(form) ?? (form.fields.length > 0 ? form.actions[0] : undefined);
  const submitLabel = submit?.label ?? (form.fields.length > 0 ? texts.close : undefined);
  let index = 0;
  const actionButton = (action: FormAction, withInputs: boolean) =>
    button({ label: action.label, actionId: `${ACTION_PREFIX.submit}.${index++}`, value: submitValue(action, withInputs), ...(withInputs ? { style: 'primary' as const } : {}) });

  const top: SlackBlock[] = [];
  // The modal title holds 24 characters; a longer title is repeated in full at the top.
  if ([...form.title].length > LIMITS.viewTitle) top.push(...sections(`**${form.title}**`));
  top.push(...readOnlyBlocks(form, (action) => actionButton(action, false)));
  const inputs: SlackBlock[] = [];
  for (const field of form.fields) {
    inputs.push(inputBlock(field, texts));
    const error = form.errors?.[field.id];
    if (error) inputs.push(context(`⚠️ ${error}`));
  }
  const otherErrors = Object.entries(form.errors ?? {}).filter(([id]) => !form.fields.some((f) => f.id === id));
  for (const [, message] of otherErrors) inputs.push(context(`⚠️ ${message}`));
  const buttons = form.actions.filter((a) => a !== submit).map((a) => actionButton(a, a.style !== 'secondary' && form.fields.length > 0));

  const metadata: ModalMetadata = { formId: form.id, ...(submit ? { verb: submit.verb, ...(submit.data ? { data: submit.data } : {}) } : {}) };
  const json = JSON.stringify(metadata);
  return {
    type: 'modal',
    callback_id: MODAL_CALLBACK_ID,
    title: plain(form.title, LIMITS.viewTitle),
    close: plain(texts.close, LIMITS.viewButton),
    ...(submitLabel ? { submit: plain(submitLabel, LIMITS.viewButton) } : {}),
    private_metadata: json.length <= LIMITS.privateMetadata ? json : JSON.stringify({ formId: cut(form.id, 200), stored: ctx.parkMetadata(metadata) }),
    blocks: fitModal(top, inputs, actionBlocks(buttons), ctx.language),
  };
}

/** Inputs and buttons always stay; read-only text above them is cut first when a modal would pass 100 blocks. */
function fitModal(top: SlackBlock[], inputs: SlackBlock[], buttons: SlackBlock[], language: Language): SlackBlock[] {
  const fixed = inputs.length + buttons.length;
  if (top.length + fixed <= LIMITS.blocksPerView) return [...top, ...inputs, ...buttons];
  const room = Math.max(0, LIMITS.blocksPerView - fixed - 1);
  const kept = [...top.slice(0, room), context(textsFor(language).slack.more(top.length - room))];
  // Only when the inputs alone pass the limit (no real form does) is the end cut too.
  return fitOneMessage([...kept, ...inputs, ...buttons], language, LIMITS.blocksPerView);
}
