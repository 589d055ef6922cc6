// Block Kit's documented limits (docs.slack.dev, reference/block-kit): exceeding any of them makes
// Slack refuse the whole message or view, so every renderer cuts to these first.
export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  inputLabel: 2000,
  hint: 2000,
  placeholder: 150,
  plainTextInputMax: 3000,
  optionText: 75,
  optionValue: 150,
  optionsPerSelect: 100,
  optionGroups: 100,
  optionGroupLabel: 75,
  choicesForRadioOrCheckboxes: 10,
  blockId: 255,
  actionId: 255,
  viewTitle: 24,
  viewButton: 24,
  privateMetadata: 3000,
  /** chat.postMessage's fallback `text`: shown in notifications; Slack truncates far above this. */
  fallbackText: 3000,
} as const;

const ELLIPSIS = '…';

/** Shortens to at most `max` characters, ending in an ellipsis when something was cut. */
export function cut(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * Splits long text into pieces of at most `max` characters, preferring paragraph, line and word
 * boundaries, so nothing is lost: the reader gets the rest in the next block or message.
 */
export function splitText(text: string, max: number): string[] {
  const chars = Array.from(text);
  const pieces: string[] = [];
  let start = 0;
  while (chars.length - start > max) {
    const head = chars.slice(start, start + max).join('');
    const at = Math.max(head.lastIndexOf('\n\n'), head.lastIndexOf('\n'), head.lastIndexOf(' '));
    // Break at a boundary in the second half of the piece, else hard at the limit.
    const end = at > max / 2 ? Array.from(head.slice(0, at)).length : max;
    pieces.push(chars.slice(start, start + end).join('').trimEnd());
    start += end;
    while (start < chars.length && /\s/.test(chars[start])) start += 1;
  }
  const rest = chars.slice(start).join('');
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}
