import { afterEach, describe, expect, it } from 'vitest';
import { emptyKoppelData } from '../../bot/koppel-data.js';
import { openMemoryKoppelStore } from '../../bot/store/index.js';
import { issueLink, openLink } from '../../bot/web-links/web-links.js';
import { nl } from '../../dialogs/texts/nl.js';
import { userText } from '../../dialogs/user-text.js';
import { createMailer } from './mailer.js';
import { startSmtpSink } from './testing/smtp-sink.js';

let stop: Array<() => unknown> = [];
afterEach(async () => {
  for (const s of stop) await s();
  stop = [];
});

const now = new Date('2027-01-05T10:00:00Z');

describe('mail to a company contact outside Teams and Slack', () => {
  it('sends plain, friendly text with the school, and a personal link that opens for that company and round', async () => {
    const sink = await startSmtpSink();
    const store = openMemoryKoppelStore(emptyKoppelData());
    const mailer = createMailer({
      config: { smtpUrl: sink.url, from: 'Koppel <stage@roc.example>', publicUrl: 'https://koppel.roc.example', schoolName: 'ROC Rivierland', schoolContact: 'Stagebureau, 010 123 45 67' },
      issueLink: (link) => issueLink(store, link, now), now: () => now, log: () => {},
    });
    stop = [sink.close, () => mailer.close()];
    const result = await mailer.send('planning@kapsalon.nl', [{ kind: 'text', text: `Ronde **${userText('Zorg <b>2027</b>')}** is open.` }], 'nl', { companyId: 'c1', roundId: 'r1' });
    expect(result).toBe('sent');
    expect(sink.mails).toHaveLength(1);
    const [mail] = sink.mails;
    expect(mail.subject).toBe(nl.web.mail.subject('ROC Rivierland'));
    expect(mail.html).toBe(false);
    expect(mail.text).toContain('Ronde Zorg <b>2027</b> is open.');
    expect(mail.text).toContain('Stagebureau, 010 123 45 67');
    const token = /https:\/\/koppel\.roc\.example\/web\/l\/([A-Za-z0-9_-]{43})/.exec(mail.text ?? '')?.[1];
    expect(await openLink(store, token ?? '', now)).toMatchObject({ ok: true, link: { companyId: 'c1', roundId: 'r1', email: 'planning@kapsalon.nl' } });
  });

  it('keeps the mails for the local page when no mail server is configured', async () => {
    const store = openMemoryKoppelStore(emptyKoppelData());
    const mailer = createMailer({
      config: { smtpUrl: undefined, from: 'Koppel <koppel@localhost>', publicUrl: 'http://localhost:3978', schoolName: 'de school', schoolContact: undefined },
      issueLink: (link) => issueLink(store, link, now), now: () => now, log: () => {},
    });
    expect(await mailer.send('a@b.nl', [{ kind: 'text', text: 'Hallo' }], 'nl', { companyId: 'c1', roundId: 'r1' })).toBe('sent');
    expect(mailer.local()).toEqual([expect.objectContaining({ to: 'a@b.nl', text: expect.stringContaining('http://localhost:3978/web/l/') })]);
    // A message with cards of its own links to them.
    await mailer.send('a@b.nl', [{ kind: 'text', text: 'Evaluatie' }], 'nl', { companyId: 'c1', roundId: 'r1', messageKey: 'evaluation:pl_1.company:email:a@b.nl' });
    expect(mailer.local()[1].text).toMatch(/\/web\/l\/[A-Za-z0-9_-]{43}\?m=evaluation%3Apl_1\.company%3Aemail%3Aa%40b\.nl/);
  });
});
