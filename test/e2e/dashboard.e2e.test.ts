import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { nl } from '../../dialogs/texts/nl.js';
import { keepLocal } from '../support/chromium.js';
import { releasedFollowUpData } from '../support/follow-up-scenario.js';
import { koppelInPlayground, type KoppelInPlayground } from '../support/koppel-in-playground.js';
import { seededDataDir } from '../support/seed-data.js';

// The coordinators' dashboard in headless Chromium: the link a coordinator asks for in the chat
// opens the figures with their charts drawn by Chart.js, the filters change the match table, the
// indicators download as CSV, an altered link shows nothing, and axe-core finds no violation.

const d = nl.web.dashboard;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('the figures dashboard, in a real browser', () => {
  let k: KoppelInPlayground;

  beforeAll(async () => {
    k = await koppelInPlayground({ dataDir: seededDataDir(releasedFollowUpData(new Date())), env: (port) => ({ COORDINATORS: 'user-id-0', PUBLIC_URL: `http://127.0.0.1:${port}` }) });
  });

  afterAll(async () => k?.stop());

  it('shows the charts, filters the matches, downloads the indicators and refuses an altered link', async () => {
    onTestFailed(() => console.log(`Koppel's log:\n${k.log.join('\n')}`));
    const coordinator = await k.api.personalChatOf('user-id-0');
    await coordinator.say('nederlands');
    const reply = (await coordinator.say('dashboard')).map((m) => m.text).join('\n');
    const link = /http:\/\/127\.0\.0\.1:\d+\/web\/d\/[A-Za-z0-9_-]{43}/.exec(reply)?.[0];
    expect(link).toBeDefined();

    const context = await k.browser.newContext({ bypassCSP: true, locale: 'nl-NL', acceptDownloads: true });
    const page = await context.newPage();
    await keepLocal(page);
    await page.goto(link!);
    await expect.poll(() => page.locator('canvas[data-drawn="true"]').count(), { timeout: 15_000 }).toBe(3);
    expect(await page.locator('h1').innerText()).toContain('Zorg voorjaar');
    expect(await page.locator('caption').filter({ hasText: /^Schooljaar \d{4}-\d{4}: 1 ronde samen$/ }).count()).toBe(1);

    // The filters change the match table: two placed students, none waiting.
    const matchRows = () => page.locator('table').last().locator('tbody tr').count();
    expect(await matchRows()).toBe(2);
    await page.getByLabel(d.status).selectOption('waiting');
    await page.getByRole('button', { name: d.filter }).click();
    await expect.poll(matchRows).toBe(0);
    await page.getByLabel(d.status).selectOption('placed');
    await page.getByRole('button', { name: d.filter }).click();
    await expect.poll(matchRows).toBe(2);

    // The indicators download as a CSV file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: d.export }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(`${d.placed};2`);
    const [spreadsheet] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: d.exportXlsx }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await spreadsheet.path())!);
    const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.find((row) => row[1] === d.placed)?.[2]).toBe(2);

    // Accessible, also with the charts drawn.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);

    // An altered link shows nothing of the school.
    const altered = await page.goto(`${link!.slice(0, -2)}xx`);
    expect(altered?.status()).toBe(404);
    expect(await page.content()).not.toContain('Zorg voorjaar');
    await context.close();
  }, 120_000);
});
