import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepLocal, launchChromium } from '../support/chromium.js';
import { startKoppelProcess, type KoppelProcess } from '../support/koppel-process.js';

// `npm start` in local mode, a real Teams client (Agents Playground) and headless Chromium.
describe('welcome in a real Teams client', () => {
  let koppel: KoppelProcess;
  let browser: Browser;

  beforeAll(async () => {
    // The playground's own user acts as coordinator here, so the role-specific card shows.
    koppel = await startKoppelProcess({ COORDINATORS: 'user-id-0' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await koppel?.stop();
  });

  const cards = (page: Page) => page.locator('.ac-adaptiveCard');

  /** Types a message and returns the text of the card the bot answers with (a new one, not an old one). */
  async function sendAndReadNewCard(page: Page, text: string): Promise<string> {
    const before = await cards(page).count();
    const chatBox = page.locator('[data-lexical-editor="true"][role="textbox"]');
    await chatBox.click();
    await chatBox.pressSequentially(text);
    await chatBox.press('Enter');
    await expect.poll(() => cards(page).count(), { timeout: 15_000 }).toBeGreaterThan(before);
    return cards(page).last().innerText();
  }

  it('greets on install, answers `hallo`, and switches to Dutch on `nederlands`', async () => {
    const page = await browser.newPage();
    await keepLocal(page);
    await page.goto(koppel.playgroundUrl);
    // Opening the chat adds the user to it and the bot greets. That event carries no locale: Dutch.
    await expect.poll(() => cards(page).count(), { timeout: 30_000 }).toBe(1);
    expect(await cards(page).first().innerText()).toContain('Welkom bij Koppel');

    // Messages from the playground always carry locale en-US.
    const english = await sendAndReadNewCard(page, 'hallo');
    expect(english).toContain('Welcome to Koppel');
    expect(english).toContain('You are here as an internship coordinator.');

    const dutch = await sendAndReadNewCard(page, 'nederlands');
    expect(dutch).toContain('Welkom bij Koppel');
    expect(dutch).toContain('Je bent hier als stagecoördinator.');
    expect(dutch).toContain('ronde nieuw');

    // The choice is remembered: the next `hallo` is answered in Dutch too.
    expect(await sendAndReadNewCard(page, 'hallo')).toContain('Welkom bij Koppel');
  }, 60_000);
});
