import { renderUserText } from '../../dialogs/user-text.js';

// Text into HTML: everything escaped, typed text (marked by the dialogs) kept entirely inert, and
// Koppel's own texts allowed their small markup: **bold** and line breaks.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** One of Koppel's texts as HTML: its own **bold** and line breaks render; typed parts never do. */
export function textHtml(text: string): string {
  return renderUserText(text, escapeHtml, (own) => escapeHtml(own).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>'))
    .replace(/\r?\n/g, '<br>');
}

/** A text where no markup belongs (a value, a title): escaped, marks dropped. */
export function plainHtml(text: string): string {
  return renderUserText(text, escapeHtml, escapeHtml);
}
