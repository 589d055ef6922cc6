import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { nl } from '../../dialogs/texts/nl.js';
import { FOLLOW_UP_ROUND, PEOPLE, releasedFollowUpData, RIVIERZORG } from '../support/follow-up-scenario.js';
import { koppelInPlayground, type KoppelInPlayground } from '../support/koppel-in-playground.js';
import { messageWith, type BotMessage } from '../support/playground-api.js';
import { COORDINATOR_B } from '../support/round-scenario.js';
import { seededDataDir } from '../support/seed-data.js';

// After the release, in the Agents Playground: a company plans the introduction meeting, another
// refuses its student with a reason, the coordinator (the browser's user) is alerted and upholds it,
// makes a rematch that a second coordinator approves, and the refused student's card shows the new
// place. Students and company contacts talk through the playground's own APIs.

const f = nl.followUp;
const textOf = (messages: BotMessage[]) => messages.map((m) => m.text).join('\n');

describe('the follow-up after a release, in a real Teams client', () => {
  let k: KoppelInPlayground;

  beforeAll(async () => {
    k = await koppelInPlayground({ dataDir: seededDataDir(releasedFollowUpData(new Date())), env: () => ({ COORDINATORS: `user-id-0,${COORDINATOR_B}` }) });
  });

  afterAll(async () => k?.stop());

  it('plans a meeting, takes a refusal to the coordinator, and gives the student a new place after a rematch with four eyes', async () => {
    onTestFailed(() => console.log(`Koppel's log:\n${k.log.join('\n')}`));
    const pg = k.api;
    const personal = pg.config.personalChat.id;
    const { type, click, cards } = k.chat;
    await type('nederlands');

    // 1. The students open Koppel; the first acknowledges the place on the result card.
    const [placed, refused] = await Promise.all([pg.personalChatOf(PEOPLE.placed.userId), pg.personalChatOf(PEOPLE.refused.userId)]);
    await refused.say('nederlands');
    await placed.say('nederlands');
    const card = messageWith(await placed.say('uitslag'), 'Je hebt een stageplek!');
    const acknowledged = await placed.press(card, f.student.acknowledge);
    expect(textOf(acknowledged)).toContain(f.student.acknowledged);

    // 2. De Linde proposes a moment for the introduction meeting; the student hears it and chooses.
    const linde = await pg.personalChatOf(PEOPLE.linde);
    await linde.say('nederlands');
    const interns = messageWith(await linde.say('mijn studenten'), f.company.noSelection);
    const follow = messageWith(await linde.press(interns, f.company.meeting), f.company.noSelection);
    const propose = messageWith(await linde.press(follow, f.company.propose), f.company.proposeTitle);
    const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + 5 * 86_400_000));
    expect(textOf(await linde.press(propose, f.company.send, { date1: day, time1: '10:00' }))).toContain(f.company.proposed);
    await pg.waitFor(() => placed.messages().some((m) => m.text.includes(f.student.notifications.meetingProposed)), 'the student to hear of the proposed moment');
    const withMoments = await pg.waitFor(() => placed.messages().filter((m) => m.text.includes(f.student.meetingChoose)).at(-1), 'the card with the moments');
    const chosen = await placed.press(withMoments, new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(`${day}T10:00:00+01:00`)));
    expect(textOf(chosen)).toContain('Gepland op');

    // 3. Maasstad refuses its student: "geen klik" is refused, a reason from the list goes through.
    const maasstad = await pg.personalChatOf(PEOPLE.maasstad);
    await maasstad.say('nederlands');
    const theirs = messageWith(await maasstad.say('mijn studenten'), f.company.noSelection);
    const follow2 = messageWith(await maasstad.press(theirs, f.company.meeting), f.company.noSelection);
    const refuseForm = messageWith(await maasstad.press(follow2, f.company.refuse), f.company.refuseTitle);
    const noClick = await maasstad.press(refuseForm, f.company.send, { reason: 'other', text: 'Geen klik met het team' });
    expect(textOf(noClick)).toContain('klik');
    expect(textOf(await maasstad.press(refuseForm, f.company.send, { reason: 'no-supervisor' }))).toContain(f.company.refused);

    // 4. The coordinator is alerted in the browser, with the reason, and upholds the refusal.
    const alert = cards('Afwijzing: student 200102');
    await expect.poll(() => alert.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await alert.last().innerText()).toContain(f.company.reasons['no-supervisor']);
    expect(textOf(await click(alert.last(), f.coordinator.uphold))).toContain('Afwijzing overgenomen');
    // The student hears it from the school, with a date: never only from the company.
    await pg.waitFor(() => refused.messages().some((m) => m.text.includes('Je plek bij het leerbedrijf gaat niet door')), 'the student to hear it from the school');

    // 5. A rematch, approved by the second coordinator (four eyes), releases the new place at once.
    expect(textOf(await type(`ronde herkoppel ${FOLLOW_UP_ROUND}`))).toContain('Herkoppeling gemaakt: 1 student krijgt een plek');
    expect(textOf(await type(`ronde herkoppel goedkeuren ${FOLLOW_UP_ROUND}`))).toContain(f.coordinator.rematchRefused['needs-second-coordinator']);
    const coordinatorB = pg.speakerIn(personal, { id: COORDINATOR_B });
    await coordinatorB.say('nederlands');
    expect(textOf(await coordinatorB.say(`ronde herkoppel goedkeuren ${FOLLOW_UP_ROUND}`))).toContain('Goedgekeurd en vrijgegeven: 1 student heeft een nieuwe plek');
    await pg.waitFor(() => refused.messages().some((m) => m.text.includes(f.student.notifications.placedAgain)), 'the student to hear of the new place');
    const newPlace = await pg.waitFor(() => refused.messages().find((m) => m.text.includes(RIVIERZORG) && m.text.includes('Je hebt een stageplek')), 'the new place on the student\'s card');
    expect(newPlace.statusCode).toBeLessThan(300);
    // Maasstad never gets this student again; Rivierzorg hears a student is coming.
    const rivierzorg = await pg.personalChatOf(PEOPLE.rivierzorg);
    await rivierzorg.say('nederlands');
    expect(textOf(await rivierzorg.say('mijn studenten'))).toContain(PEOPLE.refused.first);
    expect(textOf(await maasstad.say('mijn studenten'))).not.toContain(PEOPLE.refused.first);
  }, 150_000);
});
