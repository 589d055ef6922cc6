import { describe, expect, it } from 'vitest';
import { emptyKoppelData } from '../../bot/koppel-data.js';
import { studentResult } from '../../bot/results/student-result.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { companyRoundData, CONTACT_USER, formOf, intakeHarness, releasedRound, textOf } from '../testing/intake-fixture.js';

// The school's contact person of a round: set in `ronde nieuw` and `ronde wijzigen`, shown to
// students in the intake and on the result card, and to companies on the offer card.
const NEW_ROUND = {
  name: 'Zorg september 2027', programmeCodes: '90001', mechanism: 'school',
  wishesDeadline: '2027-05-01', offersDeadline: '2027-05-08', releaseDate: '2027-06-01', releaseTime: '09:00', internshipStart: '2027-09-01',
};

describe('the school contact person of a round', () => {
  it('is asked on the new round card and checked field by field, keeping what was typed', async () => {
    const h = await intakeHarness(emptyKoppelData());
    const as = (verb: string, values: Record<string, unknown>) => h.submit(verb, values, 'nl', 'coord-1');
    const card = formOf(await h.say('ronde nieuw', 'nl', 'coord-1'));
    expect(card.fields.map((f) => f.id)).toEqual(expect.arrayContaining(['contactName', 'contactEmail', 'contactPhone']));
    const wrong = formOf(await as('round.create', { ...NEW_ROUND, contactName: 'Mw. De Vries', contactEmail: 'devries@', contactPhone: '' }));
    expect(wrong.errors).toEqual({ contactEmail: 'Dit is geen geldig e-mailadres (zoals stage@school.nl).' });
    expect(wrong.fields.find((f) => f.id === 'contactName')).toMatchObject({ value: 'Mw. De Vries' });
    expect(formOf(await as('round.create', { ...NEW_ROUND, contactEmail: 'stage@school.nl' })).errors).toEqual({ contactName: 'Vul de naam van de contactpersoon in.' });
    expect(formOf(await as('round.create', { ...NEW_ROUND, contactName: 'Mw. De Vries' })).errors).toEqual({ contactEmail: 'Geef een e-mailadres of een telefoonnummer, zodat men de contactpersoon kan bereiken.' });
    expect(Object.keys((await h.store.read(EVERYTHING)).rounds)).toEqual([]);
    expect(formOf(await as('round.create', { ...NEW_ROUND, contactName: 'Mw. De Vries', contactPhone: '010 123 45 67' })).id).toBe('round.next');
    expect(Object.values((await h.store.read(EVERYTHING)).rounds)[0].contact).toEqual({ name: 'Mw. De Vries', phone: '010 123 45 67' });
    // Without a contact the round is made as before.
    expect(formOf(await as('round.create', NEW_ROUND)).id).toBe('round.next');
  });

  it('is changed in ronde wijzigen, also after the release, and shown to students and companies', async () => {
    const h = await intakeHarness(companyRoundData());
    const edit = formOf(await h.submit('round.edit.form', { roundId: 'r1' }, 'nl', 'coord-1'));
    expect(edit.fields.map((f) => f.id)).toEqual(expect.arrayContaining(['contactName', 'contactEmail', 'contactPhone']));
    const saved = await h.submit('round.edit.save', { roundId: 'r1', contactName: 'Sanne Bakker', contactEmail: 'S.Bakker@school.nl' }, 'nl', 'coord-1');
    expect(textOf(saved)).toContain('contactpersoon');
    expect((await h.store.read(EVERYTHING)).rounds.r1.contact).toEqual({ name: 'Sanne Bakker', email: 'S.Bakker@school.nl' });
    const line = 'Vragen? Neem contact op met Sanne Bakker van school: S.Bakker@school.nl.';
    expect(formOf(await h.say('start')).intro).toContain(line);
    expect(formOf(await h.say('aanbod', 'nl', CONTACT_USER)).intro).toContain(line);
    const english = formOf(await h.say('aanbod', 'en', CONTACT_USER)).intro;
    expect(english).toContain('Questions? Contact Sanne Bakker at school: S.Bakker@school.nl.');
  });

  it('is on the student\'s result card', async () => {
    const data = releasedRound();
    data.rounds.r1.contact = { name: 'Sanne Bakker', phone: '06 12345678' };
    const h = await intakeHarness(data, { now: new Date('2027-01-20T09:00:00+01:00') });
    const card = formOf(await h.say('uitslag'));
    expect(card.sections?.[0].facts).toContainEqual({ label: 'Vragen?', value: 'Vragen? Neem contact op met Sanne Bakker van school: 06 12345678.' });
  });

  it('falls back to the school-wide SCHOOL_CONTACT when the round names nobody', () => {
    const data = releasedRound();
    const now = new Date('2027-01-20T09:00:00+01:00');
    expect(studentResult(data, 's1', now, 'Stagebureau, 010 123 45 67')?.contact).toEqual({ kind: 'text', text: 'Stagebureau, 010 123 45 67' });
    data.rounds.r1.contact = { name: 'Sanne Bakker', phone: '06 12345678' };
    expect(studentResult(data, 's1', now, 'Stagebureau')?.contact).toEqual({ kind: 'person', name: 'Sanne Bakker', phone: '06 12345678' });
    expect(studentResult(data, 's1', now)).toMatchObject({ kind: 'placed' });
  });
});
