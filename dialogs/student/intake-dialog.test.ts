import { describe, expect, it } from 'vitest';
import { AFTER_DEADLINE, formOf, intakeHarness, textOf } from '../testing/intake-fixture.js';

const goodWish = 'Ik wil leren hoe ik wonden verzorg en hoe ik cliënten help bij het wassen.';
const travel = { municipality: 'Schiedam', postcodeArea: '', modes: 'bike,public_transport', maxMinutes: '30', reachableMunicipalities: 'Rotterdam' };

async function walkToSummary(h: Awaited<ReturnType<typeof intakeHarness>>) {
  await h.submit('intake.start');
  await h.submit('intake.save.wish', { text: goodWish });
  const wps = formOf(await h.submit('intake.save.work-processes', { codes: 'B1-K1-W2,B1-K1-W3' }));
  expect(wps.id).toBe('intake.organisation');
  await h.submit('intake.save.organisation', { organisationTypes: 'verpleeghuis', organisationSizes: '10-49,50-249', electives: '' });
  await h.submit('intake.save.travel', travel);
  await h.submit('intake.save.days', { days: 'mon,tue,wed', early: 'true', evening: 'false', weekend: 'false' });
  return formOf(await h.submit('intake.save.support', { wanted: 'true', details: 'Een vaste begeleider', shareWithCompany: 'true' }));
}

describe('student intake', () => {
  it('starts with what Koppel does and who sees what, then asks for the learning wish', async () => {
    const h = await intakeHarness();
    const privacy = formOf(await h.say('start'));
    expect(privacy.id).toBe('intake.privacy');
    expect(privacy.intro).toContain('Nooit naar wie je bent');
    expect(privacy.intro).toContain('Bedrijven zien niets tot de uitslag');
    const wish = formOf(await h.submit('intake.start'));
    expect(wish.id).toBe('intake.wish');
    expect((await h.student()).intakeStatus).toBe('started');
  });

  it('suggests work processes that fit the wish, marked and listed first', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    const form = formOf(await h.submit('intake.save.wish', { text: goodWish }));
    expect(form.id).toBe('intake.work-processes');
    const field = form.fields[0];
    expect(field.kind === 'multi-choice' && field.choices[0].label.startsWith('★')).toBe(true);
    expect((await h.student()).learningWish?.text).toBe(goodWish);
  });

  it('checks a postcode against the municipality given: 6511 is Nijmegen, not Rotterdam', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    await h.submit('intake.save.wish', { text: goodWish });
    await h.submit('intake.save.work-processes', { codes: 'B1-K1-W3' });
    await h.submit('intake.save.organisation', {});
    const refused = formOf(await h.submit('intake.save.travel', { ...travel, municipality: 'Rotterdam', postcodeArea: '6511' }));
    expect(refused.errors?.postcodeArea).toBe('Postcode 6511 ligt in Nijmegen, niet in Rotterdam. Klopt je postcode, of je woonplaats?');
    expect((await h.student()).travel).toBeUndefined();
    expect(formOf(await h.submit('intake.save.travel', { ...travel, municipality: 'Rotterdam', postcodeArea: '3011' })).id).toBe('intake.days');
    expect((await h.student()).travel).toMatchObject({ municipality: 'Rotterdam', postcodeArea: '3011' });
  });

  it('asks the size of organisation the student prefers from a fixed list, and refuses anything else', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    await h.submit('intake.save.wish', { text: goodWish });
    const form = formOf(await h.submit('intake.save.work-processes', { codes: 'B1-K1-W3' }));
    const sizes = form.fields.find((f) => f.id === 'organisationSizes');
    expect(sizes?.kind === 'multi-choice' && sizes.choices.map((c) => c.value)).toEqual(['1-9', '10-49', '50-249', '250+']);
    expect(formOf(await h.submit('intake.save.organisation', { organisationSizes: '1-9,enorm' })).errors).toEqual({ organisationSizes: expect.stringContaining('Die keuze ken ik niet') });
    expect((await h.student()).learningWish?.organisationSizes).toEqual([]);
    await h.submit('intake.save.organisation', { organisationSizes: '1-9' });
    expect((await h.student()).learningWish?.organisationSizes).toEqual(['1-9']);
  });

  it('resumes where the student left off after a restart', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    await h.submit('intake.save.wish', { text: goodWish });
    await h.submit('intake.save.work-processes', { codes: 'B1-K1-W2' });
    h.restart();
    expect(formOf(await h.say('mijn leerwens')).id).toBe('intake.organisation');
  });

  it('walks every step to a confirmed wish, and the stored record matches what was entered', async () => {
    const h = await intakeHarness();
    const summary = await walkToSummary(h);
    expect(summary.id).toBe('intake.summary');
    expect(JSON.stringify(summary.sections)).toContain('Schiedam');
    const done = await h.submit('intake.confirm');
    expect(textOf(done)).toContain('hoort iedereen op hetzelfde moment');
    expect(textOf(done)).toContain('20 januari 2027');
    const s = await h.student();
    expect(s.intakeStatus).toBe('confirmed');
    expect(s.learningWish).toEqual({ text: goodWish, workProcesses: ['B1-K1-W2', 'B1-K1-W3'], organisationTypes: ['verpleeghuis'], organisationSizes: ['10-49', '50-249'], electives: [] });
    expect(s.travel).toEqual({ municipality: 'Schiedam', modes: ['bike', 'public_transport'], maxMinutes: 30, reachableMunicipalities: ['Rotterdam'] });
    expect(s.availability).toEqual({ days: ['mon', 'tue', 'wed'], early: true, evening: false, weekend: false });
    expect(s.supportNeed).toEqual({ wanted: true, details: 'Een vaste begeleider', shareWithCompany: true });
  });

  it('confirming twice (a double click) keeps the first moment and sends no second result card', async () => {
    const h = await intakeHarness();
    await walkToSummary(h);
    const first = await h.submit('intake.confirm');
    expect(first.filter((r) => r.kind === 'live')).toHaveLength(1);
    const confirmedAt = (await h.student()).confirmedAt;
    h.clock.now = new Date(h.clock.now.getTime() + 1000);
    const again = await h.submit('intake.confirm');
    expect(again.filter((r) => r.kind === 'live')).toEqual([]);
    expect(textOf(again)).toContain('hoort iedereen op hetzelfde moment');
    expect((await h.student()).confirmedAt).toBe(confirmedAt);
    // A change after confirming is confirmed anew, still without a second card.
    await h.submit('intake.save.travel', { ...travel, maxMinutes: '45' });
    h.clock.now = new Date(h.clock.now.getTime() + 1000);
    expect((await h.submit('intake.confirm')).filter((r) => r.kind === 'live')).toEqual([]);
    expect((await h.student()).confirmedAt).not.toBe(confirmedAt);
  });

  it('lets a confirmed student change a part and come straight back to the summary, still confirmed', async () => {
    const h = await intakeHarness();
    await walkToSummary(h);
    await h.submit('intake.confirm');
    expect(formOf(await h.submit('intake.edit', { step: 'travel' })).id).toBe('intake.travel');
    const back = formOf(await h.submit('intake.save.travel', { ...travel, maxMinutes: '45' }));
    expect(back.id).toBe('intake.summary');
    expect((await h.student()).travel?.maxMinutes).toBe(45);
    expect((await h.student()).intakeStatus).toBe('confirmed');
  });

  it('shows what to fix next to the field and keeps everything that was typed', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    await h.submit('intake.save.wish', { text: goodWish });
    const form = formOf(await h.submit('intake.save.travel', { ...travel, modes: '', postcodeArea: '30a1' }));
    expect(form.errors).toEqual({ modes: 'Kies minstens één manier van reizen.', postcodeArea: 'Een postcode is hier 4 cijfers, bijvoorbeeld 3011.' });
    expect(form.fields.find((f) => f.id === 'municipality')?.value).toBe('Schiedam');
    expect((await h.student()).travel).toBeUndefined();
  });

  it('answers an English student in English', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start', {}, 'en');
    const form = formOf(await h.submit('intake.save.days', { days: '' }, 'en'));
    expect(form.errors?.days).toBe('Choose at least one day.');
    expect(form.title).toBe('When can you work?');
  });

  it('refuses a wish that names personal characteristics and stores none of it', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    const form = formOf(await h.submit('intake.save.wish', { text: 'Als moslima wil ik leren hoe ik ouderen verzorg in een verpleeghuis.' }));
    expect(form.id).toBe('intake.wish');
    expect(form.notice?.text).toMatch(/gaat over wie je bent \(geloof\)/);
    expect((await h.student()).learningWish).toBeUndefined();
  });

  it('saves a wish about a culture as subject matter', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    await h.submit('intake.save.wish', { text: 'Ik wil leren Surinaamse en Franse gerechten bereiden' });
    expect((await h.student()).learningWish?.text).toBe('Ik wil leren Surinaamse en Franse gerechten bereiden');
  });

  it('lets a student keep a wish with only a warning by sending it again', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    const vague = 'Ik wil veel leren over het verzorgen van ouderen in een verpleeghuis.';
    const first = formOf(await h.submit('intake.save.wish', { text: vague }));
    expect(first.notice?.tone).toBe('warning');
    expect((await h.student()).learningWish).toBeUndefined();
    expect(first.actions[0].data).toEqual({ acceptedText: vague });
    const second = formOf(await h.submit('intake.save.wish', { text: vague, acceptedText: vague }));
    expect(second.id).toBe('intake.work-processes');
  });

  it('locks everything after the deadline: read-only summary, and saving changes nothing', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    await h.submit('intake.save.wish', { text: goodWish });
    h.clock.now = AFTER_DEADLINE;
    const replies = await h.say('start');
    expect(textOf(replies)).toContain('De deadline (10 januari 2027 om 17:00) is voorbij');
    expect(formOf(replies).actions).toEqual([]);
    expect(formOf(replies).sections?.every((s) => s.action === undefined)).toBe(true);
    const before = await h.student();
    await h.submit('intake.save.wish', { text: 'Ik wil leren koken in een grote keuken voor veel mensen.' });
    expect(await h.student()).toEqual(before);
  });

  it('lets a student report an own place, leave the matching, and undo it', async () => {
    const h = await intakeHarness();
    expect(formOf(await h.submit('intake.own-place')).id).toBe('intake.own-place');
    const missing = formOf(await h.submit('intake.save.own-place', { companyName: 'Zorgcentrum De Linde', place: '' }));
    expect(missing.errors).toEqual({ place: 'Vul dit in.' });
    const saved = await h.submit('intake.save.own-place', { companyName: 'Zorgcentrum De Linde', place: 'Delft' });
    expect(textOf(saved)).toContain('Je doet nu niet mee met de koppeling');
    expect((await h.student()).intakeStatus).toBe('own-placement');
    expect((await h.student()).ownPlacement).toMatchObject({ companyName: 'Zorgcentrum De Linde', place: 'Delft' });
    expect(formOf(await h.say('start')).id).toBe('intake.own-place.undo');
    await h.submit('intake.own-place.undo');
    expect((await h.student()).intakeStatus).toBe('started');
    expect((await h.student()).ownPlacement).toBeUndefined();
  });

  it('does not confirm before the required parts are filled in, and says which', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    await h.submit('intake.save.wish', { text: goodWish });
    const form = formOf(await h.submit('intake.confirm'));
    expect(form.notice?.text).toBe('Nog niet ingevuld: Werkprocessen, Reizen, Dagen. Vul dat eerst in.');
    expect((await h.student()).intakeStatus).toBe('started');
  });

  it('refuses work processes that are not in the student\'s programme', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    await h.submit('intake.save.wish', { text: goodWish });
    const form = formOf(await h.submit('intake.save.work-processes', { codes: 'B1-K9-W9' }));
    expect(form.id).toBe('intake.work-processes');
    expect(form.errors?.codes).toContain('Die keuze ken ik niet');
    expect((await h.student()).learningWish?.workProcesses).toEqual([]);
  });

  it('tells someone who is not a student in a round whom to ask', async () => {
    const h = await intakeHarness();
    expect(textOf(await h.say('mijn gegevens', 'nl', 'stranger'))).toContain('Vraag je stagecoördinator');
  });
});

describe('asking for the result before the release', () => {
  it('tells every student the same thing: not yet, and when everyone hears it', async () => {
    const h = await intakeHarness();
    expect(textOf(await h.say('uitslag'))).toBe('De uitslag is er nog niet. Op **20 januari 2027 om 09:00** hoort iedereen het tegelijk, ook jij.');
    await walkToSummary(h);
    await h.submit('intake.confirm');
    expect(textOf(await h.say('uitslag'))).toBe('De uitslag is er nog niet. Op **20 januari 2027 om 09:00** hoort iedereen het tegelijk, ook jij.');
    expect(textOf(await h.say('result', 'en', 'someone-else'))).toBe('There is no result yet. Everyone hears it at the same moment.');
  });
});
