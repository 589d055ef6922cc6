import { describe, expect, it } from 'vitest';
import type { Form } from '../../dialogs/form.js';
import { AFTER_DEADLINE, formOf, intakeHarness, rankedRoundData } from '../../dialogs/testing/intake-fixture.js';
import type { Language } from '../../dialogs/turn.js';
import { adaptiveCardProblems } from '../../test/support/adaptive-card-check.js';
import { formCard } from './form-card.js';

/** Every form a student can meet, collected by walking the real intake. */
async function everyIntakeForm(language: Language): Promise<Form[]> {
  const h = await intakeHarness();
  const forms: Form[] = [];
  const keep = async (replies: ReturnType<typeof h.submit>) => forms.push(formOf(await replies));
  await keep(h.say('start', language));
  await keep(h.submit('intake.own-place', {}, language));
  await keep(h.submit('intake.start', {}, language));
  await keep(h.submit('intake.save.wish', { text: 'Ik wil veel leren.' }, language));
  await keep(h.submit('intake.save.wish', { text: 'Ik wil leren hoe ik wonden verzorg en cliënten help bij het wassen.' }, language));
  await keep(h.submit('intake.save.work-processes', { codes: 'B1-K1-W2' }, language));
  await keep(h.submit('intake.save.organisation', { organisationTypes: 'verpleeghuis' }, language));
  await keep(h.submit('intake.save.travel', { municipality: 'Delft', modes: '', maxMinutes: '30' }, language));
  await keep(h.submit('intake.save.travel', { municipality: 'Delft', modes: 'bike', maxMinutes: '30' }, language));
  await keep(h.submit('intake.save.days', { days: 'mon' }, language));
  await keep(h.submit('intake.save.support', { wanted: 'false' }, language));
  await keep(h.submit('intake.confirm', {}, language));
  await keep(h.submit('intake.save.own-place', { companyName: 'De Linde', place: 'Delft' }, language));
  h.clock.now = AFTER_DEADLINE;
  await keep(h.say('mijn gegevens', language));
  const ranked = await intakeHarness(rankedRoundData());
  await ranked.submit('intake.save.wish', { text: 'Ik wil leren hoe ik wonden verzorg en cliënten help bij het wassen.' }, language);
  await ranked.submit('intake.save.travel', { municipality: 'Delft', modes: 'bike', maxMinutes: '30' }, language);
  await keep(ranked.submit('intake.edit', { step: 'ranking' }, language));
  await keep(ranked.submit('intake.save.ranking', { rank1: 'o1', rank2: 'o1' }, language));
  return forms;
}

describe.each(['nl', 'en'] as const)('intake cards in %s', (language) => {
  it('every card a student can meet renders in Teams without problems', async () => {
    const forms = await everyIntakeForm(language);
    expect(new Set(forms.map((f) => f.id)).size).toBeGreaterThanOrEqual(11);
    expect(forms.at(-1)?.id).toBe('intake.ranking');
    for (const form of forms) expect({ form: form.id, problems: adaptiveCardProblems(formCard(form)) }).toEqual({ form: form.id, problems: [] });
  });
});
