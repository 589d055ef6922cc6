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

/** A whole page: language, a phone's width, no referrer, its own style; nothing loaded from elsewhere. */
export function documentHtml(page: { language: string; title: string; style: string; body: string; head?: string }): string {
  return `<!doctype html>
<html lang="${page.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
${page.head ?? ''}<title>${escapeHtml(page.title)}</title>
<style>${page.style}</style>
</head>
<body>${page.body}
</body>
</html>`;
}
