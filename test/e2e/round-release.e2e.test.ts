import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { startKoppel, type Koppel } from '../../bot/composition-root.js';
import { loadConfig } from '../../bot/config.js';
import { KoppelData } from '../../bot/koppel-data.js';
import { formatMoment } from '../../dialogs/format-moment.js';
import { keepLocal, launchChromium } from '../support/chromium.js';
import { freePort } from '../support/free-port.js';
import { connectPlayground, type BotMessage, type PlaygroundApi } from '../support/playground-api.js';
import { amsterdam, COMPANIES, COMPANY_CSV, COORDINATOR_B, giveOffer, LINDE, MAASSTAD, ROUND, STUDENT_CSV, STUDENTS, walkIntake } from '../support/round-scenario.js';

// A small round end to end in the Agents Playground: the browser's user is coordinator A and does
// everything a coordinator does in Teams; three students, two company contacts and a second
// coordinator talk through the playground's own APIs (see playground-api.ts for why and how).
// Koppel runs in this process on a clock the test can move forward, so the release moment comes
// without waiting for it.

const textOf = (messages: BotMessage[]) => messages.map((m) => m.text).join('\n');
// The release's messages; welcomes and reminders share the outbox and carry their notification.
const releaseEntries = (data: KoppelData) => Object.values(data.outbox).filter((e) => !e.notification);

describe('a round from `ronde nieuw` to the release, in a real Teams client', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'koppel-e2e-'));
  const koppelLog: string[] = [];
  // Koppel's clock: the real one, moved forward when the test jumps to the release moment.
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  let koppel: Koppel | undefined;
  let api: PlaygroundApi | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    const loaded = loadConfig({
      PORT: String(await freePort()), PLAYGROUND_PORT: String(await freePort()), DATA_DIR: dataDir,
      COORDINATORS: `user-id-0,${COORDINATOR_B}`, PLAYGROUND: 'on',
    });
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    koppel = await startKoppel({ config: loaded.config, log: (event, fields) => koppelLog.push(JSON.stringify({ event, ...fields })), now });
    api = await connectPlayground(koppel.playground!.url);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
    await keepLocal(page);
    await page.goto(koppel.playground!.url);
    // Opening the chat installs the app for the coordinator, who is greeted.
    await page.locator('.ac-adaptiveCard').first().waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    api?.close();
    await koppel?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const store = () => KoppelData.parse(JSON.parse(readFileSync(join(dataDir, 'koppel.json'), 'utf8')));

  /** Coordinator A in the browser: types and clicks, and waits until Koppel has answered. */
  function coordinatorChat() {
    const chatBox = page.locator('[data-lexical-editor="true"][role="textbox"]');
    const personal = api!.config.personalChat.id;
    const cards = (title: string) => page.locator('.ac-adaptiveCard').filter({ hasText: title });
    const type = (text: string) => api!.turn(personal, async () => {
      await chatBox.click();
      await chatBox.pressSequentially(text);
      await chatBox.press('Enter');
    });
    const click = (card: Locator, button: string) => api!.turn(personal, () => card.getByRole('button', { name: button, exact: true }).click());
    /** Runs the action and returns the new card with this title, once the browser shows it. */
    const newCard = async (title: string, action: () => Promise<unknown>) => {
      const before = await cards(title).count();
      await action();
      await expect.poll(() => cards(title).count(), { timeout: 15_000 }).toBeGreaterThan(before);
      return cards(title).last();
    };
    return { personal, cards, type, click, newCard };
  }

  it('shows every student their place at the release moment, in the card they already had, and tells companies and coordinators', async () => {
    onTestFailed(() => console.log(`Koppel's log:\n${koppelLog.join('\n')}`));
    const pg = api!;
    const coordinator = coordinatorChat();
    await coordinator.type('nederlands');

    // 1. Coordinator A makes the round, imports students and companies, and opens it.
    const day = (days: number) => amsterdam(new Date(now().getTime() + days * 86_400_000)).date;
    const newRound = await coordinator.newCard('Nieuwe stageronde', () => coordinator.type('ronde nieuw'));
    await newRound.getByLabel('Naam van de ronde').fill(ROUND);
    await newRound.locator('label').filter({ hasText: /\(90001, niveau 3\)/ }).click();
    await newRound.getByLabel('Deadline leerwensen (om 17:00)').fill(day(10));
    await newRound.getByLabel('Deadline aanbod bedrijven (om 17:00)').fill(day(10));
    await newRound.getByLabel('Datum van de uitslag').fill(day(20));
    await newRound.getByLabel('Start van de stage').fill(day(60));
    const nextSteps = await coordinator.newCard('Volgende stappen', () => coordinator.click(newRound, 'Ronde aanmaken'));
    expect(await nextSteps.innerText()).toContain(ROUND);

    const studentImport = await coordinator.newCard('Studenten importeren', () => coordinator.type('studenten importeren'));
    await studentImport.getByLabel('CSV').fill(STUDENT_CSV);
    expect(textOf(await coordinator.click(studentImport, 'Importeren'))).toContain('3 studenten geïmporteerd.');

    const companyImport = await coordinator.newCard('Leerbedrijven importeren', () => coordinator.type('bedrijven importeren'));
    await companyImport.getByLabel('CSV').fill(COMPANY_CSV);
    expect(textOf(await coordinator.click(companyImport, 'Importeren'))).toContain('2 leerbedrijven geïmporteerd.');

    expect(textOf(await coordinator.click(nextSteps, 'Ronde openen'))).toContain(`Ronde **${ROUND}** is open.`);

    // 2. Students and companies answer at the same time, each in their own personal chat.
    const students = await Promise.all(STUDENTS.map((s) => pg.personalChatOf(s.userId)));
    const contacts = await Promise.all(COMPANIES.map((c) => pg.personalChatOf(c.userId)));
    const [resultCards] = await Promise.all([
      Promise.all(STUDENTS.map((s, i) => walkIntake(students[i], s))),
      Promise.all(COMPANIES.map((c, i) => giveOffer(contacts[i], c))),
    ]);

    // 3. Close, match (preview), approve by the second coordinator, schedule the release.
    // Before its deadlines closing asks for a second press.
    const closeNow = await coordinator.newCard(`Ronde nu sluiten? ${ROUND}`, () => coordinator.type('ronde sluit'));
    expect(textOf(await coordinator.click(closeNow, 'Toch nu sluiten'))).toContain(`Ronde **${ROUND}** is gesloten.`);
    const preview = await coordinator.newCard(`Koppeling: ${ROUND}`, () => coordinator.type('ronde match'));
    expect(await preview.innerText()).toContain('3 gekoppeld · 0 nog zonder plek · 0 eigen plek · 0 niet bevestigd');
    const coordinatorB = pg.speakerIn(coordinator.personal, { id: COORDINATOR_B });
    expect(textOf(await coordinatorB.say('nederlands'))).toContain('Je bent hier als stagecoördinator.');
    // B speaks in A's chat, where only typing works: the approval card names the proposal to type.
    const review = textOf(await coordinatorB.say('ronde goedkeuren'));
    const runId = /ronde goedkeuren (run_\d+)/.exec(review)?.[1];
    expect(runId).toBeDefined();
    const approval = await coordinatorB.say(`ronde goedkeuren ${runId}`);
    expect(textOf(approval)).toContain(`De koppeling van **${ROUND}** is goedgekeurd (vier ogen).`);

    // Some minutes ahead on Koppel's clock, typed as a coordinator types it.
    const moment = new Date(Math.ceil(now().getTime() / 60_000) * 60_000 + 5 * 60_000);
    const shownMoment = formatMoment(moment.toISOString(), 'nl');
    const releaseForm = await coordinator.newCard(`Vrijgave: ${ROUND}`, () => coordinator.type('ronde vrijgave'));
    await releaseForm.getByLabel('Datum').fill(amsterdam(moment).date);
    await releaseForm.getByLabel('Tijd').fill(amsterdam(moment).time);
    expect(textOf(await coordinator.click(releaseForm, 'Vrijgave plannen'))).toContain(`staat gepland op **${shownMoment}**`);

    // 4. Before the moment nobody outside the coordinators learns anything.
    const allNames = [LINDE, MAASSTAD, ...STUDENTS.flatMap((s) => [s.first, s.last])];
    const early = await Promise.all(students.map((chat) => chat.say('uitslag')));
    for (const answer of early) {
      expect(textOf(answer)).toContain(`De uitslag is er nog niet. Op **${shownMoment}**`);
      for (const name of allNames) expect(textOf(answer)).not.toContain(name);
    }
    // Looking at the result card again (Teams refreshes it on view) shows no more than the moment.
    for (const [i, chat] of students.entries()) {
      const refreshed = await chat.execute(resultCards[i], 'Bekijk de uitslag');
      // (In the language of the client's locale: the refresh does not use the language the student chose.)
      expect(refreshed.text).toContain(amsterdam(moment).time);
      for (const name of allNames) expect(refreshed.text).not.toContain(name);
    }
    for (const chat of contacts) {
      const interns = textOf(await chat.say('mijn studenten'));
      expect(interns).toContain(`op **${shownMoment}** hoort u welke studenten bij u komen`);
      for (const s of STUDENTS) expect(interns).not.toContain(s.first);
    }
    const studentIds = Object.fromEntries(Object.values(store().students).map((s) => [s.studentNumber, s.id]));
    const before = store();
    expect(Object.values(before.rounds)[0].status).toBe('scheduled');
    // Only the welcomes went through the outbox so far (students linked on their first message); nothing of the release.
    expect(releaseEntries(before)).toEqual([]);
    // The ids Koppel keeps to update the cards are the ids of the cards the students got.
    STUDENTS.forEach((s, i) => expect(before.liveMessages[`result:${studentIds[s.number]}`]).toMatchObject({ userId: s.userId, activityId: resultCards[i].messageId }));
    // No student's chat has seen a company (a refreshed card is updated in place too, with the moment only).
    for (const chat of students) for (const message of chat.messages()) for (const name of [LINDE, MAASSTAD]) expect(message.text).not.toContain(name);

    // 5. The moment comes.
    const seenBefore = pg.messages().length;
    offsetMs = moment.getTime() - Date.now() + 1_000;
    const since = () => pg.messages().slice(seenBefore);
    const inChat = (chat: { conversationId: string }) => since().filter((m) => m.conversationId === chat.conversationId);
    const cardUpdates = await pg.waitFor(() => {
      const updates = students.map((chat, i) => inChat(chat).find((m) => m.kind === 'update' && m.messageId === resultCards[i].messageId));
      return updates.every(Boolean) && (updates as BotMessage[]);
    }, 'the three result cards to be updated', 30_000);
    await pg.waitFor(() => {
      const outbox = releaseEntries(store());
      return outbox.length === 10 && outbox.every((e) => e.status === 'sent');
    }, 'the release outbox to be sent', 30_000);
    const summaries = () => inChat({ conversationId: coordinator.personal }).filter((m) => m.text.includes(`Uitslag verstuurd: ${ROUND}`));
    await pg.waitFor(() => summaries().length >= 2 && contacts.every((c) => inChat(c).length >= 1) && students.every((c) => inChat(c).length >= 2), 'every release message to arrive');

    // Which student goes where, as stored by the approved run.
    const released = store();
    const approvedRun = Object.values(released.matchRuns).find((r) => r.approvedBy === COORDINATOR_B);
    expect(approvedRun?.runBy).toBe('user-id-0');
    const companyOf = (number: string) => {
      const match = Object.values(released.matches).find((m) => m.runId === approvedRun!.id && m.studentId === studentIds[number]);
      const offer = match?.offerId ? released.offers[match.offerId] : undefined;
      return offer && released.companies[offer.companyId].name;
    };
    const placements = STUDENTS.map((s) => companyOf(s.number));
    STUDENTS.forEach((s, i) => {
      expect(placements[i]).toMatch(/^(Zorggroep De Linde|Thuiszorg Maasstad)$/);
      if (s.mustGoTo) expect(placements[i]).toBe(s.mustGoTo);
    });

    // Each student's own card now shows their place, updated in place, never posted anew.
    STUDENTS.forEach((s, i) => {
      const other = placements[i] === LINDE ? MAASSTAD : LINDE;
      expect(cardUpdates[i].statusCode).toBe(200);
      expect(cardUpdates[i].text).toContain('Je hebt een stageplek!');
      expect(cardUpdates[i].text).toContain(placements[i]);
      expect(cardUpdates[i].text).not.toContain(other);
    });
    // All students at the same moment: the three cards within seconds of each other.
    const times = cardUpdates.map((m) => m.at);
    expect(Math.max(...times) - Math.min(...times)).toBeLessThan(5_000);

    // Then one notice per student, in their own chat, and nothing else there.
    STUDENTS.forEach((s, i) => {
      const notices = inChat(students[i]).filter((m) => m.kind === 'new');
      expect(notices).toHaveLength(1);
      expect(notices[0].text).toContain('De uitslag is er! Iedereen hoort het nu, op hetzelfde moment.');
      expect(notices[0].text).toContain(placements[i]);
      expect(inChat(students[i]).filter((m) => m.kind === 'update')).toHaveLength(1);
    });

    // Each company once, with its own students by first name only.
    COMPANIES.forEach((c, i) => {
      const messages = inChat(contacts[i]);
      expect(messages.map((m) => m.kind)).toEqual(['new']);
      expect(messages[0].text).toContain(`De uitslag van **${ROUND}** is er.`);
      STUDENTS.forEach((s, j) => {
        if (placements[j] === c.name) expect(messages[0].text).toContain(s.first);
        else expect(messages[0].text).not.toContain(s.first);
        expect(messages[0].text).not.toContain(s.last);
      });
    });

    // Each coordinator one summary (B has no chat of their own: both arrive in this one).
    expect(summaries()).toHaveLength(2);
    for (const summary of summaries()) expect(summary.text).toMatch(/Geplaatst\n3\n/);

    // In strict phases: cards, notices, companies, coordinators.
    const phase = (messages: BotMessage[]) => messages.map((m) => m.seq);
    const notices = students.flatMap((chat) => inChat(chat).filter((m) => m.kind === 'new'));
    const companyMessages = contacts.flatMap((chat) => inChat(chat));
    expect(Math.max(...phase(cardUpdates))).toBeLessThan(Math.min(...phase(notices)));
    expect(Math.max(...phase(notices))).toBeLessThan(Math.min(...phase(companyMessages)));
    expect(Math.max(...phase(companyMessages))).toBeLessThan(Math.min(...phase(summaries())));

    // The outbox: one request per entry, to the recipient's own chat; the id it keeps is the message's.
    // (The playground splits a message with text and a card into two and returns no id for it.)
    const outbox = releaseEntries(store());
    const chatOf = (userId: string) => (released.conversations[`teams:${userId}`].reference.conversation as { id: string }).id;
    const sentAs = (kind: string, messages: BotMessage[]) => messages.map((m) => `${kind} ${m.conversationId}`);
    expect(outbox.map((e) => `${e.kind} ${chatOf(e.recipient.userId)}`).sort()).toEqual([
      ...sentAs('student-result-card', cardUpdates), ...sentAs('student-result-notice', notices),
      ...sentAs('company-result', companyMessages), ...sentAs('coordinator-summary', summaries()),
    ].sort());
    const releaseMessages = [...cardUpdates, ...notices, ...companyMessages, ...summaries()];
    for (const message of releaseMessages) expect(message.statusCode).toBeLessThan(300);
    for (const entry of outbox.filter((e) => e.activityId)) {
      expect(releaseMessages.filter((m) => m.messageId === entry.activityId && m.conversationId === chatOf(entry.recipient.userId))).toHaveLength(1);
    }
    expect(outbox.filter((e) => e.kind === 'student-result-card').map((e) => e.activityId).sort()).toEqual(resultCards.map((c) => c.messageId).sort());

    // 6. The coordinator sees the summary and follows the release in the browser.
    await expect.poll(() => coordinator.cards(`Uitslag verstuurd: ${ROUND}`).count(), { timeout: 15_000 }).toBe(2);
    const progress = await coordinator.newCard(`Verzending van de uitslag: ${ROUND}`, () => coordinator.type('ronde vrijgave'));
    const shown = await progress.innerText();
    expect(shown.match(/3 van 3 verstuurd/g)).toHaveLength(2);
    expect(shown.match(/2 van 2 verstuurd/g)).toHaveLength(2);
    expect(shown).not.toContain('niet gelukt');

    // A student who asks now sees their place too.
    expect(textOf(await students[0].say('uitslag'))).toContain(placements[0]);

    // The export: in the playground (no file consent) the CSV shows in the chat; student numbers, no names.
    const exported = textOf(await coordinator.type('ronde export'));
    for (const s of STUDENTS) expect(exported).toContain(s.number);
    for (const s of STUDENTS) expect(exported).not.toContain(s.last);

    // And nothing of the release was sent twice in the meantime.
    for (const chat of students) expect(inChat(chat).filter((m) => m.kind === 'new' && m.text.includes('De uitslag is er!'))).toHaveLength(1);
    for (const chat of contacts) expect(inChat(chat).filter((m) => m.text.includes(`De uitslag van **${ROUND}** is er.`))).toHaveLength(1);
    expect(summaries()).toHaveLength(2);
    for (const chat of students) expect(inChat(chat).filter((m) => m.kind === 'update')).toHaveLength(1);
  }, 120_000);
});
