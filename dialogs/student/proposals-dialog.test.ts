import { describe, expect, it } from 'vitest';
import { notificationReplies } from '../notification-replies.js';
import { formOf, intakeHarness, readable, textOf } from '../testing/intake-fixture.js';
import { CHOOSING, choosingRound, DEADLINE } from '../testing/proposals-fixture.js';
import { en } from '../texts/en.js';
import { nl } from '../texts/nl.js';

// The student's side of a proposals round: the card with their proposals (never a company), the
// choice by a button, a friendly refusal for anything else, and nothing lost on a bad press.

describe('the proposals card', () => {
  it('shows each proposal by work, learning, place, travel and allowance, never the company, with a button each', async () => {
    const h = await intakeHarness(choosingRound(), { now: CHOOSING });
    const form = formOf(await h.say('voorstellen'));
    expect(form.title).toBe(nl.proposals.student.title);
    expect(form.sections?.map((s) => s.title)).toEqual(['Plek A (beste voorstel)', 'Plek B']);
    expect(form.sections?.map((s) => s.action?.label)).toEqual(['Kies plek A', 'Kies plek B']);
    expect(form.sections?.[0].facts.map((f) => f.label)).toEqual(['Wat je doet', 'Wat je leert', 'Waar', 'Reistijd']);
    expect(form.sections?.[1].facts.find((f) => f.label === 'Stagevergoeding')?.value).toBe('€ 250 per maand');
    expect(form.sections?.[0].facts.find((f) => f.label === 'Wat je leert')?.value).toBe('Je leert wonden verzorgen (plek 1).');
    expect(JSON.stringify(form)).not.toMatch(/Zorggroep|De Naam|"c\d"|Hoofdlocatie/);
    expect(form.intro).toContain('16 januari 2027');
  });

  it('saves a choice with a confirmation, marks it on the card, and lets the student change it', async () => {
    const h = await intakeHarness(choosingRound(), { now: CHOOSING });
    const chosen = await h.submit('proposals.choose', { roundId: 'r1', offerId: 'o0' });
    expect(textOf(chosen)).toContain('Je hebt gekozen voor plek B. Je kunt dit veranderen tot 16 januari 2027');
    expect(formOf(chosen).sections?.map((s) => s.title)).toEqual(['Plek A (beste voorstel)', 'Plek B (jouw keuze)']);
    expect((await h.student()).proposals?.chosen).toBe('o0');
    await h.submit('proposals.choose', { roundId: 'r1', offerId: 'o1' });
    expect((await h.student()).proposals?.chosen).toBe('o1');
  });

  it('answers a bad press in the student\'s language and keeps the choice made before', async () => {
    const h = await intakeHarness(choosingRound(), { now: CHOOSING });
    await h.submit('proposals.choose', { roundId: 'r1', offerId: 'o0' });
    expect(textOf(await h.submit('proposals.choose', { roundId: 'r1' }))).toContain(nl.proposals.student.refusals.unreadable);
    expect(textOf(await h.submit('proposals.choose', { roundId: 'r1', offerId: { evil: true } }, 'en'))).toContain(en.proposals.student.refusals.unreadable);
    const notMine = await h.submit('proposals.choose', { roundId: 'r1', offerId: 'o2' }, 'en');
    expect(formOf(notMine).notice?.text).toBe(en.proposals.student.refusals['not-proposed']);
    expect((await h.student()).proposals?.chosen).toBe('o0');
  });

  it('after the deadline shows the card without buttons and refuses a change', async () => {
    const h = await intakeHarness(choosingRound(), { now: new Date(DEADLINE) });
    const form = formOf(await h.say('voorstellen'));
    expect(form.sections?.every((s) => s.action === undefined)).toBe(true);
    expect(form.intro).toBe(nl.proposals.student.closedNoChoice);
    expect(formOf(await h.submit('proposals.choose', { roundId: 'r1', offerId: 'o0' })).notice?.text).toBe(nl.proposals.student.refusals['deadline-passed']);
    expect((await h.student()).proposals?.chosen).toBeUndefined();
  });

  it('is not there before the proposals are released, nor for someone else', async () => {
    const data = choosingRound();
    delete data.rounds.r1.proposalsReleasedAt;
    const h = await intakeHarness(data, { now: CHOOSING });
    expect(textOf(await h.say('voorstellen'))).toContain(nl.proposals.student.none);
    expect(textOf(await h.submit('proposals.choose', { roundId: 'r1', offerId: 'o0' }))).toContain(nl.proposals.student.refusals['no-proposals']);
    expect(textOf(await h.say('my proposals', 'en', 'someone-else'))).not.toContain('Place A');
  });

  it('words the release message and the reminder when sending; a student who chose is not reminded', async () => {
    const h = await intakeHarness(choosingRound(), { now: CHOOSING });
    const released = readable(await notificationReplies({ kind: 'proposals-released', roundId: 'r1', studentId: 's1' }, 'nl', h.services()));
    expect(textOf(released)).toContain('Je stagevoorstellen voor **Zorg februari 2027** zijn er!');
    expect(formOf(released).title).toBe(nl.proposals.student.title);
    const reminder = await notificationReplies({ kind: 'choice-reminder', roundId: 'r1', studentId: 's1', deadline: DEADLINE }, 'en', h.services());
    expect(textOf(reminder)).toContain('the school places you on your best proposal');
    await h.submit('proposals.choose', { roundId: 'r1', offerId: 'o1' });
    expect(await notificationReplies({ kind: 'choice-reminder', roundId: 'r1', studentId: 's1', deadline: DEADLINE }, 'nl', h.services())).toEqual([]);
  });
});
