import type { Form, FormAction } from '../../dialogs/form.js';
import type { Language, Reply } from '../../dialogs/turn.js';
import { ACTION_PREFIX, submitValue } from './action-values.js';
import { LIMITS } from './block-limits.js';
import { actionBlocks, button, context, factSections, fallbackText, header, sections, type SlackBlock } from './blocks.js';
import { textsFor } from '../../dialogs/texts/index.js';

// Neutral replies → Slack messages (pure). A reply longer than one message (50 blocks) continues
// in the next one, so nothing is cut; buttons always come last. A form with fields becomes a short
// message with an "Open" button that opens it as a modal (Slack messages hold no real form).

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export interface RenderContext {
  language: Language;
  /** Keeps a form on the server for its "Open" button; returns the key the button carries. */
  parkForm(form: Form): string;
}

export function replyMessages(reply: Reply, ctx: RenderContext): SlackMessage[] {
  switch (reply.kind) {
    case 'text':
      return toMessages(sections(reply.text), reply.text);
    case 'summary':
      return toMessages([header(reply.title), ...(reply.intro ? sections(reply.intro) : []), ...factSections(reply.facts)], reply.title);
    // Slack draws no charts: the same figures as facts.
    case 'chart':
      return toMessages([header(reply.title), ...factSections(reply.facts)], reply.title);
    case 'form':
      return toMessages(formBlocks(reply.form, ctx), reply.form.title);
    case 'live':
      return [liveMessage(reply, ctx)];
    case 'file':
      return toMessages(sections(reply.description), reply.description);
  }
}

/** A live message is always exactly one message, because it is updated in place later. */
export function liveMessage(reply: Extract<Reply, { kind: 'live' }>, ctx: RenderContext): SlackMessage {
  const refresh = button({ label: reply.refreshLabel, actionId: `${ACTION_PREFIX.refresh}.0`, value: JSON.stringify({ key: reply.key }) });
  const blocks = formBlocks(reply.form, ctx, [refresh]);
  return { text: fallbackText(reply.form.intro ?? reply.form.title), blocks: fitOneMessage(blocks, ctx.language) };
}

/** Read-only parts of a form (title, intro, notice, sections, errors), then its buttons. */
export function formBlocks(form: Form, ctx: RenderContext, extraButtons: SlackBlock[] = []): SlackBlock[] {
  const texts = textsFor(ctx.language).slack;
  let index = 0;
  const nextId = (prefix: string) => `${prefix}.${index++}`;
  const actionButton = (action: FormAction, primary: boolean) =>
    button({ label: action.label, actionId: nextId(ACTION_PREFIX.submit), value: submitValue(action, false), ...(primary ? { style: 'primary' as const } : {}) });
  const blocks: SlackBlock[] = [header(form.title), ...readOnlyBlocks(form, (action) => actionButton(action, false))];
  if (form.errors) {
    const labels = new Map(form.fields.map((f) => [f.id, f.label]));
    for (const [id, message] of Object.entries(form.errors)) blocks.push(context(`⚠️ ${labels.get(id) ?? ''}${labels.has(id) ? ': ' : ''}${message}`));
  }
  const buttons: SlackBlock[] = [];
  if (form.fields.length > 0) {
    buttons.push(button({ label: texts.open, actionId: nextId(ACTION_PREFIX.open), value: JSON.stringify({ form: ctx.parkForm(form) }), style: 'primary' }));
    // Secondary actions never need the fields, so they work from the message too.
    for (const action of form.actions.filter((a) => a.style === 'secondary')) buttons.push(actionButton(action, false));
  } else {
    for (const action of form.actions) buttons.push(actionButton(action, action.style !== 'secondary'));
  }
  return [...blocks, ...actionBlocks([...buttons, ...extraButtons])];
}

/** Intro, notice and sections (each with its own button), shared by messages, modals and App Home. */
export function readOnlyBlocks(form: Form, sectionButton: (action: FormAction) => SlackBlock): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  if (form.intro) blocks.push(...sections(form.intro));
  if (form.notice) blocks.push(...sections(`${form.notice.tone === 'warning' ? '⚠️' : 'ℹ️'} ${form.notice.text}`));
  for (const section of form.sections ?? []) {
    const parts = factSections(section.facts, section.title);
    if (section.action && parts.length > 0) parts[0] = { ...parts[0], accessory: sectionButton(section.action) };
    blocks.push({ type: 'divider' }, ...parts);
  }
  return blocks;
}

/** Blocks → messages of at most 50 blocks; the fallback text goes with the first. */
export function toMessages(blocks: SlackBlock[], text: string): SlackMessage[] {
  const messages: SlackMessage[] = [];
  for (let i = 0; i < blocks.length; i += LIMITS.blocksPerMessage) {
    messages.push({ text: fallbackText(i === 0 ? text : '…'), blocks: blocks.slice(i, i + LIMITS.blocksPerMessage) });
  }
  return messages.length > 0 ? messages : [{ text: fallbackText(text), blocks: [] }];
}

/** Keeps the last blocks (the buttons) and cuts read-only blocks before them, saying how many. */
export function fitOneMessage(blocks: SlackBlock[], language: Language, max: number = LIMITS.blocksPerMessage): SlackBlock[] {
  if (blocks.length <= max) return blocks;
  const tail = blocks.filter((b) => b.type === 'actions');
  const body = blocks.filter((b) => b.type !== 'actions');
  const room = max - tail.length - 1;
  return [...body.slice(0, room), context(textsFor(language).slack.more(body.length - room)), ...tail];
}
