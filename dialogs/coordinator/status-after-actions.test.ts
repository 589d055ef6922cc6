// What people are told after a coordinator acted: a round closed before its deadlines, and a round
// whose result is out. Neither may read like a countdown or a passed deadline.
import { describe, expect, it } from 'vitest';
import { companyRoundData, CONTACT_USER, formOf, intakeHarness, releasedRound, textOf } from '../testing/intake-fixture.js';

type Facts = Array<{ label: string; value: string }>;
const section = (form: ReturnType<typeof formOf>, title: string): Facts => form.sections?.find((s) => s.title === title)?.facts ?? [];

describe('after an early `ronde sluit`', () => {
  it('the student hears the school closed the sign-up, not that the deadline passed', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    const confirm = formOf(await h.say('ronde sluit', 'nl', 'coord-1'));
    expect(confirm.id).toBe('round.close.confirm');
    expect(textOf(await h.submit(confirm.actions[0].verb, confirm.actions[0].data, 'nl', 'coord-1'))).toContain('is gesloten');
    const reply = textOf(await h.say('start'));
    expect(reply).toContain('De school heeft de inschrijving gesloten.');
    expect(reply).not.toMatch(/deadline/i);
  });

  it('the company contact still sees their own offer, read-only, and hears the school closed the round', async () => {
    const h = await intakeHarness(companyRoundData());
    await h.submit('offer.save', {
      roundId: 'r1', places: '2', supervisionCapacity: '1', days: 'mon', programmeCodes: '90001', workProcesses: '90001/B1-K1-W3', organisationType: 'verpleeghuis',
      learnText: 'Je leert wonden verzorgen.', locationId: 'loc1', placesStayFree: 'true', introductionIsNoSelection: 'true', noSubjectiveRefusal: 'true', actsOnDiscrimination: 'true',
    }, 'nl', CONTACT_USER);
    await h.submit('round.close', { roundId: 'r1', confirmed: 'true' }, 'nl', 'coord-1');
    const replies = await h.say('aanbod', 'nl', CONTACT_USER);
    expect(textOf(replies)).toContain('De school heeft de ronde gesloten. U kunt uw aanbod niet meer aanpassen.');
    expect(textOf(replies)).not.toMatch(/deadline|geen open stageronde/i);
    const summary = formOf(replies);
    expect(summary.id).toBe('offer.summary');
    expect(summary.actions).toEqual([]);
  });

  it('the status shows the phase, and no countdown to deadlines that no longer apply', async () => {
    const h = await intakeHarness();
    await h.submit('round.close', { roundId: 'r1', confirmed: 'true' }, 'nl', 'coord-1');
    const status = formOf(await h.say('ronde status', 'nl', 'coord-1'));
    expect(section(status, 'Ronde')).toEqual([{ label: 'Fase', value: 'Gesloten: klaar om te koppelen' }]);
    const moments = section(status, 'Momenten');
    expect(moments.find((f) => f.label === 'Deadline leerwensen')?.value).toMatch(/\(ronde eerder gesloten\)$/);
    expect(moments.filter((f) => f.label.startsWith('Deadline')).map((f) => f.value).join(' ')).not.toMatch(/nog \d+ dag/);
    // The release is still ahead: that countdown stays.
    expect(moments.find((f) => f.label === 'Uitslag')?.value).toMatch(/\(nog \d+ dagen\)$/);
  });
});

describe('after the release', () => {
  it('`ronde status` shows the round is out with its results, not a countdown', async () => {
    const h = await intakeHarness(releasedRound('released'), { now: new Date('2027-01-21T10:00:00+01:00') });
    const status = formOf(await h.say('ronde status', 'nl', 'coord-1'));
    expect(section(status, 'Ronde')).toEqual([{ label: 'Fase', value: 'De uitslag is bekend' }]);
    expect(section(status, 'Koppeling')).toEqual(expect.arrayContaining([{ label: 'Met stageplek', value: expect.stringMatching(/^\d+$/) }, { label: 'Goedkeuring', value: 'Goedgekeurd' }]));
    const release = section(status, 'Momenten').find((f) => f.label === 'Uitslag')?.value;
    expect(release).toMatch(/\(verstuurd\)$/);
    expect(section(status, 'Momenten').map((f) => f.value).join(' ')).not.toMatch(/nog \d+ dag|vandaag/);
  });
});
