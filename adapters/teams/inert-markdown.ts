import { oneLine, renderUserText } from '../../dialogs/user-text.js';

// Teams renders message text and Adaptive Card TextBlocks as markdown (cards a subset: emphasis, lists,
// links), and message text may hold HTML. Backslash escapes are not read alike by every Teams client
// (mobile clients showed the backslashes), so typed text is made inert another way: emphasis and code
// markers become look-alike characters, and an invisible word joiner (U+2060) sits where markdown, HTML
// and the clients' link detection would otherwise see syntax. What a person reads stays the same.

const JOIN = '\u2060';

const LOOK_ALIKE: Record<string, string> = { '*': '\u2217', _: '\u02CD', '~': '\u223C', '`': '\u02CB', '<': '\u2039', '>': '\u203A' };

/** Typed text as inert Teams markdown: no emphasis, link, image, heading, list, quote, HTML tag or autolink. */
export function inertMarkdown(typed: string): string {
  const inert = oneLine(typed)
    .replace(/[*_~`<>]/g, (c) => LOOK_ALIKE[c])
    // `](` makes a link, `![` an image, `|` a table cell, `\\` an escape.
    .replace(/[[|]/g, (c) => `${JOIN}${c}`)
    .replace(/[\]\\]/g, (c) => `${c}${JOIN}`)
    // Clients turn `https://…`, `www.…`, `name@host.nl` and bare host names into links; `&lt;` is an entity.
    .replace(/:(?=\/\/)|\.(?=[a-z]{2})|[@&](?=\S)/gi, (c) => `${c}${JOIN}`);
  // At the start of a line `#`, `-`, `+`, `=` or `1.` would start a block.
  return /^[#+\-=\d]/.test(inert) ? `${JOIN}${inert}` : inert;
}

/** A reply's markdown (a message, a TextBlock, a fact) with its typed parts inert. */
export function teamsMarkdown(text: string): string {
  return renderUserText(text, inertMarkdown);
}

/** Plain card text (labels, choices, buttons): Teams shows it as it is, so typed parts only lose their line breaks. */
export function teamsPlain(text: string): string {
  return renderUserText(text, oneLine);
}
