import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, workProcessesOf, type Catalogue } from '../../bot/catalogue/index.js';
import { ASKED_OF_STUDENT } from '../../bot/domain/requirement-kinds.js';
import { textsFor } from '../texts/index.js';
import { parseIntakeSubmit, type SubmitContext } from './intake-submits.js';

// Each step's schema is built once and kept (per language, programme and questions): what is kept
// must never answer for another language or another programme's choices.

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const context = (language: 'nl' | 'en', programme = catalogue.programmes[0]): SubmitContext =>
  ({ t: textsFor(language), programme, municipalities: ['Delft'], requirements: [] });

describe('an intake submit parsed with kept schemas', () => {
  it('says what to fix in the language of each turn, whichever language came first', () => {
    const days = (language: 'nl' | 'en') => parseIntakeSubmit('days', { days: '' }, context(language));
    expect(days('nl')).toEqual({ ok: false, errors: { days: textsFor('nl').intake.days.required } });
    expect(days('en')).toEqual({ ok: false, errors: { days: textsFor('en').intake.days.required } });
    expect(days('nl')).toEqual({ ok: false, errors: { days: textsFor('nl').intake.days.required } });
    expect(textsFor('nl').intake.days.required).not.toBe(textsFor('en').intake.days.required);
  });

  it('accepts the work processes of the student\'s own programme only, for each programme', () => {
    const codes = (p: (typeof catalogue.programmes)[number]) => workProcessesOf(p).map((w) => w.code);
    const first = catalogue.programmes[0];
    const second = catalogue.programmes.find((p) => codes(p).some((c) => !codes(first).includes(c)))!;
    const onlySecond = codes(second).find((c) => !codes(first).includes(c))!;
    const parsed = (programme: typeof first) => parseIntakeSubmit('work-processes', { codes: onlySecond }, context('nl', programme));
    expect(parsed(first)).toMatchObject({ ok: false });
    expect(parsed(second)).toMatchObject({ ok: true });
    expect(parsed(first)).toMatchObject({ ok: false });
  });

  it('asks exactly the questions of this turn', () => {
    const [one, two] = ASKED_OF_STUDENT;
    const asked = (requirements: SubmitContext['requirements'], values: Record<string, unknown>) => parseIntakeSubmit('requirements', values, { ...context('nl'), requirements });
    expect(asked([one], { [one]: 'yes' })).toMatchObject({ ok: true });
    expect(asked([one, two], { [one]: 'yes' })).toMatchObject({ ok: false, errors: { [two]: expect.any(String) } });
  });
});
