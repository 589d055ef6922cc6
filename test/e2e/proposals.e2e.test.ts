import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { formatMoment } from '../../dialogs/format-moment.js';
import { nl } from '../../dialogs/texts/nl.js';
import { koppelInPlayground, type KoppelInPlayground } from '../support/koppel-in-playground.js';
import type { BotMessage } from '../support/playground-api.js';
import { amsterdam, COMPANIES, COMPANY_CSV, COORDINATOR_B, giveOffer, LINDE, MAASSTAD, ROUND, STUDENT_CSV, STUDENTS, walkIntake } from '../support/round-scenario.js';

// A proposals round ("Student kiest uit de 2 beste plekken") in the Agents Playground, from
// `ronde nieuw` to the final release: the browser's user is coordinator A; students, companies and
// coordinator B talk through the playground's APIs. Megan and Isaiah choose (Isaiah his second
// place), Adele does not: she is reminded once and placed on her best proposal. Koppel runs on a
// clock the test moves forward to each moment.

const p = nl.proposals;
const textOf = (messages: BotMessage[]) => messages.map((m) => m.text).join('\n');
const DAY = 86_400_000;

describe('a proposals round from `ronde nieuw` to the final release, in a real Teams client', () => {
  let k: KoppelInPlayground;
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);

  beforeAll(async () => {
    // The scheduled passes every second, so the reminder comes as soon as the clock says it is due.
    k = await koppelInPlayground({ env: () => ({ COORDINATORS: `user-id-0,${COORDINATOR_B}` }), now, reminderIntervalMs: 1_000 });
  });

  afterAll(async () => k?.stop());

  it('proposes places to every student at once, takes their choices until the deadline, and releases a final match that follows them', async () => {
    onTestFailed(() => console.log(`Koppel's log:\n${k.log.join('\n')}`));
    const pg = k.api;
    const { type, click, newCard, cards } = k.chat;
    const personal = pg.config.personalChat.id;
    await type('nederlands');

    // 1. The round, as a proposals round; the choice deadline is left to its default.
    const day = (days: number) => amsterdam(new Date(now().getTime() + days * DAY)).date;
    const newRound = await newCard('Nieuwe stageronde', () => type('ronde nieuw'));
    await newRound.getByLabel('Naam van de ronde').fill(ROUND);
    await newRound.locator('label').filter({ hasText: /\(90001, niveau 3\)/ }).click();
    await newRound.locator('label').filter({ hasText: nl.coordinator.newRound.mechanisms.proposals }).click();
    await newRound.getByLabel('Deadline leerwensen (om 17:00)').fill(day(10));
    await newRound.getByLabel('Deadline aanbod bedrijven (om 17:00)').fill(day(10));
    await newRound.getByLabel('Datum van de uitslag').fill(day(30));
    await newRound.getByLabel('Start van de stage').fill(day(70));
    const nextSteps = await newCard('Volgende stappen', () => click(newRound, 'Ronde aanmaken'));
    expect(Object.values(k.store().rounds)[0]).toMatchObject({ mechanism: 'proposals', stage: 'proposals' });
    const studentImport = await newCard('Studenten importeren', () => type('studenten importeren'));
    await studentImport.getByLabel('CSV').fill(STUDENT_CSV);
    expect(textOf(await click(studentImport, 'Importeren'))).toContain('3 studenten geïmporteerd.');
    const companyImport = await newCard('Leerbedrijven importeren', () => type('bedrijven importeren'));
    await companyImport.getByLabel('CSV').fill(COMPANY_CSV);
    expect(textOf(await click(companyImport, 'Importeren'))).toContain('2 leerbedrijven geïmporteerd.');
    expect(textOf(await click(nextSteps, 'Ronde openen'))).toContain(`Ronde **${ROUND}** is open.`);

    const students = await Promise.all(STUDENTS.map((s) => pg.personalChatOf(s.userId)));
    const contacts = await Promise.all(COMPANIES.map((c) => pg.personalChatOf(c.userId)));
    await Promise.all([...STUDENTS.map((s, i) => walkIntake(students[i], s)), ...COMPANIES.map((c, i) => giveOffer(contacts[i], c))]);
    const [megan, adele, isaiah] = students;

    // 2. The first match proposes; a second coordinator approves the proposals.
    const closeNow = await newCard(`Ronde nu sluiten? ${ROUND}`, () => type('ronde sluit'));
    expect(textOf(await click(closeNow, 'Toch nu sluiten'))).toContain(`Ronde **${ROUND}** is gesloten.`);
    const preview = await newCard(`Voorstellen: ${ROUND}`, () => type('ronde match'));
    expect(await preview.innerText()).toContain('3 studenten krijgen voorstellen');
    const coordinatorB = pg.speakerIn(personal, { id: COORDINATOR_B });
    await coordinatorB.say('nederlands');
    const approveProposals = async () => {
      const runId = /ronde goedkeuren (run_\d+)/.exec(textOf(await coordinatorB.say('ronde goedkeuren')))?.[1];
      expect(runId).toBeDefined();
      expect(textOf(await coordinatorB.say(`ronde goedkeuren ${runId}`))).toContain(`De koppeling van **${ROUND}** is goedgekeurd (vier ogen).`);
    };
    await approveProposals();

    // 3. The proposals' moment, some minutes ahead; before it nobody sees a proposal.
    const moment = new Date(Math.ceil(now().getTime() / 60_000) * 60_000 + 5 * 60_000);
    const releaseForm = await newCard(`Vrijgave: ${ROUND}`, () => type('ronde vrijgave'));
    expect(await releaseForm.innerText()).toContain(p.coordinator.releaseIntro);
    await releaseForm.getByLabel('Datum').fill(amsterdam(moment).date);
    await releaseForm.getByLabel('Tijd').fill(amsterdam(moment).time);
    expect(textOf(await click(releaseForm, 'Vrijgave plannen'))).toContain(p.coordinator.scheduled(ROUND, formatMoment(moment.toISOString(), 'nl')));
    for (const chat of students) expect(textOf(await chat.say('voorstellen'))).toContain(p.student.none);

    // 4. At the moment every student gets their proposals: work, learning, place, travel; no company.
    const seen = pg.messages().length;
    offsetMs = moment.getTime() - Date.now() + 1_000;
    const since = () => pg.messages().slice(seen);
    const inChat = (chat: { conversationId: string }) => since().filter((m) => m.conversationId === chat.conversationId);
    const proposalCards = await pg.waitFor(() => {
      const found = students.map((chat) => inChat(chat).find((m) => m.text.includes(p.student.title)));
      return found.every(Boolean) && (found as BotMessage[]);
    }, 'every student to get their proposals', 30_000);
    const arrived = proposalCards.map((m) => m.at);
    expect(Math.max(...arrived) - Math.min(...arrived)).toBeLessThan(5_000);
    for (const chat of students) expect(textOf(inChat(chat))).toContain(`Je stagevoorstellen voor **${ROUND}** zijn er!`);
    for (const card of proposalCards) {
      for (const label of [p.student.work, p.student.learn, p.student.where, p.student.travel]) expect(card.text).toContain(label);
      for (const name of [LINDE, MAASSTAD, 'Verpleeghuis De Linde', 'Wijkteam Centrum']) expect(card.text).not.toContain(name);
    }
    // Megan and Adele can each reach one place, Isaiah both.
    expect(proposalCards.map((card) => (card.text.match(/Kies plek [A-E]/g) ?? []).length)).toEqual([1, 1, 2]);
    // Companies learn nothing yet.
    for (const chat of contacts) {
      expect(inChat(chat)).toEqual([]);
      const interns = textOf(await chat.say('mijn studenten'));
      for (const s of STUDENTS) expect(interns).not.toContain(s.first);
    }

    // 5. Megan chooses; Isaiah chooses A, then changes to B; Adele does nothing.
    expect(textOf(await megan.press(proposalCards[0], 'Kies plek A'))).toContain('Je hebt gekozen voor plek A.');
    expect(textOf(await isaiah.press(proposalCards[2], 'Kies plek A'))).toContain('Je hebt gekozen voor plek A.');
    expect(textOf(await isaiah.press(proposalCards[2], 'Kies plek B'))).toContain('Je hebt gekozen voor plek B.');
    const status = await newCard(`Stand van zaken: ${ROUND}`, () => type('ronde status'));
    const shownStatus = await status.innerText();
    expect(shownStatus).toContain(p.coordinator.choseCount(2, 3));
    expect(shownStatus).toContain(p.coordinator.stage.final);
    // The final match waits for the deadline (five days after the proposals, by default).
    expect(textOf(await type('ronde match'))).toContain(p.coordinator.choicesOpen);

    // 6. A day before the deadline the one who has not chosen is reminded, once, however often the pass runs.
    offsetMs = moment.getTime() + 4.5 * DAY - Date.now();
    await pg.waitFor(() => inChat(adele).some((m) => m.text.includes('Herinnering: je hebt nog geen plek gekozen')), 'Adele to be reminded', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(inChat(megan).concat(inChat(isaiah)).filter((m) => m.text.includes('Herinnering'))).toEqual([]);
    expect(inChat(adele).filter((m) => m.text.includes('Herinnering'))).toHaveLength(1);
    // After the deadline nobody can change any more.
    offsetMs = moment.getTime() + 5 * DAY + 60_000 - Date.now();
    expect(textOf(await isaiah.press(proposalCards[2], 'Kies plek A'))).toContain(p.student.refusals['deadline-passed']);

    // 7. The final match follows the choices; four eyes again; then the release as any release.
    const final = await newCard(`Koppeling: ${ROUND}`, () => type('ronde match'));
    expect(await final.innerText()).toContain('3 gekoppeld · 0 nog zonder plek');
    await approveProposals();
    const releaseAt = new Date(Math.ceil(now().getTime() / 60_000) * 60_000 + 5 * 60_000);
    const finalForm = await newCard(`Vrijgave: ${ROUND}`, () => type('ronde vrijgave'));
    await finalForm.getByLabel('Datum').fill(amsterdam(releaseAt).date);
    await finalForm.getByLabel('Tijd').fill(amsterdam(releaseAt).time);
    expect(textOf(await click(finalForm, 'Vrijgave plannen'))).toContain(`staat gepland op **${formatMoment(releaseAt.toISOString(), 'nl')}**`);
    offsetMs = releaseAt.getTime() - Date.now() + 1_000;
    await pg.waitFor(() => students.every((chat) => inChat(chat).some((m) => m.text.includes('De uitslag is er!'))), 'every student to hear the result', 30_000);
    await pg.waitFor(() => contacts.every((chat) => inChat(chat).some((m) => m.text.includes(`De uitslag van **${ROUND}** is er.`))), 'every company to hear its students', 30_000);

    // Where each went: Isaiah to the place he chose, Adele to her best (only) proposal.
    const data = k.store();
    const byNumber = (n: string) => Object.values(data.students).find((s) => s.studentNumber === n)!;
    const companyOf = (offerId: string | null | undefined) => (offerId ? data.companies[data.offers[offerId].companyId].name : undefined);
    const placed = (n: string) => companyOf(Object.values(data.placements).find((pl) => pl.studentId === byNumber(n).id)?.offerId);
    expect(byNumber('100303').proposals?.chosen).toBe(byNumber('100303').proposals?.offerIds[1]);
    expect(placed('100303')).toBe(companyOf(byNumber('100303').proposals?.chosen));
    expect(byNumber('100302').proposals?.chosen).toBeUndefined();
    expect(placed('100302')).toBe(companyOf(byNumber('100302').proposals?.offerIds[0]));
    expect(placed('100301')).toBe(LINDE);
    expect(textOf(await adele.say('uitslag'))).toContain(placed('100302'));
    await expect.poll(() => cards(`Uitslag verstuurd: ${ROUND}`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  }, 240_000);
});
