import { oneLine, renderUserText } from '../../dialogs/user-text.js';

// Dialog texts use **bold** (as in Teams' markdown); Slack's mrkdwn has *bold* and treats
// &, < and > as control characters, so those are escaped first. Text a person typed (marked by
// the dialogs) is made inert besides: mrkdwn has no escape for *, _, ~ and `, so those become
// look-alike characters, and an invisible word joiner (U+2060) keeps Slack from turning a typed
// address, host name or @-word into a link or mention. What a person reads stays the same.

const JOIN = '\u2060';
const LOOK_ALIKE: Record<string, string> = { '*': '\u2217', _: '\u02CD', '~': '\u223C', '`': '\u02CB' };

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Typed text on one line, with nothing Slack would turn into a link or mention: `https://…`, host names, @-words. */
function unlinked(typed: string): string {
  return oneLine(typed).replace(/:(?=\/\/)|\.(?=[a-z]{2})|@(?=\S)/gi, (c) => `${c}${JOIN}`);
}

/** Typed text as inert mrkdwn: no formatting, link, mention (`<!channel>`, `<@U…>`), quote or line break. */
export function inertMrkdwn(typed: string): string {
  return escapeMrkdwn(unlinked(typed).replace(/[*_~`]/g, (c) => LOOK_ALIKE[c]));
}

/** Dialog markdown → Slack mrkdwn. */
export function toMrkdwn(text: string): string {
  return renderUserText(text, inertMrkdwn, escapeMrkdwn).replace(/\*\*(.+?)\*\*/gs, '*$1*');
}

/** Text for plain_text objects (labels, buttons, options): markdown markers removed, typed text on one line. */
export function toPlain(text: string): string {
  return renderUserText(text, (typed) => unlinked(typed).replace(/\*/g, LOOK_ALIKE['*'])).replace(/\*\*(.+?)\*\*/gs, '$1');
}

/** A message's fallback text (notifications): plain, with typed text unable to mention anyone. */
export function toFallback(text: string): string {
  return renderUserText(text, (typed) => escapeMrkdwn(unlinked(typed).replace(/\*/g, LOOK_ALIKE['*']))).replace(/\*\*(.+?)\*\*/gs, '$1');
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
    .replace(/[\uE000\uE001]/g, '')
    .trim();
}
