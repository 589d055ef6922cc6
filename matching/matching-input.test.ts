import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Candidate, DEFAULT_WEIGHTS, Offer } from './matching-input.js';
import { parseRound } from './round-input.js';
import { candidate, offer } from './testing/round-builders.js';

const base = () => ({ candidates: [candidate('c1')], offers: [offer('o1', 2)], policy: { seed: 'x' } });

describe('round input', () => {
  it('fills documented defaults', () => {
    const parsed = parseRound(base());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.policy).toMatchObject({ mechanism: 'school', proposalCount: 2, pins: [], travelTimes: [], weights: DEFAULT_WEIGHTS });
    expect(parsed.value.candidates[0]).toMatchObject({ needsSupport: false, shiftsOk: [], requirementsMet: [], electives: [] });
  });

  it.each(['name', 'age', 'gender', 'origin', 'religion', 'photo', 'email', 'phone', 'personality'])('refuses a personal field "%s" on a candidate', (key) => {
    const round = base();
    (round.candidates[0] as Record<string, unknown>)[key] = 'x';
    const parsed = parseRound(round);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues).toContainEqual({ path: 'candidates[0]', message: `Unrecognized key: "${key}"` });
  });

  it('has exactly the listed candidate and offer fields (a new field must be a conscious choice)', () => {
    expect(Object.keys(Candidate.shape).sort()).toEqual(
      ['days', 'electives', 'excludedOffers', 'id', 'learningWish', 'needsSupport', 'organisationSizes', 'organisationTypes', 'programme', 'ranking', 'requirementsMet', 'shiftsOk', 'travel', 'workProcesses'].sort(),
    );
    expect(Object.keys(Offer.shape)).not.toContain('contact');
  });

  it('gives the JSON path and what is wrong', () => {
    const round = base();
    round.candidates[0].travel.maxMinutes = 2;
    const parsed = parseRound(round);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0].path).toBe('candidates[0].travel.maxMinutes');
  });

  it('refuses a requirement outside the controlled list', () => {
    const round = base();
    (round.offers[0] as Record<string, unknown>).requirements = ['native_speaker'];
    const parsed = parseRound(round);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0].path).toBe('offers[0].requirements[0]');
  });

  it('refuses duplicate ids, unknown ranked offers, and pins beyond capacity', () => {
    const round = {
      candidates: [candidate('c1', { ranking: ['nope'] }), candidate('c1'), candidate('c2')],
      offers: [offer('o1', 2)],
      policy: { seed: 1, pins: [{ candidateId: 'c1', offerId: 'o1', reason: 'handmatig' }, { candidateId: 'c2', offerId: 'o1', reason: 'handmatig' }] },
    };
    const parsed = parseRound(round);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['candidates[1].id', 'candidates[0].ranking[0]', 'policy.pins[1].offerId']));
    expect(parsed.issues.find((i) => i.path === 'policy.pins[1].offerId')?.message).toMatch(/capacity 1/);
  });

  it('needs exactly one "from" and one "to" in a travel-time entry', () => {
    const round = { ...base(), policy: { seed: 1, travelTimes: [{ candidateId: 'c1', originMunicipality: 'Delft', offerId: 'o1', mode: 'bike', minutes: 10 }] } };
    const parsed = parseRound(round);
    expect(parsed.ok).toBe(false);
  });

  it('accepts the example round file', () => {
    const file = JSON.parse(readFileSync(new URL('./examples/example-round.json', import.meta.url), 'utf8'));
    expect(parseRound(file).ok).toBe(true);
  });
});
