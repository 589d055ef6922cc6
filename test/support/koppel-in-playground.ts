import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startKoppel, type Koppel } from '../../bot/composition-root.js';
import { loadConfig, type Config } from '../../bot/config.js';
import { KoppelData } from '../../bot/koppel-data.js';
import { keepLocal, launchChromium } from './chromium.js';
import { freePort } from './free-port.js';
import { connectPlayground, type BotMessage, type PlaygroundApi } from './playground-api.js';

// Koppel started in this process as `npm start` starts it, with the Agents Playground open in headless
// Chromium (its user is user-id-0), for the end-to-end tests: one place for starting, restarting,
// reading the store and stopping, and for what the browser's user types and clicks.

export interface KoppelInPlayground {
  koppel: Koppel;
  api: PlaygroundApi;
  browser: Browser;
  /** The playground, in the browser: the user-id-0 personal chat. */
  page: Page;
  config: Config;
  dataDir: string;
  /** Koppel's log lines, as JSON, to print when a test fails. */
  log: string[];
  /** The stored document, as the file holds it now. */
  store(): KoppelData;
  /** Stops Koppel and starts it again on the same data (the playground's page stays). */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** What the browser's user does in their personal chat: typing, clicking, waiting for a new card. */
  chat: {
    type(text: string): Promise<BotMessage[]>;
    click(card: Locator, button: string): Promise<BotMessage[]>;
    cards(title: string): Locator;
    newCard(title: string, action: () => Promise<unknown>): Promise<Locator>;
  };
}

export async function koppelInPlayground(options: {
  /** Settings besides the ports and the data folder; given the HTTP port, for addresses on it. */
  env?: (port: number) => Record<string, string>;
  /** A seeded data folder (see seed-data.ts); else a new empty one. */
  dataDir?: string;
  now?: () => Date;
  /** How often the scheduled passes run (a test that waits for a reminder). */
  reminderIntervalMs?: number;
} = {}): Promise<KoppelInPlayground> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'koppel-e2e-'));
  const port = await freePort();
  const loaded = loadConfig({ PORT: String(port), PLAYGROUND_PORT: String(await freePort()), DATA_DIR: dataDir, PLAYGROUND: 'on', ...options.env?.(port) });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const config = loaded.config;
  const log: string[] = [];
  const start = () => startKoppel({ config, log: (event, fields) => log.push(JSON.stringify({ event, ...fields })), ...(options.now ? { now: options.now } : {}), ...(options.reminderIntervalMs ? { reminderIntervalMs: options.reminderIntervalMs } : {}) });
  let koppel = await start();
  const api = await connectPlayground(koppel.playground!.url);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
  await keepLocal(page);
  await page.goto(koppel.playground!.url);
  await page.locator('.ac-adaptiveCard').first().waitFor({ timeout: 30_000 });

  const personal = api.config.personalChat.id;
  const chatBox = page.locator('[data-lexical-editor="true"][role="textbox"]');
  const cards = (title: string) => page.locator('.ac-adaptiveCard').filter({ hasText: title });
  const chat: KoppelInPlayground['chat'] = {
    type: (text) => api.turn(personal, async () => {
      await chatBox.click();
      await chatBox.pressSequentially(text);
      await chatBox.press('Enter');
    }),
    click: (card, button) => api.turn(personal, () => card.getByRole('button', { name: button, exact: true }).click()),
    cards,
    newCard: async (title, action) => {
      const before = await cards(title).count();
      await action();
      await expect.poll(() => cards(title).count(), { timeout: 15_000 }).toBeGreaterThan(before);
      return cards(title).last();
    },
  };
  return {
    get koppel() { return koppel; }, api, browser, page, config, dataDir, log, chat,
    store: () => KoppelData.parse(JSON.parse(readFileSync(join(dataDir, 'koppel.json'), 'utf8'))),
    restart: async () => {
      await koppel.stop();
      koppel = await start();
    },
    stop: async () => {
      await browser.close();
      api.close();
      await koppel.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
