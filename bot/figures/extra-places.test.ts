import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/index.js';
import { loadDefaultGazetteer } from '../geo/gazetteer.js';
import { computeRun, defaultSolve } from '../matching-runs/run-compute.js';
import { testData } from '../matching-runs/testing/run-test-support.js';
import { extraPlaces } from './extra-places.js';

/** The run tests' care round with one place per company: most students stay without one. */
async function scarceRound() {
  const data = testData('closed');
  for (const offer of Object.values(data.offers)) Object.assign(offer, { places: 1, supervisionCapacity: 1 });
  return { data, context: { catalogue: await loadCatalogue(), gazetteer: loadDefaultGazetteer(), solve: defaultSolve } };
}

describe('where more places would help most', () => {
  it('names the offers whose extra places place the most unplaced students, as re-solving every offer finds', async () => {
    const { data, context } = await scarceRound();
    const round = data.rounds.r1;
    const placedWith = (extra: Record<string, number>) => {
      const offers = Object.fromEntries(Object.entries(data.offers).map(([id, o]) => [id, { ...o, places: o.places + (extra[id] ?? 0), supervisionCapacity: o.supervisionCapacity + (extra[id] ?? 0) }]));
      const run = computeRun({ ...data, offers }, round, round.seed, [], context);
      if (!run.ok) throw new Error(run.reason);
      return run.computed.outcome.results.filter((r) => r.status === 'matched').length;
    };
    const before = placedWith({});
    // Brute force: one and three extra places at every offer, each re-solved.
    const brute = Object.keys(data.offers).map((id) => ({ id, one: placedWith({ [id]: 1 }) - before, three: placedWith({ [id]: 3 }) - before }));
    const advice = extraPlaces(data, 'r1', context, { shortlist: Object.keys(data.offers).length });
    expect(advice.length).toBeGreaterThan(0);
    for (const a of advice) expect([a.offerId, a.withOne, a.withThree]).toEqual([a.offerId, brute.find((b) => b.id === a.offerId)!.one, brute.find((b) => b.id === a.offerId)!.three]);
    // The best advice is the best any single offer can do, and no offer that helps is left out.
    expect(advice[0].withThree).toBe(Math.max(...brute.map((b) => b.three)));
    expect(advice.map((a) => a.offerId).sort()).toEqual(brute.filter((b) => b.one > 0 || b.three > 0).map((b) => b.id).sort());
    // One extra place places at most one more student.
    for (const a of advice) expect(a.withOne).toBeLessThanOrEqual(1);
  });

  it('advises nothing when every student has a place', async () => {
    const { context } = await scarceRound();
    const data = testData('closed');
    expect(extraPlaces(data, 'r1', context)).toEqual([]);
  });
});
