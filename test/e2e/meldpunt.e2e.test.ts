import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { nl } from '../../dialogs/texts/nl.js';
import { koppelInPlayground, type KoppelInPlayground } from '../support/koppel-in-playground.js';
import { internshipWeekTwoData, MELDPUNT_USER, PEOPLE } from '../support/meldpunt-scenario.js';
import { messageWith } from '../support/playground-api.js';
import { COORDINATOR_B } from '../support/round-scenario.js';
import { seededDataDir } from '../support/seed-data.js';

// The meldpunt in the Agents Playground: a student reports anonymously from their check-in of week
// 2; the meldpunt's staff member (the browser's user) gets the case without any trace of who
// reported, moves it to "in conversation", and the student hears it in their own chat.

const m = nl.meldpunt;
const WHAT = 'Mijn werkbegeleider noemt mij steeds bij een bijnaam over mijn afkomst.';

describe('the meldpunt, in a real Teams client', () => {
  let k: KoppelInPlayground;

  beforeAll(async () => {
    k = await koppelInPlayground({ dataDir: seededDataDir(internshipWeekTwoData(new Date())), env: () => ({ COORDINATORS: COORDINATOR_B, MELDPUNT: MELDPUNT_USER }) });
  });

  afterAll(async () => k?.stop());

  it('takes an anonymous report from a check-in to the meldpunt without the reporter\'s identity, and the staff\'s step back to the student', async () => {
    onTestFailed(() => console.log(`Koppel's log:\n${k.log.join('\n')}`));
    const pg = k.api;
    const personal = pg.config.personalChat.id;
    await k.chat.type('nederlands');

    // 1. The student opens Koppel in week 2 of the internship and is asked the check-in, privately.
    const student = await pg.personalChatOf(PEOPLE.placed.userId);
    await student.say('nederlands');
    const checkIn = await pg.waitFor(() => student.messages().find((msg) => msg.text.includes(nl.checkIns.questions['be-yourself'])), 'the check-in of week 2');
    expect(checkIn.text).toContain(m.promise.slice(0, 40));

    // 2. From the check-in, the student reports anonymously.
    const form = messageWith(await student.press(checkIn, m.report), m.formTitle);
    const received = await student.press(form, m.send, { what: WHAT, phase: 'internship', anonymous: 'yes', contactWish: 'chat' });
    const caseNumber = /M-[A-Z0-9]{6}/.exec(received.map((r) => r.text).join('\n'))?.[0];
    expect(caseNumber, received.map((r) => r.text).join('\n')).toBeDefined();
    expect(received.map((r) => r.text).join('\n')).toContain(m.whoHandlesAnonymous.slice(0, 40));

    // 3. The meldpunt's staff member sees the case in the browser: what happened, and nothing of who reported it.
    const caseCard = k.chat.cards(m.staff.caseTitle(caseNumber!));
    await expect.poll(() => caseCard.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const shown = await caseCard.last().innerText();
    expect(shown).toContain(WHAT);
    expect(shown).toContain(m.staff.anonymous.slice(0, 30));
    for (const trace of [PEOPLE.placed.userId, PEOPLE.placed.number, 'Megan', 'Bowen']) expect(shown).not.toContain(trace);
    // What the staff's client received, as the playground logged it: no platform id, number or name of the reporter.
    const toStaff = JSON.stringify(pg.messages().filter((msg) => msg.conversationId === personal && msg.text.includes(caseNumber!)));
    expect(toStaff).toContain(WHAT);
    for (const trace of [PEOPLE.placed.userId, PEOPLE.placed.number, 'Megan', 'Bowen', student.conversationId]) expect(toStaff).not.toContain(trace);

    // 4. The staff member moves the case along; the student hears it in their own chat.
    await pg.turn(personal, () => caseCard.last().getByRole('button', { name: m.staff.inConversation, exact: true }).click());
    await pg.waitFor(() => student.messages().some((msg) => msg.text.includes(m.reporterUpdates['in-conversation'](caseNumber!).slice(0, 60))), 'the student to hear the case is in conversation');
    expect((await student.say('mijn meldingen')).map((r) => r.text).join('\n')).toContain(`${caseNumber}: in gesprek`);
    // Koppel's log carries ids and counts: never what was reported.
    expect(k.log.join('\n')).not.toContain(WHAT.slice(0, 20));
    expect(k.log.join('\n')).not.toContain('afkomst');
  }, 120_000);
});
