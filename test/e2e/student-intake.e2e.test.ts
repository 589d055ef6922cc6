import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Student } from '../../bot/domain/student.js';
import { KoppelData, type KoppelView } from '../../bot/koppel-data.js';
import { keepLocal, launchChromium } from '../support/chromium.js';
import { startKoppelProcess, type KoppelProcess } from '../support/koppel-process.js';
import { playgroundChat } from '../support/playground-chat.js';
import { openRoundData, seededDataDir } from '../support/seed-data.js';

const wish = 'Ik wil leren hoe ik wonden verzorg en hoe ik cliënten help bij het wassen.';

/** An open round with one student, known to the school only by the e-mail of the playground's own user. */
function openRound(): KoppelView {
  const data = openRoundData();
  data.students.s1 = Student.parse({ id: 's1', roundId: 'r1', studentNumber: '100234', programmeCode: '90001', pendingEmail: 'alexw@example.com' });
  return data;
}

describe('a student writes their learning wish in a real Teams client', () => {
  const dataDir = seededDataDir(openRound());
  let koppel: KoppelProcess | undefined;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await koppel?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function openChat(greetingCards: number) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
    await keepLocal(page);
    await page.goto(koppel!.playgroundUrl);
    const chat = playgroundChat(page);
    await expect.poll(() => chat.cards.count(), { timeout: 30_000 }).toBe(greetingCards);
    return chat;
  }

  it('goes from `start` to a confirmed wish, and a restart keeps everything', async () => {
    koppel = await startKoppelProcess({}, { dataDir });
    // Opening the chat: Teams tells Koppel this user's e-mail, which links them to the imported
    // student; the greeting answers, and the round's welcome they could not get before is queued and
    // sent by the outbox within a second (so either may come first).
    const chat = await openChat(2);
    const cards = await chat.cards.allInnerTexts();
    expect(cards.some((text) => text.includes('Verder met mijn leerwens'))).toBe(true);
    expect(cards.some((text) => text.includes('Je bent hier als student.'))).toBe(true);
    await chat.say('nederlands');
    const privacy = await chat.say('start');
    expect(await privacy.innerText()).toContain('Nooit naar wie je bent');

    const wishCard = await chat.press(privacy, 'Beginnen');
    await wishCard.getByLabel('Mijn leerwens').fill(wish);
    const workCard = await chat.press(wishCard, 'Verder');
    expect(await workCard.innerText()).toContain('★');
    await chat.tick(workCard, /B1-K1-W3/);
    const organisationCard = await chat.press(workCard, 'Verder');
    const travelCard = await chat.press(organisationCard, 'Verder');

    await chat.choose(travelCard, 'Waar woon je?', 'Schiedam');
    await chat.tick(travelCard, 'Fiets', 'Bus, tram, metro of trein');
    await chat.choose(travelCard, 'Hoe lang mag je reizen? (enkele reis)', '30 minuten');
    const daysCard = await chat.press(travelCard, 'Verder');
    await chat.tick(daysCard, 'maandag', 'dinsdag');
    const supportCard = await chat.press(daysCard, 'Verder');
    const summary = await chat.press(supportCard, 'Verder');
    expect(await summary.innerText()).toContain('Klopt alles?');
    expect(await summary.innerText()).toContain('Schiedam');

    await chat.press(summary, 'Alles klopt, bevestigen');
    // The confirmed summary, then the result card, which shows only the release moment for now.
    await expect.poll(() => chat.lastCard().innerText()).toContain('zie je hier waar je stage loopt');
    expect(await chat.cards.nth((await chat.cards.count()) - 2).innerText()).toContain('Bevestigd');

    await koppel.stop();
    koppel = await startKoppelProcess({}, { dataDir });
    const after = await openChat(1);
    // The language choice and the confirmed wish both survived the restart.
    expect(await (await after.say('mijn gegevens')).innerText()).toContain(wish);

    const document = KoppelData.parse(JSON.parse(readFileSync(join(dataDir, 'koppel.json'), 'utf8')));
    // The result card's message id is kept, so the release can update that very card in place.
    expect(document.liveMessages['result:s1']).toMatchObject({ platform: 'teams', userId: 'user-id-0', activityId: expect.any(String) });
    const stored = document.students.s1;
    expect(stored.intakeStatus).toBe('confirmed');
    expect(stored.identities).toEqual([{ platform: 'teams', userId: 'user-id-0' }]);
    expect(stored.learningWish).toMatchObject({ text: wish, workProcesses: ['B1-K1-W3'] });
    expect(stored.travel).toEqual({ municipality: 'Schiedam', modes: ['bike', 'public_transport'], maxMinutes: 30, reachableMunicipalities: [] });
    expect(stored.availability).toEqual({ days: ['mon', 'tue'], early: false, evening: false, weekend: false });
    expect(stored.supportNeed).toEqual({ wanted: false });
  }, 120_000);
});
