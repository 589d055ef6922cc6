// What a round weighs reaches the core, is recorded with every run, reproduces the run, and a change
// after a run sends the round back to be matched again before anyone approves.
import { describe, expect, it } from 'vitest';
import { matchRound, parseRound, type RoundInput } from '../../matching/index.js';
import { loadCatalogue } from '../catalogue/index.js';
import { defaultWeights, type RoundWeights } from '../domain/round-weights.js';
import { loadDefaultGazetteer } from '../geo/gazetteer.js';
import type { KoppelView } from '../koppel-data.js';
import { createRoundService } from '../rounds/round-service.js';
import { EVERYTHING } from '../store/index.js';
import { coreRound } from './core-round.js';
import { defaultSolve } from './run-compute.js';
import { harness, ok, testData } from './testing/run-test-support.js';

const TRAVEL_ONLY: RoundWeights = { workProcesses: 1, learningWish: 0, organisationType: 0, travel: 5, electives: 0, allowance: 0 };

function closedWith(weights?: RoundWeights): KoppelView {
  const data = testData('closed');
  if (weights) data.rounds.r1.weights = weights;
  return data;
}

describe('the weights of a round', () => {
  it('are the core\'s defaults unless the school chose otherwise, and reach the core as chosen', async () => {
    expect(testData().rounds.r1.weights).toEqual({ workProcesses: 4, learningWish: 3, organisationType: 2, travel: 2, electives: 1, allowance: 0 });
    const seen: RoundInput['policy']['weights'][] = [];
    const h = await harness(closedWith(TRAVEL_ONLY), (round, choices) => {
      seen.push(round.policy.weights);
      return defaultSolve(round, choices);
    });
    const { preview } = ok(await h.service.run('r1', 'coord-a'));
    expect(seen).toEqual([TRAVEL_ONLY]);
    expect(preview.run.weights).toEqual(TRAVEL_ONLY);
    expect((await h.store.read(EVERYTHING)).matchRuns[preview.run.id].weights).toEqual(TRAVEL_ONLY);
  });

  it('change the fit: travel weighed 5 to work processes 1 gives another average fit than the defaults', async () => {
    const byDefault = ok(await (await harness(closedWith())).service.run('r1', 'coord-a')).preview;
    const byTravel = ok(await (await harness(closedWith(TRAVEL_ONLY))).service.run('r1', 'coord-a')).preview;
    expect(byDefault.statistics.matched).toBe(byTravel.statistics.matched);
    expect(byTravel.statistics.averageFit).not.toBeCloseTo(byDefault.statistics.averageFit ?? 0, 3);
  });

  it('with the same seed reproduce the run, also after the round\'s weights changed since', async () => {
    const h = await harness(closedWith(TRAVEL_ONLY));
    const first = ok(await h.service.run('r1', 'coord-a')).preview;
    await h.store.update({ rounds: 'all' }, (data) => {
      data.rounds.r1.weights = defaultWeights();
    });
    const again = await h.service.preview('r1');
    expect(again?.students).toEqual(first.students);
    expect(again?.statistics).toEqual(first.statistics);
    expect(again?.run.weights).toEqual(TRAVEL_ONLY);
  });

  it('are part of the core\'s input: the input written out as JSON gives the same results as the run', async () => {
    const data = closedWith(TRAVEL_ONLY);
    const h = await harness(data);
    const { preview } = ok(await h.service.run('r1', 'coord-a'));
    const { round: file } = coreRound({
      round: data.rounds.r1, students: Object.values(data.students), offers: Object.values(data.offers), companies: Object.values(data.companies),
      catalogue: await loadCatalogue(), gazetteer: loadDefaultGazetteer(),
    });
    expect(file.policy.weights).toEqual(TRAVEL_ONLY);
    const parsed = parseRound(JSON.parse(JSON.stringify(file)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const outcome = matchRound(parsed.value);
    if (outcome.status !== 'ok') throw new Error(outcome.reason);
    const placed = Object.fromEntries(outcome.results.map((r) => [r.candidateId, r.status === 'matched' ? r.offerId : null]));
    const stored = Object.fromEntries(preview.students.flatMap((s) => (s.status === 'left-out' ? [] : [[s.studentId, s.status === 'matched' ? s.offerId : null]])));
    expect(placed).toEqual(stored);
  });

  it('changed after a run make the run out of date: the round is closed again, and matched again before approval', async () => {
    const h = await harness(closedWith());
    ok(await h.service.run('r1', 'coord-a'));
    const rounds = createRoundService({ store: h.store, catalogue: await loadCatalogue(), outbox: {}, now: () => h.clock.now });
    const edited = await rounds.edit('r1', 'coord-a', { weights: TRAVEL_ONLY });
    expect(edited).toMatchObject({ ok: true, changed: ['weights'], runStale: true, round: { status: 'closed', weights: TRAVEL_ONLY } });
    expect(await h.service.approve('r1', 'coord-b')).toEqual({ ok: false, refusal: { code: 'transition', refusal: 'not-allowed' } });
    const audit = (await h.store.read(EVERYTHING)).audit.slice(-2).map((a) => [a.action, a.detail]);
    expect(audit).toEqual([['round.edited', { fields: 'weights', weights: '1/0/0/5/0/0' }], ['round.transition', { from: 'matched', to: 'closed' }]]);
    const rerun = ok(await h.service.run('r1', 'coord-a')).preview;
    expect(rerun.run.weights).toEqual(TRAVEL_ONLY);
    ok(await h.service.approve('r1', 'coord-b'));
  });

  it('the same weights again change nothing, and a round past approval keeps its weights', async () => {
    const h = await harness(closedWith());
    ok(await h.service.run('r1', 'coord-a'));
    const rounds = createRoundService({ store: h.store, catalogue: await loadCatalogue(), outbox: {}, now: () => h.clock.now });
    expect(await rounds.edit('r1', 'coord-a', { weights: defaultWeights() })).toMatchObject({ ok: true, changed: [], round: { status: 'matched' } });
    ok(await h.service.approve('r1', 'coord-b'));
    expect(await rounds.edit('r1', 'coord-a', { weights: TRAVEL_ONLY })).toEqual({ ok: false, refusal: { code: 'not-editable', field: 'weights' } });
  });
});
