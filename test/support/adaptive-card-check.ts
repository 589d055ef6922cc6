import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';

// Microsoft's own Adaptive Cards library (2.11.3: the 3.x build does not load in Node) needs a DOM.
const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const domGlobals = ['window', 'document', 'navigator', 'HTMLElement', 'HTMLDivElement', 'HTMLButtonElement', 'HTMLInputElement',
  'HTMLTextAreaElement', 'HTMLSelectElement', 'HTMLOptionElement', 'HTMLImageElement', 'HTMLAnchorElement', 'HTMLSpanElement',
  'HTMLTableElement', 'Element', 'Node', 'Event', 'KeyboardEvent', 'MouseEvent', 'getComputedStyle', 'DOMParser'];
for (const name of domGlobals) {
  if (!(name in globalThis)) Object.defineProperty(globalThis, name, { value: name === 'window' ? window : (window as unknown as Record<string, unknown>)[name], configurable: true, writable: true });
}
const AC = createRequire(import.meta.url)('adaptivecards');
// Teams renders markdown itself; here plain text is enough (and keeps the library from warning).
AC.AdaptiveCard.onProcessMarkdown = (text: string, result: { outputHtml: string; didProcess: boolean }) => {
  result.outputHtml = text;
  result.didProcess = true;
};

/** The highest version every Teams client renders. */
export const TEAMS_MAX_CARD_VERSION = 1.5;

function withChartFallbacks(json: Record<string, unknown>, problems: string[]): Record<string, unknown> {
  const swap = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(swap);
    if (!node || typeof node !== 'object') return node;
    const element = node as Record<string, unknown>;
    if (typeof element.type === 'string' && element.type.startsWith('Chart.')) {
      if (!element.fallback || typeof element.fallback !== 'object') problems.push(`${element.type} has no fallback element`);
      return swap(element.fallback ?? { type: 'TextBlock', text: '' });
    }
    return Object.fromEntries(Object.entries(element).map(([k, v]) => [k, swap(v)]));
  };
  return swap(json) as Record<string, unknown>;
}

/**
 * Parses, validates and renders a card the way a Teams client would. Returns every problem found:
 * parse events (unknown elements, unsupported versions), missing required properties, a version
 * above 1.5, or a card that does not render.
 */
export function adaptiveCardProblems(json: Record<string, unknown>): string[] {
  const problems: string[] = [];
  // Teams' chart elements are unknown to the renderer the tests use: each must carry a fallback the
  // renderer knows, and that fallback is what is checked (it is what a client without charts shows).
  json = withChartFallbacks(json, problems);
  if (Number(json.version) > TEAMS_MAX_CARD_VERSION) problems.push(`version ${String(json.version)} is above ${TEAMS_MAX_CARD_VERSION}`);
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  if (!card.render()) problems.push('the card does not render');
  return problems;
}
