import { cut, LIMITS, splitText } from './block-limits.js';
import { toFallback, toMrkdwn, toPlain } from './mrkdwn.js';

// Small builders for the Block Kit blocks Koppel uses, each already within Slack's limits.

export type SlackBlock = { type: string } & Record<string, unknown>;

export const plain = (text: string, max: number) => ({ type: 'plain_text', text: cut(toPlain(text), max) || ' ', emoji: true });

export function header(text: string): SlackBlock {
  return { type: 'header', text: plain(text, LIMITS.headerText) };
}

/** One or more sections: text longer than a section holds continues in the next one. */
export function sections(text: string): SlackBlock[] {
  return splitText(toMrkdwn(text), LIMITS.sectionText).map((piece) => ({ type: 'section', text: { type: 'mrkdwn', text: piece || ' ' } }));
}

export function context(text: string): SlackBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: cut(toMrkdwn(text), LIMITS.sectionText) }] };
}

/** Label/value pairs as section fields, ten per section (Slack's maximum), under an optional bold title. */
export function factSections(facts: ReadonlyArray<{ label: string; value: string }>, title?: string): SlackBlock[] {
  const chunks: Array<typeof facts> = [];
  for (let i = 0; i < facts.length; i += LIMITS.sectionFields) chunks.push(facts.slice(i, i + LIMITS.sectionFields));
  if (chunks.length === 0 && title) chunks.push([]);
  return chunks.map((chunk, i) => ({
    type: 'section',
    ...(i === 0 && title ? { text: { type: 'mrkdwn', text: cut(`*${toMrkdwn(title)}*`, LIMITS.sectionText) } } : {}),
    ...(chunk.length > 0 ? { fields: chunk.map((f) => ({ type: 'mrkdwn', text: cut(`*${toMrkdwn(f.label)}*\n${toMrkdwn(f.value)}`, LIMITS.fieldText) })) } : {}),
  }));
}

export interface ButtonSpec {
  label: string;
  actionId: string;
  value: string;
  style?: 'primary';
}

export function button(spec: ButtonSpec): SlackBlock {
  return {
    type: 'button',
    text: plain(spec.label, LIMITS.buttonText),
    action_id: spec.actionId,
    value: spec.value,
    ...(spec.style ? { style: spec.style } : {}),
  };
}

/** Buttons in actions blocks of at most 25 elements each. */
export function actionBlocks(buttons: SlackBlock[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.actionsElements) {
    blocks.push({ type: 'actions', elements: buttons.slice(i, i + LIMITS.actionsElements) });
  }
  return blocks;
}

/** The fallback text of a message (notifications, screen readers): the first words, plain. */
export function fallbackText(text: string): string {
  return cut(toFallback(text), LIMITS.fallbackText);
}
