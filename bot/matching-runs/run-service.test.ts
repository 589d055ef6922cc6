import { describe, expect, it } from 'vitest';
import type { KoppelView } from '../koppel-data.js';
import { harness, ok, testData } from './testing/run-test-support.js';
import type { RunPreview } from './run-service.js';
import { EVERYTHING } from '../store/index.js';

const withoutRun = ({ run: _run, ...rest }: RunPreview) => rest;
const actions = (data: Readonly<KoppelView>) => data.audit.map((a) => a.action);

async function matchedRound() {
  const h = await harness();
  ok(await h.service.close('r1', 'coord-a'));
  const first = ok(await h.service.run('r1', 'coord-a'));
  return { ...h, first: first.preview };
}

describe('closing and running a round', () => {
  it('closes an open round, runs it and stores the run, its matches and the audit trail', async () => {
    const { store, first } = await matchedRound();
    const data = await store.read(EVERYTHING);
    expect(data.rounds.r1.status).toBe('matched');
    expect(first.run).toMatchObject({ roundId: 'r1', seed: 'lottery-2027', runBy: 'coord-a', pins: [] });
    expect(data.matchRuns[first.run.id]).toEqual(first.run);
    expect(first.statistics).toMatchObject({ matched: 9, unmatched: 3, ownPlacement: 1, notConfirmed: 1, unusedPlaces: 5 });
    expect(first.run.summary).toEqual({ matched: 9, unmatched: 3, ownPlacement: 1, notConfirmed: 1 });
    expect(first.students.find((s) => s.studentId === 's12')).toMatchObject({ status: 'left-out', reason: 'own-placement' });
    expect(first.students.find((s) => s.studentId === 's13')).toMatchObject({ status: 'left-out', reason: 'not-confirmed' });
    const matches = Object.values(data.matches);
    expect(matches).toHaveLength(12);
    expect(matches.every((m) => m.runId === first.run.id && m.status === 'proposed')).toBe(true);
    expect(matches.filter((m) => m.offerId !== null)).toHaveLength(9);
    expect(matches.find((m) => m.studentId === 's1')?.reasons.map((r) => r.code)).toContain('travel');
    expect(data.audit.map((a) => [a.action, a.detail])).toEqual([
      ['round.transition', { from: 'open', to: 'closed' }],
      ['round.transition', { from: 'closed', to: 'matched' }],
      ['match.run', { runId: first.run.id, matched: 9, unmatched: 3, pins: 0 }],
    ]);
  });

  it('gives placed students their company, fit, travel and reasons, and unplaced ones causes and help', async () => {
    const { first } = await matchedRound();
    const placed = first.students.find((s) => s.status === 'matched');
    expect(placed).toMatchObject({ companyName: expect.stringMatching(/\S/), pinned: false, mode: expect.any(String) });
    const unplaced = first.students.find((s) => s.status === 'unmatched');
    expect(unplaced && 'causes' in unplaced && unplaced.causes.length).toBeGreaterThan(0);
    expect(JSON.stringify(first)).not.toMatch(/Naam|Achternaam|dyslexie|29:user/);
  });

  it('refuses to run a round that is still open or a draft, or that does not exist', async () => {
    const open = await harness(testData('open'));
    expect(await open.service.run('r1', 'coord-a')).toEqual({ ok: false, refusal: { code: 'transition', refusal: 'not-allowed' } });
    const draft = await harness(testData('draft'));
    expect(await draft.service.run('r1', 'coord-a')).toEqual({ ok: false, refusal: { code: 'transition', refusal: 'not-allowed' } });
    expect(await draft.service.close('r1', 'coord-a')).toEqual({ ok: false, refusal: { code: 'transition', refusal: 'not-allowed' } });
    expect(await open.service.run('nope', 'coord-a')).toEqual({ ok: false, refusal: { code: 'unknown-round' } });
    const data = await open.store.read(EVERYTHING);
    expect(Object.keys(data.matchRuns)).toHaveLength(0);
    expect(data.audit).toHaveLength(0);
  });

  it('reruns deterministically: a new run with the same result, replacing the old matches', async () => {
    const { store, service, first } = await matchedRound();
    const second = ok(await service.run('r1', 'coord-b')).preview;
    expect(second.run.id).not.toBe(first.run.id);
    expect(withoutRun(second)).toEqual(withoutRun(first));
    const data = await store.read(EVERYTHING);
    expect(Object.keys(data.matchRuns)).toHaveLength(2);
    expect(Object.values(data.matches).every((m) => m.runId === second.run.id)).toBe(true);
    expect(Object.values(data.matches)).toHaveLength(12);
    expect(actions(data).filter((a) => a === 'round.transition')).toHaveLength(2);
    expect(await service.preview('r1')).toEqual(second);
    expect(await service.preview('r1')).toEqual(await service.preview('r1'));
  });

  it('has no preview before the first run', async () => {
    const { service } = await harness(testData('closed'));
    expect(await service.preview('r1')).toBeUndefined();
    expect(await service.preview('nope')).toBeUndefined();
  });

  it('proposes places in a proposals round\'s first stage, and honours the stored choices in its final stage', async () => {
    const first = testData('closed');
    first.rounds.r1.mechanism = 'proposals';
    // A ranking is no choice in a proposals round: only the proposals' choices count.
    first.students.s1.ranking = ['o1'];
    const proposed = ok(await (await harness(first)).service.run('r1', 'coord-a')).preview;
    expect(proposed.students.find((s) => s.studentId === 's1')).toMatchObject({ status: 'proposed' });
    const final = testData('closed');
    Object.assign(final.rounds.r1, { mechanism: 'proposals', stage: 'final', proposalsReleasedAt: '2027-01-05T09:00:00Z', choiceDeadline: '2027-01-10T09:00:00Z' });
    final.students.s1.proposals = { roundId: 'r1', offerIds: ['o4', 'o1'], chosen: 'o1' };
    const preview = ok(await (await harness(final)).service.run('r1', 'coord-a')).preview;
    expect(preview.students.every((s) => ['matched', 'unmatched', 'left-out'].includes(s.status))).toBe(true);
    expect(preview.students.find((s) => s.studentId === 's1')).toMatchObject({ status: 'matched', offerId: 'o1', reasons: expect.arrayContaining([{ code: 'own_choice' }]) });
  });

  it('reports a core failure as a refusal and writes nothing', async () => {
    const failing = await harness(testData('closed'), () => ({ status: 'failed', reason: 'round too large for exact integer costs: split it by programme' }));
    expect(await failing.service.run('r1', 'coord-a')).toEqual({
      ok: false, refusal: { code: 'core-failed', reason: 'round too large for exact integer costs: split it by programme' },
    });
    const data = await failing.store.read(EVERYTHING);
    expect(data.rounds.r1.status).toBe('closed');
    expect(Object.keys(data.matchRuns)).toHaveLength(0);
    expect(data.audit).toHaveLength(0);
  });
});

describe('four eyes', () => {
  it('refuses approval by the coordinator who ran the match, and accepts another', async () => {
    const { store, service, first } = await matchedRound();
    expect(await service.approve('r1', 'coord-a')).toEqual({ ok: false, refusal: { code: 'transition', refusal: 'needs-second-coordinator' } });
    expect((await store.read(EVERYTHING)).rounds.r1.status).toBe('matched');
    ok(await service.approve('r1', 'coord-b'));
    const data = await store.read(EVERYTHING);
    expect(data.rounds.r1.status).toBe('approved');
    expect(data.matchRuns[first.run.id]).toMatchObject({ approvedBy: 'coord-b', approvedAt: '2027-01-13T09:00:00.000Z' });
    expect(data.audit.slice(-2).map((a) => [a.action, a.actorId, a.detail])).toEqual([
      ['round.transition', 'coord-b', { from: 'matched', to: 'approved' }],
      ['match.approved', 'coord-b', { runId: first.run.id }],
    ]);
  });

  it('refuses approval before any run', async () => {
    const { service } = await harness(testData('closed'));
    expect(await service.approve('r1', 'coord-b')).toEqual({ ok: false, refusal: { code: 'transition', refusal: 'not-allowed' } });
  });

  it('sends an approved round back to matched on a rerun, needing a new approval', async () => {
    const { store, service } = await matchedRound();
    ok(await service.approve('r1', 'coord-b'));
    const rerun = ok(await service.run('r1', 'coord-b')).preview;
    const data = await store.read(EVERYTHING);
    expect(data.rounds.r1.status).toBe('matched');
    expect(rerun.run.approvedBy).toBeUndefined();
    expect(data.audit.at(-2)?.detail).toEqual({ from: 'approved', to: 'matched' });
    expect(await service.approve('r1', 'coord-b')).toEqual({ ok: false, refusal: { code: 'transition', refusal: 'needs-second-coordinator' } });
    ok(await service.approve('r1', 'coord-a'));
  });

  it('sends an approved round back to matched on a manual placement, needing a new approval', async () => {
    const { store, service } = await matchedRound();
    ok(await service.approve('r1', 'coord-b'));
    ok(await service.place('r1', '2027000', 'o2', 'Heeft extra begeleiding nodig; o2 biedt die', 'coord-b', true));
    expect((await store.read(EVERYTHING)).rounds.r1.status).toBe('matched');
    expect(await service.approve('r1', 'coord-b')).toEqual({ ok: false, refusal: { code: 'transition', refusal: 'needs-second-coordinator' } });
    ok(await service.approve('r1', 'coord-a'));
    expect((await store.read(EVERYTHING)).rounds.r1.status).toBe('approved');
  });
});
