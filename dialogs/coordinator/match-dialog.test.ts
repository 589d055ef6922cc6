import { describe, expect, it } from 'vitest';
import { demoData } from '../../bot/demo/demo-round.js';
import { BEFORE_DEADLINE, formOf, intakeHarness, textOf } from '../testing/intake-fixture.js';
import { EVERYTHING } from '../../bot/store/index.js';
import type { Reply } from '../turn.js';

async function demoRound() {
  const h = await intakeHarness(demoData({ now: BEFORE_DEADLINE, playgroundUserId: 'playground-user' }));
  const as = (who: string) => (verb: string, values: Record<string, unknown> = {}) => h.submit(verb, values, 'nl', who);
  return { ...h, first: as('coord-1'), second: as('coord-2'), round: async () => (await h.store.read(EVERYTHING)).rounds['demo-round'] };
}

type Submit = (verb: string, values?: Record<string, unknown>) => Promise<Reply[]>;

/** Approving is two presses: the card that shows what is approved, then its button. */
export async function approve(as: Submit, roundId = 'demo-round'): Promise<Reply[]> {
  const card = formOf(await as('round.approve', { roundId }));
  expect(card.id).toBe('round.approve.review');
  return as('round.approve', card.actions[0].data);
}

describe('coordinator: close, match, explain, place, approve', () => {
  it('closes the round and shows a preview with figures and the unplaced students with reasons', async () => {
    const h = await demoRound();
    // Before the deadlines, closing shows what is still open and asks for a second press.
    const confirm = formOf(await h.say('ronde sluit', 'nl', 'coord-1'));
    expect(confirm.id).toBe('round.close.confirm');
    expect(confirm.intro).toMatch(/^De deadlines zijn nog niet voorbij: leerwensen tot .+; aanbod tot .+; 4 studenten hebben de leerwens nog niet bevestigd; 1 leerbedrijf heeft nog geen aanbod gegeven\./);
    expect((await h.round()).status).toBe('open');
    expect(textOf(await h.first('round.close', confirm.actions[0].data))).toContain('is gesloten');
    expect((await h.round()).status).toBe('closed');
    const preview = formOf(await h.say('ronde match', 'nl', 'coord-1'));
    expect(preview.id).toBe('round.preview');
    expect(preview.intro).toMatch(/^\d+ gekoppeld · [1-9]\d* nog zonder plek · 2 eigen plek · 4 niet bevestigd$/);
    expect(preview.sections?.[0].facts).toEqual(expect.arrayContaining([{ label: 'Loting (seed)', value: 'demo' }, { label: 'Gewichten', value: 'werkprocessen 4, leerwens 3, organisatie 2, reistijd 2, keuzedelen 1, vergoeding 0' }]));
    // Never a raw platform id: the one who ran it reads "jou".
    expect(preview.sections?.[0].facts).toEqual(expect.arrayContaining([{ label: 'Gedraaid door', value: 'jou' }]));
    expect(JSON.stringify(preview)).not.toContain('coord-1');
    const unplaced = preview.sections?.find((s) => s.title === 'Nog zonder plek')?.facts ?? [];
    expect(unplaced.length).toBeGreaterThan(0);
    expect(unplaced[0].label).toMatch(/^DEMO\d{4}$/);
    expect(unplaced[0].value.length).toBeGreaterThan(10);
    expect((await h.round()).status).toBe('matched');
  });

  it('explains one student: where and why, or why not and what would help', async () => {
    const h = await demoRound();
    await h.first('round.close', { roundId: 'demo-round', confirmed: 'true' });
    const preview = formOf(await h.first('round.match', { roundId: 'demo-round' }));
    const unplaced = preview.sections?.find((s) => s.title === 'Nog zonder plek')?.facts[0].label;
    const why = await h.first('round.explain', { roundId: 'demo-round', studentNumber: unplaced });
    expect(textOf(why)).toContain(`Studentnummer ${unplaced}`);
    const summary = why[0];
    expect(summary.kind === 'summary' && summary.facts[0].value).toBe('Nog zonder plek');
    expect(textOf(await h.first('round.explain', { roundId: 'demo-round', studentNumber: 'NOPE' }))).toContain('Uitleg per student');
  });

  it('places a student by hand only with a reason, and reruns around the pin', async () => {
    const h = await demoRound();
    await h.first('round.close', { roundId: 'demo-round', confirmed: 'true' });
    const preview = formOf(await h.first('round.match', { roundId: 'demo-round' }));
    const unplaced = preview.sections?.find((s) => s.title === 'Nog zonder plek')?.facts[0].label as string;
    const offerId = Object.keys((await h.store.read(EVERYTHING)).offers)[0];
    const noReason = formOf(await h.first('round.place', { roundId: 'demo-round', studentNumber: unplaced, offerId, reason: '' }));
    expect(noReason.notice?.text).toBe('Geef een reden (minstens 3 tekens).');
    const placement = { roundId: 'demo-round', studentNumber: unplaced, offerId, reason: 'Stond al jaren op de wachtlijst' };
    // The student was unplaced for a reason: placing them anyway breaks a hard rule, said before anything is stored.
    const warned = formOf(await h.first('round.place', placement));
    expect(warned.notice?.text).toMatch(/^Deze plaatsing breekt een harde regel: [a-z ,]+\. Weet je het zeker\?/);
    expect(warned.actions).toEqual([{ verb: 'round.place', label: 'Toch plaatsen', data: { roundId: 'demo-round', confirmed: `${unplaced}:${offerId}` } }]);
    expect(Object.values((await h.store.read(EVERYTHING)).matchRuns).at(-1)?.pins).toEqual([]);
    // A confirmation given for another placement does not count.
    const otherOffer = Object.keys((await h.store.read(EVERYTHING)).offers)[1];
    expect(formOf(await h.first('round.place', { ...placement, offerId: otherOffer, confirmed: `${unplaced}:${offerId}` })).actions[0].label).toBe('Toch plaatsen');
    const after = formOf(await h.first('round.place', { ...placement, ...warned.actions[0].data }));
    const pins = after.sections?.find((s) => s.title.startsWith('Met de hand geplaatst'))?.facts ?? [];
    expect(pins).toEqual([{ label: unplaced, value: expect.stringMatching(/ Let op, breekt: [a-z ,]+$/) }]);
    expect(after.sections?.find((s) => s.title === 'Nog zonder plek')?.facts.some((f) => f.label === unplaced) ?? false).toBe(false);
    const run = Object.values((await h.store.read(EVERYTHING)).matchRuns).at(-1);
    expect(run?.pins).toEqual([expect.objectContaining({ offerId, reason: 'Stond al jaren op de wachtlijst', by: 'coord-1' })]);
  });

  it('needs a second coordinator to approve (four eyes)', async () => {
    const h = await demoRound();
    await h.first('round.close', { roundId: 'demo-round', confirmed: 'true' });
    await h.first('round.match', { roundId: 'demo-round' });
    expect(textOf(await h.first('round.approve', { roundId: 'demo-round' }))).toContain('Een andere coördinator moet dit goedkeuren');
    expect((await h.round()).status).toBe('matched');
    expect(textOf(await approve(h.second))).toContain('is goedgekeurd (vier ogen)');
    expect((await h.round()).status).toBe('approved');
  });

  it('refuses the matching commands to a student or a company contact', async () => {
    const h = await demoRound();
    expect(textOf(await h.say('ronde match', 'nl', 'playground-user'))).toContain('Dit kan alleen een stagecoördinator doen');
    expect((await h.round()).status).toBe('open');
  });
});

describe('coordinator: scheduling the release', () => {
  async function approved() {
    const h = await demoRound();
    await h.first('round.close', { roundId: 'demo-round', confirmed: 'true' });
    await h.first('round.match', { roundId: 'demo-round' });
    return h;
  }

  it('is only possible after approval, then at a future moment, and can be postponed before it', async () => {
    const h = await approved();
    expect(textOf(await h.first('round.release.schedule', { roundId: 'demo-round', date: '2027-02-10', time: '09:00' }))).toBe('Deze stap kan nu niet in deze ronde. Er is een koppeling die nog niet is goedgekeurd: een tweede coördinator typt **ronde goedkeuren**.');
    await approve(h.second);
    const form = formOf(await h.say('ronde vrijgave', 'nl', 'coord-1'));
    expect(form.fields.map((f) => [f.id, f.value])).toEqual([['date', '2027-02-04'], ['time', '12:00'], ['typed', undefined]]);
    expect(textOf(await h.first('round.release.schedule', { roundId: 'demo-round', date: '2027-01-01', time: '09:00' }))).toBe('Kies een moment in de toekomst.');
    expect(textOf(await h.first('round.release.schedule', { roundId: 'demo-round', date: '2027-02-10', time: '09:00' }))).toBe('De vrijgave van **DEMO – Verzorgende-IG en Kok, stageronde** staat gepland op **10 februari 2027 om 09:00**.');
    expect(await h.round()).toMatchObject({ status: 'scheduled', releaseAt: '2027-02-10T09:00:00+01:00' });
    expect(formOf(await h.say('ronde vrijgave', 'nl', 'coord-1')).actions.map((a) => a.verb)).toEqual(['round.release.cancel']);
    expect(textOf(await h.first('round.release.cancel', { roundId: 'demo-round' }))).toContain('is uitgesteld');
    expect((await h.round()).status).toBe('approved');
    expect((await h.store.read(EVERYTHING)).audit.map((a) => a.action).slice(-2)).toEqual(['release.scheduled', 'release.cancelled']);
  });
});

describe('the demo', () => {
  it('lets the one demo user approve their own matching, saying that real use needs a second coordinator', async () => {
    const h = await intakeHarness(demoData({ now: BEFORE_DEADLINE, playgroundUserId: 'playground-user' }), { now: BEFORE_DEADLINE }, ['playground-user'], true);
    const as = (verb: string, values: Record<string, unknown> = {}) => h.submit(verb, values, 'nl', 'playground-user');
    await as('round.close', { roundId: 'demo-round', confirmed: 'true' });
    await as('round.match', { roundId: 'demo-round' });
    expect(textOf(await approve(as))).toContain('In het echt moet een tweede coördinator dat doen');
    expect((await h.store.read(EVERYTHING)).rounds['demo-round'].status).toBe('approved');
    expect(textOf(await h.say('demo rol student', 'nl', 'playground-user'))).toContain('Je bent nu **student** in de demo');
  });
});
