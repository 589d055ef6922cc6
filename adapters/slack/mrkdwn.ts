// Dialog texts use **bold** (as in Teams' markdown); Slack's mrkdwn has *bold* and treats
// &, < and > as control characters, so those are escaped first.

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Dialog markdown → Slack mrkdwn. */
export function toMrkdwn(text: string): string {
  return escapeMrkdwn(text).replace(/\*\*(.+?)\*\*/gs, '*$1*');
}

/** Text for plain_text objects (labels, buttons, options): markdown markers removed. */
export function toPlain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/gs, '$1');
}

/**
 * Text a person typed, as Slack delivers it (entities for &, < and >; links, e-mail addresses
 * and mentions in angle brackets) → the plain text the dialogs read. Mentions of the bot
 * ("@Koppel help") are removed, as the Teams adapter does.
 */
export function fromSlackText(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, '')
    .replace(/<(?:mailto:|https?:\/\/)?([^>|]*)\|([^>]*)>/g, '$2')
    .replace(/<(?:mailto:)?([^>]*)>/g, '$1')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .trim();
}
