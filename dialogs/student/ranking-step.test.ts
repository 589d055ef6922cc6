import { describe, expect, it } from 'vitest';
import type { KoppelView } from '../../bot/koppel-data.js';
import { formOf, intakeHarness, rankedRoundData, textOf } from '../testing/intake-fixture.js';

async function atRanking(offers: (data: KoppelView) => void = () => {}, requirements?: Record<string, string>) {
  const h = await intakeHarness(rankedRoundData());
  await h.store.update({ offers: 'all' }, offers);
  await h.submit('intake.start');
  await h.submit('intake.save.wish', { text: 'Ik wil leren hoe ik wonden verzorg en cliënten help bij het wassen.' });
  await h.submit('intake.save.work-processes', { codes: 'B1-K1-W3' });
  await h.submit('intake.save.organisation', {});
  await h.submit('intake.save.travel', { municipality: 'Schiedam', modes: 'bike', maxMinutes: '30' });
  await h.submit('intake.save.days', { days: 'mon,tue' });
  if (requirements) await h.submit('intake.save.requirements', requirements);
  return { h, form: formOf(await h.submit('intake.save.support', { wanted: 'false' })) };
}

describe('ranking in a ranked round', () => {
  it('shows offers by work, learning, place and travel time, the best fitting first, and never a company name', async () => {
    const { form } = await atRanking();
    expect(form.id).toBe('intake.ranking');
    expect(JSON.stringify(form)).not.toContain('Zorggroep');
    expect(form.sections?.[0]).toMatchObject({ title: 'Plek A', facts: [{ label: 'Werk', value: 'Biedt persoonlijke verzorging (B1-K1-W3)' }, { label: 'Wat je leert', value: 'Je leert wonden verzorgen (plek 1).' }, { label: 'Waar', value: expect.stringMatching(/^Verpleeghuis, Schiedam \(± \d+ min\)$/) }, { label: 'Dagen', value: expect.any(String) }, { label: 'Stagevergoeding', value: 'niet opgegeven' }] });
    const first = form.fields[0];
    expect(first.kind === 'choice' && first.choices.map((c) => c.value)).toEqual(['o1', 'o2', 'o0']);
  });

  it('shows each place\'s days, shifts and allowance as the company gave them', async () => {
    const { h, form } = await atRanking((data) => {
      data.offers.o1.allowancePerMonth = 350;
      data.offers.o2.allowancePerMonth = 0;
      Object.assign(data.offers.o1, { days: ['mon', 'tue', 'wed'], minDays: 2, shiftsNeeded: ['weekend'] });
    });
    const allowance = (form.sections ?? []).map((s) => [s.title, s.facts.find((f) => f.label === 'Stagevergoeding')?.value]);
    expect(allowance).toEqual([['Plek A', '€ 350 per maand'], ['Plek B', 'geen'], ['Plek C', 'niet opgegeven']]);
    expect(form.sections?.[0].facts).toEqual(expect.arrayContaining([
      { label: 'Dagen', value: 'maandag, dinsdag, woensdag (je komt op minstens 2 daarvan)' }, { label: 'Diensten', value: 'Weekenddiensten' },
    ]));
    const en = formOf(await h.submit('intake.show', {}, 'en'));
    expect(en.sections?.[0].facts.find((f) => f.label === 'Allowance')?.value).toBe('€ 350 a month');
  });

  it('offers no place that asks what the student said they do not have', async () => {
    const { h, form } = await atRanking((data) => { data.offers.o1.requirements = ['driving_licence']; }, { driving_licence: 'no' });
    expect(form.sections ?? []).toHaveLength(2);
    expect(formOf(await h.submit('intake.save.ranking', { rank1: 'o1' })).notice?.text).toContain('Die keuze ken ik niet');
  });

  it('keeps a top 3 in order, refuses the same place twice and places that are not offered', async () => {
    const { h } = await atRanking();
    expect(formOf(await h.submit('intake.save.ranking', { rank1: 'o1', rank2: 'o1' })).errors).toEqual({ rank2: 'Kies elke plek maar één keer.' });
    expect(formOf(await h.submit('intake.save.ranking', { rank1: 'o9' })).notice?.text).toContain('Die keuze ken ik niet');
    const summary = formOf(await h.submit('intake.save.ranking', { rank1: 'o2', rank2: 'o0', rank3: '' }));
    expect(summary.id).toBe('intake.summary');
    expect((await h.student()).ranking).toEqual(['o2', 'o0']);
    expect(summary.sections?.find((s) => s.title === 'Top 3')?.facts).toEqual([{ label: '1e keus', value: 'Plek B' }, { label: '2e keus', value: 'Plek C' }]);
  });

  it('is not asked in a school round', async () => {
    const h = await intakeHarness();
    expect(textOf(await h.submit('intake.save.ranking', { rank1: 'o1' }))).not.toContain('Jouw top 3');
    expect((await h.student()).ranking).toEqual([]);
  });
});
