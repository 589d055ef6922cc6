import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Company } from '../../bot/domain/company.js';
import { KoppelData, type KoppelView } from '../../bot/koppel-data.js';
import { keepLocal, launchChromium } from '../support/chromium.js';
import { startKoppelProcess, type KoppelProcess } from '../support/koppel-process.js';
import { playgroundChat } from '../support/playground-chat.js';
import { openRoundData, seededDataDir } from '../support/seed-data.js';

const learn = 'Je helpt bij de verzorging van bewoners en leert wonden verzorgen.';

/** An open round and one host company whose contact is the playground's own user. */
function openRoundWithCompany(): KoppelView {
  const data = openRoundData();
  data.companies.c1 = Company.parse({
    id: 'c1', name: 'Zorggroep De Linde', sbbNumber: '1234567', contacts: [{ platform: 'teams', userId: 'user-id-0' }],
    locations: [{ id: 'loc1', label: 'Verpleeghuis De Linde', postcodeArea: '2611', municipality: 'Delft' }],
  });
  return data;
}

describe('a company contact submits and updates the offer in a real Teams client', () => {
  const dataDir = seededDataDir(openRoundWithCompany());
  let koppel: KoppelProcess | undefined;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    koppel = await startKoppelProcess({}, { dataDir });
  });
  afterAll(async () => {
    await browser?.close();
    await koppel?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('fills in the offer card, saves it, changes it, and the stored offer matches', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
    await keepLocal(page);
    await page.goto(koppel!.playgroundUrl);
    const chat = playgroundChat(page);
    await expect.poll(() => chat.cards.count(), { timeout: 30_000 }).toBe(1);
    await chat.say('nederlands');

    const card = await chat.say('aanbod');
    await card.getByLabel('Aantal stageplekken deze ronde').fill('3');
    await card.getByLabel('Hoeveel eerstejaars kunt u echt begeleiden?').fill('2');
    await chat.tick(card, /B1-K1-W3/);
    await chat.choose(card, 'Soort organisatie', 'Verpleeghuis');
    await card.getByLabel('Wat kan een student bij u leren?').fill(learn);
    await chat.tick(card, 'De plekken blijven vrij tot de uitslag', 'Het kennismakingsgesprek is geen selectiemoment', /^We weigeren een gekoppelde student niet/, /^We grijpen vroeg in bij discriminatie/);
    const summary = await chat.press(card, 'Aanbod opslaan');
    expect(await summary.innerText()).toContain('Wij plaatsen hier hoogstens 2 studenten.');

    const again = await chat.press(summary, 'Aanpassen');
    await again.getByLabel('Hoeveel eerstejaars kunt u echt begeleiden?').fill('3');
    const updated = await chat.press(again, 'Aanbod opslaan');
    expect(await updated.innerText()).toContain('Wij plaatsen hier hoogstens 3 studenten.');

    const stored = KoppelData.parse(JSON.parse(readFileSync(join(dataDir, 'koppel.json'), 'utf8')));
    expect(Object.values(stored.offers)).toEqual([expect.objectContaining({
      roundId: 'r1', companyId: 'c1', places: 3, supervisionCapacity: 3, programmeCodes: ['90001'], workProcesses: ['90001/B1-K1-W3'],
      organisationType: 'verpleeghuis', learnText: learn, locationId: 'loc1', days: ['mon', 'tue', 'wed', 'thu'],
      agreement: { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true, actsOnDiscrimination: true },
    })]);
  }, 120_000);
});
