import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { nl } from '../../dialogs/texts/nl.js';
import { startSmtpSink } from '../../adapters/web/testing/smtp-sink.js';
import { keepLocal } from '../support/chromium.js';
import { koppelInPlayground, type KoppelInPlayground } from '../support/koppel-in-playground.js';
import type { BotMessage } from '../support/playground-api.js';
import { amsterdam } from '../support/round-scenario.js';

// A company outside Teams and Slack, end to end: the coordinator (the playground's browser user)
// makes a round, imports a company whose contact is reached by e-mail and opens the round; the offer
// request arrives at a real SMTP server on loopback; headless Chromium opens the personal link, fills
// in the offer with one mistake first, then sends it. The page passes axe-core's accessibility check.

const MAIL = 'planning@kapsalon-knip.nl';
const x = nl.company.offer;
const textOf = (messages: BotMessage[]) => messages.map((m) => m.text).join('\n');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('a company by e-mail, in a real browser', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let k: KoppelInPlayground;

  beforeAll(async () => {
    sink = await startSmtpSink();
    k = await koppelInPlayground({ env: (port) => ({
      COORDINATORS: 'user-id-0', SMTP_URL: sink.url, MAIL_FROM: 'Koppel <stage@roc.example>', PUBLIC_URL: `http://127.0.0.1:${port}`, SCHOOL_NAME: 'ROC Rivierland',
    }) });
  });

  afterAll(async () => {
    await k?.stop();
    await sink?.close();
  });

  it('mails the offer request once with a personal link, and takes the offer on an accessible page', async () => {
    onTestFailed(() => console.log(`Koppel's log:\n${k.log.join('\n')}`));
    const pg = k.api;
    const { type, click, newCard } = k.chat;
    const store = () => k.store();
    await type('nederlands');

    // 1. A round, a company whose contact is reached by e-mail, and the round opened.
    const day = (days: number) => amsterdam(new Date(Date.now() + days * 86_400_000)).date;
    const newRound = await newCard('Nieuwe stageronde', () => type('ronde nieuw'));
    await newRound.getByLabel('Naam van de ronde').fill('Zorg voorjaar');
    await newRound.locator('label').filter({ hasText: /\(90001, niveau 3\)/ }).click();
    await newRound.getByLabel('Deadline leerwensen (om 17:00)').fill(day(10));
    await newRound.getByLabel('Deadline aanbod bedrijven (om 17:00)').fill(day(10));
    await newRound.getByLabel('Datum van de uitslag').fill(day(20));
    await newRound.getByLabel('Start van de stage').fill(day(60));
    const nextSteps = await newCard('Volgende stappen', () => click(newRound, 'Ronde aanmaken'));
    const companyImport = await newCard('Leerbedrijven importeren', () => type('bedrijven importeren'));
    await companyImport.getByLabel('CSV').fill(`bedrijfsnaam;sbb_nummer;locatie;postcode;plaats;per_mail\nKapsalon Knip;1234567;Salon;2611 AB;Delft;${MAIL}`);
    expect(textOf(await click(companyImport, 'Importeren'))).toContain('1 leerbedrijf geïmporteerd.');
    expect(textOf(await click(nextSteps, 'Ronde openen'))).toContain('is open.');

    // 2. The request arrives by mail, once, with the link.
    await pg.waitFor(() => sink.mails.length >= 1, 'the offer request to arrive by mail', 30_000);
    const [mail] = sink.mails;
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe(MAIL);
    expect(mail.html).toBe(false);
    expect(mail.text).toContain('ROC Rivierland');
    const link = new RegExp(`${k.config.mail.publicUrl}/web/l/[A-Za-z0-9_-]{43}`).exec(mail.text ?? '')?.[0];
    expect(link).toBeDefined();

    // 3. The page: one mistake first (the agreement not ticked), shown next to its field with everything kept.
    const context = await k.browser.newContext({ bypassCSP: true, locale: 'nl-NL', viewport: { width: 390, height: 844 } });
    const web = await context.newPage();
    await keepLocal(web);
    await web.goto(link!);
    await expect.poll(() => web.title()).toBe(nl.web.pageTitle);
    await web.getByLabel(new RegExp(`^${x.places}`)).fill('2');
    await web.getByLabel(new RegExp(`^${x.supervision}`)).fill('1');
    await web.getByLabel(/^B1-K1-W1/).check();
    await web.getByLabel(new RegExp(`^${x.organisationType}`)).selectOption({ index: 1 });
    const learn = 'Je helpt bij het knippen en wassen en leert klanten ontvangen.';
    await web.getByLabel(new RegExp(`^${x.learnText}`)).fill(learn);
    await web.getByLabel(x.placesStayFree).check();
    await web.getByLabel(x.introductionIsNoSelection).check();
    await web.getByLabel(x.actsOnDiscrimination).check();
    await web.getByRole('button', { name: x.save }).click();
    await web.getByRole('alert').waitFor();
    const agreement = web.getByLabel(x.noSubjectiveRefusal);
    await expect.poll(() => agreement.getAttribute('aria-invalid')).toBe('true');
    expect(await web.getByLabel(new RegExp(`^${x.learnText}`)).inputValue()).toBe(learn);
    expect(Object.keys(store().offers)).toEqual([]);

    // The page is accessible (axe-core, WCAG 2.1 AA rules), also with the error shown.
    await web.evaluate(axeSource);
    const violations = await web.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);

    await agreement.check();
    await web.getByRole('button', { name: x.save }).click();
    await pg.waitFor(() => Object.keys(store().offers).length === 1, 'the offer to be saved');
    const [offer] = Object.values(store().offers);
    expect(offer).toMatchObject({ places: 2, supervisionCapacity: 1, workProcesses: ['90001/B1-K1-W1'], learnText: learn, agreement: { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true, actsOnDiscrimination: true } });
    await context.close();

    // 4. A restart sends nothing twice.
    await k.restart();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(sink.mails).toHaveLength(1);
  }, 150_000);
});
