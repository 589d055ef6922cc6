import { describe, expect, it } from 'vitest';
import { offerCapacity, refusals } from './eligibility.js';
import { estimateTravel, TravelTable } from './travel.js';
import { candidate, offer, round, type CandidateFile, type OfferFile } from './testing/round-builders.js';

function refused(c: CandidateFile, o: OfferFile) {
  const r = round([c], [o]);
  return refusals(r.candidates[0], r.offers[0], estimateTravel(r.candidates[0], r.offers[0], new TravelTable([])));
}

describe('hard rules', () => {
  it('accepts a plain fitting pair', () => {
    expect(refused(candidate('c'), offer('o', 1))).toEqual([]);
  });

  it.each([
    ['programme', candidate('c', { programme: { code: 'P1', level: 3 } }), offer('o', 1)],
    ['capacity', candidate('c'), offer('o', 1, { places: 2, supervisionCapacity: 0 })],
    ['travel', candidate('c'), offer('o', 9)],
    ['support', candidate('c', { needsSupport: true }), offer('o', 1)],
    ['days', candidate('c', { days: ['mon'] }), offer('o', 1, { days: ['mon', 'tue'], minDays: 2 })],
    ['shifts', candidate('c', { shiftsOk: ['early'] }), offer('o', 1, { shiftsNeeded: ['evening'] })],
    ['requirements', candidate('c', { requirementsMet: ['minimum_age_16'] }), offer('o', 1, { requirements: ['minimum_age_18'] })],
    ['excluded', candidate('c', { excludedOffers: ['o'] }), offer('o', 1)],
  ])('refuses on %s', (rule, c, o) => {
    expect(refused(c, o)).toEqual([rule]);
  });

  it('lets extra support serve students without a support need too', () => {
    expect(refused(candidate('c'), offer('o', 1, { extraSupport: true }))).toEqual([]);
    expect(refused(candidate('c', { needsSupport: true }), offer('o', 1, { extraSupport: true }))).toEqual([]);
  });

  it('reports every broken rule, not just the first', () => {
    expect(refused(candidate('c', { needsSupport: true, days: ['sat'] }), offer('o', 9))).toEqual(['travel', 'support', 'days']);
  });

  it('takes supervision capacity as the real limit', () => {
    const r = round([], [offer('o', 1, { places: 4, supervisionCapacity: 2 })]);
    expect(offerCapacity(r.offers[0])).toBe(2);
  });
});
