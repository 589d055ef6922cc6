// Text that a person typed (a company name, a learning wish, a round name) travels inside Koppel's own
// texts, which carry markup (**bold**) and reach other people. It is marked where a dialog puts it in a
// reply, with two private-use characters around it, so that each renderer shows exactly that part as
// inert text for its medium (Teams markdown, Adaptive Card text, Slack mrkdwn) and leaves the rest alone.

const START = '\uE000';
const END = '\uE001';
const MARKS = /[\uE000\uE001]/g;
const MARKED = /\uE000([^\uE000\uE001]*)\uE001/g;

/** Marks text a person typed; marks it may contain itself are dropped, so nobody can close the mark early. */
export function userText(text: string): string {
  return `${START}${text.replace(MARKS, '')}${END}`;
}

/**
 * A reply's text with each marked part passed through `inert` and every other part through `own`;
 * no mark is left (an unpaired one is dropped).
 */
export function renderUserText(text: string, inert: (typed: string) => string, own: (text: string) => string = (t) => t): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(MARKED)) {
    out += own(text.slice(last, match.index).replace(MARKS, '')) + inert(match[1]);
    last = match.index + match[0].length;
  }
  return out + own(text.slice(last).replace(MARKS, ''));
}

/** The text without marks, as a person reads it (for tests and logs of lengths). */
export function withoutMarks(text: string): string {
  return text.replace(MARKS, '');
}

/** Line breaks and tabs in typed text become one space: typed text never starts a heading, list or quote. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\t\v\f\u0085\u2028\u2029]+/g, ' ');
}
