import { describe, expect, it } from 'vitest';
import { refreshLive } from '../live-replies.js';
import { intakeHarness, readable, releasedRound, STUDENT_USER, textOf } from '../testing/intake-fixture.js';
import type { Turn } from '../turn.js';

const AFTER_RELEASE = new Date('2027-01-20T09:00:00+01:00');
const viewer = (userId: string): Turn => ({ person: { platform: 'teams', userId }, language: 'nl', input: { kind: 'text', text: '' } });

describe('the live result card', () => {
  it('arrives with the confirmation and shows only the release moment before it', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    await h.submit('intake.save.wish', { text: 'Ik wil leren hoe ik wonden verzorg en cliënten help bij het wassen.' });
    await h.submit('intake.save.work-processes', { codes: 'B1-K1-W3' });
    await h.submit('intake.save.travel', { municipality: 'Delft', modes: 'bike', maxMinutes: '30' });
    await h.submit('intake.save.days', { days: 'mon' });
    const replies = await h.submit('intake.confirm');
    const live = replies.find((r) => r.kind === 'live');
    expect(live).toMatchObject({ kind: 'live', key: 'result:s1', form: { intro: 'Op **20 januari 2027 om 09:00** zie je hier waar je stage loopt. Iedereen hoort het op hetzelfde moment.' } });
  });

  it('shows nothing of the result before the moment, even in a scheduled round with an approved match', async () => {
    const h = await intakeHarness(releasedRound('scheduled'), { now: new Date('2027-01-20T08:59:00+01:00') });
    const live = await refreshLive('result:s1', viewer(STUDENT_USER), h.services());
    expect(live?.form.intro).toContain('zie je hier waar je stage loopt');
    expect(JSON.stringify(live)).not.toContain('Zorggroep');
  });

  it('shows the place, travel, what you learn and that the introduction is no selection, from the release moment on', async () => {
    const h = await intakeHarness(releasedRound(), { now: AFTER_RELEASE });
    const live = readable(await refreshLive('result:s1', viewer(STUDENT_USER), h.services()));
    expect(live?.form.intro).toBe('Je hebt een stageplek! Die plek is voor jou gereserveerd.');
    expect(live?.form.sections?.[0]).toMatchObject({ title: 'Zorggroep De Naam 1', facts: expect.arrayContaining([
      { label: 'Waar', value: 'Hoofdlocatie, Schiedam' },
      { label: 'Reistijd', value: 'ongeveer 12 min (Fiets)' },
      { label: 'Wat je er leert', value: 'Je leert wonden verzorgen (plek 1).' },
      { label: 'Wat nu?', value: expect.stringContaining('geen sollicitatie') },
    ]) });
    expect(textOf(await h.say('uitslag'))).toContain('Je hebt een stageplek!');
  });

  it('shows the allowance of the place when the company gave one', async () => {
    const data = releasedRound();
    const offerId = Object.values(data.matches).find((m) => m.studentId === 's1')?.offerId;
    if (!offerId) throw new Error('s1 has no place in the fixture');
    data.offers[offerId].allowancePerMonth = 275;
    const h = await intakeHarness(data, { now: AFTER_RELEASE });
    const live = readable(await refreshLive('result:s1', viewer(STUDENT_USER), h.services()));
    expect(live?.form.sections?.[0].facts).toContainEqual({ label: 'Stagevergoeding', value: '€ 275 per maand' });
  });

  it('shows a result only to the student it belongs to', async () => {
    const h = await intakeHarness(releasedRound(), { now: AFTER_RELEASE });
    expect(await refreshLive('result:s1', viewer('someone-else'), h.services())).toBeUndefined();
    expect(await refreshLive('result:s1', viewer('coord-1'), h.services())).toBeUndefined();
    expect(await refreshLive('other:s1', viewer(STUDENT_USER), h.services())).toBeUndefined();
  });
});

describe('a company learns who its students are', () => {
  function withContactAndStudent(status: 'released' | 'scheduled') {
    const data = releasedRound(status);
    // Assigned, not pushed: a zod default hands every parsed company the same empty array.
    data.companies.c1.contacts = [{ platform: 'teams', userId: 'contact-c1' }];
    Object.assign(data.students.s1, {
      displayName: 'Sanne de Vries', intakeStatus: 'confirmed', supportNeed: { wanted: true, details: 'Ik heb dyslexie' },
      learningWish: { text: 'Ik wil leren hoe ik wonden verzorg.', workProcesses: ['B1-K1-W3'], organisationTypes: [], electives: [] },
    });
    return data;
  }

  it('only from the release moment: first name, wish and work processes; nothing of support the student did not share', async () => {
    const before = await intakeHarness(withContactAndStudent('scheduled'), { now: new Date('2027-01-20T08:00:00+01:00') });
    const waiting = await before.say('mijn studenten', 'nl', 'contact-c1');
    expect(textOf(waiting)).toContain('op **20 januari 2027 om 09:00** hoort u welke studenten bij u komen');
    expect(JSON.stringify(waiting)).not.toContain('Sanne');

    const after = await intakeHarness(withContactAndStudent('released'), { now: AFTER_RELEASE });
    const replies = await after.say('mijn studenten', 'nl', 'contact-c1');
    const form = replies[0].kind === 'form' ? replies[0].form : undefined;
    expect(form?.intro).toContain('Het kennismakingsgesprek is geen selectiemoment');
    expect(form?.sections).toEqual([{ title: 'Sanne', facts: [
      { label: 'Leerwens', value: 'Ik wil leren hoe ik wonden verzorg.' },
      { label: 'Werkprocessen', value: 'Biedt persoonlijke verzorging (B1-K1-W3)' },
      { label: 'Locatie', value: 'Hoofdlocatie, Schiedam' },
    ] }]);
    expect(JSON.stringify(replies)).not.toContain('de Vries');
    expect(JSON.stringify(replies)).not.toContain('dyslexie');
    expect(textOf(await after.say('mijn studenten', 'nl', STUDENT_USER))).toContain('Dit is voor contactpersonen van leerbedrijven.');
  });
});

