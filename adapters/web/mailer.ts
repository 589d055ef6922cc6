import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { MailConfig } from '../../bot/config.js';
import type { DeliveryResult } from '../../bot/notifications.js';
import type { Language, Reply } from '../../dialogs/turn.js';
import { mailContent } from './mail-text.js';

// Sends a company contact their message as an e-mail with a personal link, through nodemailer and
// the school's SMTP server. Without one (local mode) the mails are kept in memory and shown on a
// local page, so a newcomer can click through. Logs carry the outcome, never the address.

export interface SentMail {
  to: string;
  subject: string;
  text: string;
  at: string;
}

export interface Mailer {
  /** Mails a contact: the words of `replies`, and a new personal link for this company and round. */
  send(to: string, replies: readonly Reply[], language: Language, subject: { companyId: string; roundId: string; messageKey?: string }): Promise<DeliveryResult>;
  /** The mails kept when no SMTP server is configured (newest last). */
  local(): readonly SentMail[];
  close(): void;
}

export interface MailerOptions {
  config: MailConfig;
  /** Issues a link and returns its token and when it expires. */
  issueLink(link: { companyId: string; roundId: string; email: string }): Promise<{ token: string; expiresAt: string }>;
  now: () => Date;
  log: (event: string, fields: Record<string, string | number | boolean>) => void;
}

const LOCAL_KEPT = 200;

export function createMailer(options: MailerOptions): Mailer {
  const { config } = options;
  const transport: Transporter | undefined = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : undefined;
  const kept: SentMail[] = [];
  return {
    async send(to, replies, language, subject) {
      const { token, expiresAt } = await options.issueLink({ companyId: subject.companyId, roundId: subject.roundId, email: to });
      // A message with cards of its own (an evaluation, a meeting) opens on those cards.
      const link = `${config.publicUrl}/web/l/${token}${subject.messageKey ? `?m=${encodeURIComponent(subject.messageKey)}` : ''}`;
      const content = mailContent(replies, { language, link, until: expiresAt, schoolName: config.schoolName, schoolContact: config.schoolContact });
      if (!transport) {
        kept.push({ to, ...content, at: options.now().toISOString() });
        if (kept.length > LOCAL_KEPT) kept.shift();
        options.log('mail.kept-locally', { roundId: subject.roundId });
        return 'sent';
      }
      try {
        await transport.sendMail({ from: config.from, to, subject: content.subject, text: content.text });
        return 'sent';
      } catch (error) {
        options.log('mail.failed', { error: (error as { code?: string }).code ?? 'unknown' });
        return 'failed';
      }
    },
    local: () => kept,
    close: () => transport?.close(),
  };
}
