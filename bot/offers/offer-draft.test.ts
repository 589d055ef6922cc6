import { beforeAll, describe, expect, it } from 'vitest';
import { findProgramme, loadCatalogue, type Catalogue, type Programme } from '../catalogue/index.js';
import { checkDraft, type DraftContext } from './offer-draft.js';
import { makeCompany, validDraft } from './testing/offer-test-support.js';
import type { OfferDraft } from './offer-types.js';

let context: DraftContext;

beforeAll(async () => {
  const catalogue: Catalogue = await loadCatalogue();
  const programme = (code: string): Programme => findProgramme(catalogue, code)!;
  context = { company: makeCompany('a'), programmes: [programme('90001'), programme('90002')] };
});

const check = (overrides: Partial<OfferDraft>) => checkDraft(validDraft(overrides), context);
const refusalOf = (overrides: Partial<OfferDraft>) => {
  const result = check(overrides);
  return result.ok ? undefined : result.refusal;
};

describe('checkDraft: a valid draft', () => {
  it('passes, trimmed and without repeats', () => {
    const result = check({
      days: ['mon', 'mon', 'tue'], workProcesses: [' 90001/B1-K1-W1 ', '90001/B1-K1-W1'], organisationType: ' verpleeghuis ',
      learnText: '  Je leert wondzorg.  ', otherRequirementText: '  ', period: { from: '2027-02-01', to: '2027-06-30' }, allowancePerMonth: 250,
    });
    expect(result).toMatchObject({
      ok: true,
      fields: { days: ['mon', 'tue'], workProcesses: ['90001/B1-K1-W1'], organisationType: 'verpleeghuis', learnText: 'Je leert wondzorg.', allowancePerMonth: 250 },
    });
    expect(result.ok && 'otherRequirementText' in result.fields).toBe(false);
  });

  it('drops the support kind when no extra support is offered', () => {
    const result = check({ extraSupport: { available: false, kind: 'Een jobcoach' } });
    expect(result.ok && result.fields.extraSupport).toEqual({ available: false });
  });

  it('accepts work processes and an organisation type of any chosen programme', () => {
    expect(check({ programmeCodes: ['90001', '90002'], workProcesses: ['90002/P1-K1-W1'], organisationType: 'supermarkt' }).ok).toBe(true);
  });
});

describe('checkDraft: choices from controlled lists', () => {
  it.each<[string, Partial<OfferDraft>, string[]]>([
    ['programmeCodes', { programmeCodes: ['90001', '90003'] }, ['90003']],
    ['programmeCodes', { programmeCodes: ['12345'] }, ['12345']],
    ['workProcesses', { workProcesses: ['90001/B1-K1-W1', '90002/P1-K1-W1'] }, ['90002/P1-K1-W1']],
    ['workProcesses', { workProcesses: ['90001/B1-K9-W9'] }, ['90001/B1-K9-W9']],
    // A bare code could mean either programme's work: only a qualified value is a choice.
    ['workProcesses', { workProcesses: ['B1-K1-W1'] }, ['B1-K1-W1']],
    ['organisationType', { organisationType: 'supermarkt' }, ['supermarkt']],
    ['locationId', { locationId: 'b-main' }, ['b-main']],
    ['days', { days: ['mon', 'someday' as never] }, ['someday']],
    ['requirements', { requirements: ['driving_licence', 'dutch_origin' as never] }, ['dutch_origin']],
  ])('refuses an unknown %s and names the values', (field, overrides, values) => {
    expect(refusalOf(overrides)).toEqual({ code: 'unknown-choice', field, values });
  });
});

describe('checkDraft: limits of the stored offer', () => {
  it.each<[string, Partial<OfferDraft>, string, string]>([
    ['negative places', { places: -1 }, 'places', 'too-small'],
    ['too many places', { places: 101 }, 'places', 'too-big'],
    ['half a place', { places: 1.5 }, 'places', 'format'],
    ['no number', { places: Number.NaN }, 'places', 'format'],
    ['negative supervision', { supervisionCapacity: -2 }, 'supervisionCapacity', 'too-small'],
    ['too much supervision', { supervisionCapacity: 500 }, 'supervisionCapacity', 'too-big'],
    ['no days', { days: [] }, 'days', 'required'],
    ['no programme', { programmeCodes: [] }, 'programmeCodes', 'required'],
    ['no work process', { workProcesses: [] }, 'workProcesses', 'required'],
    ['no organisation type', { organisationType: '  ' }, 'organisationType', 'required'],
    ['no learn text', { learnText: ' ' }, 'learnText', 'required'],
    ['a learn text too long', { learnText: 'wondzorg '.repeat(70) }, 'learnText', 'too-big'],
    ['a support kind too long', { extraSupport: { available: true, kind: 'x'.repeat(301) } }, 'extraSupport.kind', 'too-big'],
    ['no location', { locationId: '' }, 'locationId', 'required'],
    ['a negative allowance', { allowancePerMonth: -5 }, 'allowancePerMonth', 'too-small'],
    ['an allowance too high', { allowancePerMonth: 6000 }, 'allowancePerMonth', 'too-big'],
    ['an other requirement too long', { otherRequirementText: 'VCA '.repeat(80) }, 'otherRequirementText', 'too-big'],
    ['a period date that is no date', { period: { from: '1 februari', to: '2027-06-30' } }, 'period.from', 'format'],
    ['a period that ends before it starts', { period: { from: '2027-06-30', to: '2027-02-01' } }, 'period.to', 'order'],
    ['an agreement not given', { agreement: { placesStayFree: false } as never }, 'agreement.placesStayFree', 'required'],
  ])('refuses %s', (_what, overrides, field, reason) => {
    expect(refusalOf(overrides)).toEqual({ code: 'invalid', field, reason });
  });

  it('accepts zero places: answering "none this round" is an answer', () => {
    expect(check({ places: 0, supervisionCapacity: 0 }).ok).toBe(true);
  });
});

describe('checkDraft: protected grounds in free text', () => {
  it.each<[Partial<OfferDraft>, string, string, string]>([
    [{ learnText: 'Je leert verzorgen. Alleen meisjes.' }, 'learnText', 'Alleen meisjes', 'gender'],
    [{ extraSupport: { available: true, kind: 'Alleen voor studenten zonder beperking' } }, 'extraSupportKind', 'zonder beperking', 'disability'],
    [{ otherRequirementText: 'Nederlandse afkomst' }, 'otherRequirementText', 'Nederlandse afkomst', 'origin'],
    [{ otherRequirementText: 'Alleen Nederlandse studenten' }, 'otherRequirementText', 'Alleen Nederlandse studenten', 'nationality'],
  ])('refuses %j in %s', (overrides, field, phrase, ground) => {
    expect(refusalOf(overrides)).toEqual({ code: 'protected-ground', findings: [{ field, phrase, grounds: [ground] }] });
  });

  it('names every phrase of every field at once, not one per save', () => {
    expect(refusalOf({ learnText: 'Je leert verkopen. Liever geen moslims.', otherRequirementText: 'Onder de 25, moet goed in ons team passen' })).toEqual({
      code: 'protected-ground',
      findings: [
        { field: 'learnText', phrase: 'Liever geen moslims', grounds: ['religion'] },
        { field: 'otherRequirementText', phrase: 'Onder de 25', grounds: ['age'] },
        { field: 'otherRequirementText', phrase: 'ons team passen', grounds: ['fit'] },
      ],
    });
  });

  it('lets legitimate requirements and subject matter through', () => {
    expect(check({ learnText: 'Je leert de Surinaamse en Turkse keuken kennen.', otherRequirementText: 'Nederlands op niveau 2F, rijbewijs B' }).ok).toBe(true);
  });

  it('checks the support kind only when support is offered (it is not stored otherwise)', () => {
    expect(check({ extraSupport: { available: false, kind: 'geen hoofddoek' } }).ok).toBe(true);
  });
});

describe('checkDraft: days, shifts, electives and size', () => {
  it('keeps a minimum number of days, the shifts, the electives of a chosen programme and the size; an old draft gets one day and none', () => {
    expect(check({ days: ['mon', 'tue', 'wed'], minDays: 2, shiftsNeeded: ['early', 'early'], electives: ['K9012'], organisationSize: '250+' })).toMatchObject({
      ok: true, fields: { minDays: 2, shiftsNeeded: ['early'], electives: ['K9012'], organisationSize: '250+' },
    });
    expect(check({})).toMatchObject({ ok: true, fields: { minDays: 1, shiftsNeeded: [], electives: [] } });
  });

  it('refuses more days at least than the offer has, an unknown shift or size, and an elective of a programme the offer is not for', () => {
    expect(refusalOf({ days: ['mon', 'tue'], minDays: 3 })).toEqual({ code: 'invalid', field: 'minDays', reason: 'too-big' });
    expect(refusalOf({ minDays: 0 })).toEqual({ code: 'invalid', field: 'minDays', reason: 'too-small' });
    expect(refusalOf({ shiftsNeeded: ['night' as never] })).toEqual({ code: 'unknown-choice', field: 'shiftsNeeded', values: ['night'] });
    expect(refusalOf({ organisationSize: 'huge' as never })).toEqual({ code: 'unknown-choice', field: 'organisationSize', values: ['huge'] });
    expect(refusalOf({ programmeCodes: ['90001'], electives: ['K9021'] })).toEqual({ code: 'unknown-choice', field: 'electives', values: ['K9021'] });
  });
});
