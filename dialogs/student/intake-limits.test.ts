import { describe, expect, it } from 'vitest';
import { STUDENT_LIMITS, Student } from '../../bot/domain/student.js';
import { formOf, intakeHarness } from '../testing/intake-fixture.js';

// Whatever the store would refuse, the form refuses first, next to the field, in words that say what to
// fix; and what it accepts is stored as meant: NFC, without invisible characters, each choice once.

const goodWish = 'Ik wil leren hoe ik wonden verzorg en hoe ik cliënten help bij het wassen.';
const travel = { municipality: 'Delft', modes: 'bike', maxMinutes: '30' };

async function atTravel() {
  const h = await intakeHarness();
  await h.submit('intake.start');
  await h.submit('intake.save.wish', { text: goodWish });
  await h.submit('intake.save.work-processes', { codes: 'B1-K1-W3' });
  return h;
}

describe('the intake\'s limits and free text', () => {
  it('takes a municipality only from the list, and says so for one too long, unknown or with hidden characters', async () => {
    const h = await atTravel();
    for (const [municipality, message] of [
      ['D'.repeat(STUDENT_LIMITS.municipalityChars + 1), 'Maximaal 80 tekens.'], ['Nergensland', 'Kies een plaats uit de lijst.'],
      ['\u202eDelft\u0000', 'tekens die ik niet kan bewaren'], ['Del\nft', 'tekens die ik niet kan bewaren'],
    ]) {
      const form = formOf(await h.submit('intake.save.travel', { ...travel, municipality }));
      expect(form.id, municipality).toBe('intake.travel');
      expect(form.errors?.municipality, municipality).toContain(message);
    }
    const many = Array.from({ length: 21 }, (_, i) => `Plaats ${i}`).join(',');
    expect(formOf(await h.submit('intake.save.travel', { ...travel, reachableMunicipalities: many })).errors?.reachableMunicipalities).toBeDefined();
    expect((await h.student()).travel).toBeUndefined();
  });

  it('keeps each transport mode once, and a trimmed, known municipality', async () => {
    const h = await atTravel();
    await h.submit('intake.save.travel', { ...travel, municipality: ' Delft ', modes: 'bike,bike,bike,public_transport,bike,bike,bike,bike', reachableMunicipalities: 'Schiedam,Schiedam' });
    expect((await h.student()).travel).toMatchObject({ municipality: 'Delft', modes: ['bike', 'public_transport'], reachableMunicipalities: ['Schiedam'] });
  });

  it('says what to fix for more electives than the store keeps, or ones the programme does not offer', async () => {
    const h = await atTravel();
    const eleven = Array.from({ length: STUDENT_LIMITS.electives + 1 }, (_, i) => `K${String(i).padStart(4, '0')}`).join(',');
    const form = formOf(await h.submit('intake.save.organisation', { organisationTypes: '', electives: eleven }));
    expect(form.id).toBe('intake.organisation');
    expect(form.errors?.electives).toMatch(/Die keuze ken ik niet|Kies hoogstens 10/);
  });

  it('refuses control characters, bidirectional overrides and unpaired surrogates in an own place, and stores NFC', async () => {
    for (const companyName of ['De Linde\u0007', 'Ab\u202ecd', 'Half \ud800 teken', 'Twee\nregels', 'Merk \uE000']) {
      const h = await intakeHarness();
      const form = formOf(await h.submit('intake.save.own-place', { companyName, place: 'Delft' }));
      expect(form.errors?.companyName, JSON.stringify(companyName)).toContain('tekens die ik niet kan bewaren');
      expect((await h.student()).ownPlacement).toBeUndefined();
    }
    const h = await intakeHarness();
    await h.submit('intake.save.own-place', { companyName: '  Cafe\u0301 De Hoek  ', place: 'Delft' });
    const stored = await h.student();
    expect(stored.ownPlacement?.companyName).toBe('Caf\u00e9 De Hoek');
    expect(Student.safeParse(stored).success).toBe(true);
  });

  it('keeps line breaks in a learning wish but refuses hidden characters there', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    expect(formOf(await h.submit('intake.save.wish', { text: `${goodWish}\u202e` })).errors?.text).toContain('tekens die ik niet kan bewaren');
    await h.submit('intake.save.wish', { text: `${goodWish}\r\nEn ik wil leren plannen.`, acceptedText: `${goodWish}\nEn ik wil leren plannen.` });
    expect((await h.student()).learningWish?.text).toBe(`${goodWish}\nEn ik wil leren plannen.`);
  });
});
