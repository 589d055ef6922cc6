import { textsFor } from '../../dialogs/texts/index.js';
import type { Language, Reply } from '../../dialogs/turn.js';
import { oneLine, renderUserText } from '../../dialogs/user-text.js';

// A proactive message as a plain, friendly e-mail: what the chat would have said, the personal link
// where the cards are, the school's name and contact. No HTML, no images, no tracking.

export interface MailContent {
  subject: string;
  text: string;
}

export interface MailContext {
  language: Language;
  link: string;
  /** When the link stops working (ISO). */
  until: string;
  schoolName: string;
  schoolContact: string | undefined;
}

const plain = (text: string) => renderUserText(text, oneLine).replace(/\*\*([^*]+)\*\*/g, '$1');

export function mailContent(replies: readonly Reply[], context: MailContext): MailContent {
  const t = textsFor(context.language).web.mail;
  const parts = replies.flatMap((reply) => {
    switch (reply.kind) {
      case 'text': return [plain(reply.text)];
      case 'form':
      case 'live': return [[plain(reply.form.title), reply.form.intro ? plain(reply.form.intro) : '', ...(reply.form.sections ?? []).flatMap((s) => [plain(s.title), ...s.facts.map((f) => `- ${plain(f.label)}: ${plain(f.value)}`)])].filter(Boolean).join('\n')];
      case 'summary':
      case 'chart': return [[plain(reply.title), ...reply.facts.map((f) => `- ${plain(f.label)}: ${plain(f.value)}`)].join('\n')];
      case 'file': return [];
    }
  });
  const until = new Intl.DateTimeFormat(context.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(context.until));
  const text = [
    t.greeting, '', ...parts.flatMap((p) => [p, '']), t.open, context.link, '', t.personal(until), '',
    t.regards, context.schoolName, ...(context.schoolContact ? [context.schoolContact] : []),
  ].join('\n');
  return { subject: t.subject(context.schoolName), text };
}
