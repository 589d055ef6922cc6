import { describe, expect, it } from 'vitest';
import { harness, ok, testData } from './testing/run-test-support.js';
import { EVERYTHING } from '../store/index.js';

const REASON = 'Heeft extra begeleiding nodig vanwege dyslexie; besproken met mentor';

async function matchedRound() {
  const h = await harness(testData('closed'));
  const first = ok(await h.service.run('r1', 'coord-a')).preview;
  return { ...h, first };
}

const studentOf = (preview: { students: { studentId: string }[] }, id: string) => preview.students.find((s) => s.studentId === id);

describe('placing a student by hand', () => {
  it('keeps the pin, shows it in the run and the match, and keeps it on every rerun', async () => {
    const { store, service, first } = await matchedRound();
    expect(studentOf(first, 's0')).toMatchObject({ status: 'unmatched' });
    const placed = ok(await service.place('r1', '2027000', 'o2', REASON, 'coord-b', true)).preview;
    expect(studentOf(placed, 's0')).toMatchObject({ status: 'matched', offerId: 'o2', pinned: true });
    expect(placed.run.pins).toEqual([{ studentId: 's0', offerId: 'o2', reason: REASON, by: 'coord-b', at: '2027-01-13T09:00:00.000Z' }]);
    expect(placed.run.runBy).toBe('coord-b');
    const rerun = ok(await service.run('r1', 'coord-a')).preview;
    expect(studentOf(rerun, 's0')).toMatchObject({ status: 'matched', offerId: 'o2', pinned: true });
    expect(rerun.run.pins).toHaveLength(1);
    const match = Object.values((await store.read(EVERYTHING)).matches).find((m) => m.studentId === 's0');
    expect(match).toMatchObject({ offerId: 'o2', runId: rerun.run.id, pin: { by: 'coord-b', reason: REASON } });
  });

  it('replaces an earlier pin of the same student', async () => {
    const { service } = await matchedRound();
    ok(await service.place('r1', '2027000', 'o2', REASON, 'coord-b', true));
    const moved = ok(await service.place('r1', '2027000', 'o4', 'Dichter bij huis, ov-verbinding getest', 'coord-b', true)).preview;
    expect(moved.run.pins.map((p) => p.offerId)).toEqual(['o4']);
    expect(studentOf(moved, 's0')).toMatchObject({ offerId: 'o4', pinned: true });
  });

  it('counts pins against the offer capacity: nobody else gets a pinned place', async () => {
    const { service, first } = await matchedRound();
    const atO2Before = first.students.filter((s) => s.status === 'matched' && s.offerId === 'o2').map((s) => s.studentId);
    expect(atO2Before.length).toBeGreaterThan(0);
    for (const number of ['2027000', '2027005', '2027010']) ok(await service.place('r1', number, 'o2', REASON, 'coord-b', true));
    const preview = (await service.preview('r1'))!;
    const atO2 = preview.students.filter((s) => s.status === 'matched' && s.offerId === 'o2');
    expect(atO2.map((s) => s.studentId).sort()).toEqual(['s0', 's10', 's5']);
    expect(preview.students.find((s) => s.studentId === atO2Before[0])).not.toMatchObject({ offerId: 'o2' });
  });

  it('reports a pin beyond the capacity as a core failure and saves nothing', async () => {
    const { store, service } = await matchedRound();
    for (const number of ['2027000', '2027005', '2027010']) ok(await service.place('r1', number, 'o2', REASON, 'coord-b', true));
    const before = await store.read(EVERYTHING);
    const result = await service.place('r1', '2027001', 'o2', REASON, 'coord-b', true);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'core-failed', reason: expect.stringContaining('capacity 3') } });
    expect(await store.read(EVERYTHING)).toEqual(before);
  });

  it('needs a reason of at least three characters, a known student and an offer of the round', async () => {
    const { store, service } = await matchedRound();
    const before = await store.read(EVERYTHING);
    expect(await service.place('r1', '2027000', 'o2', '  ok ', 'coord-b', true)).toEqual({ ok: false, refusal: { code: 'no-reason' } });
    expect(await service.place('r1', '2027000', 'o2', '', 'coord-b', true)).toEqual({ ok: false, refusal: { code: 'no-reason' } });
    expect(await service.place('r1', '9999999', 'o2', REASON, 'coord-b', true)).toEqual({ ok: false, refusal: { code: 'unknown-student' } });
    expect(await service.place('r1', '2027012', 'o2', REASON, 'coord-b', true)).toEqual({ ok: false, refusal: { code: 'unknown-student' } });
    expect(await service.place('r1', '2027000', 'o9', REASON, 'coord-b', true)).toEqual({ ok: false, refusal: { code: 'unknown-offer' } });
    expect(await service.place('nope', '2027000', 'o2', REASON, 'coord-b', true)).toEqual({ ok: false, refusal: { code: 'unknown-round' } });
    expect(await store.read(EVERYTHING)).toEqual(before);
  });

  it('refuses a placement while the round is still open', async () => {
    const { service } = await harness(testData('open'));
    expect(await service.place('r1', '2027000', 'o2', REASON, 'coord-b', true)).toEqual({ ok: false, refusal: { code: 'transition', refusal: 'not-allowed' } });
  });

  it('audits the placement with ids only: the reason text stays on the pin', async () => {
    const { store, service } = await matchedRound();
    ok(await service.place('r1', '2027000', 'o2', REASON, 'coord-b', true));
    const data = await store.read(EVERYTHING);
    const pinned = data.audit.filter((a) => a.action === 'match.pinned');
    expect(pinned).toEqual([expect.objectContaining({ actorId: 'coord-b', subjectType: 'student', subjectId: 's0', detail: { roundId: 'r1', offerId: 'o2' } })]);
    expect(JSON.stringify(data.audit)).not.toMatch(/dyslexie|mentor|begeleiding/);
    expect(data.audit.at(-1)).toMatchObject({ action: 'match.run', detail: { pins: 1 } });
  });
});

describe('a placement by hand that breaks a hard rule', () => {
  it('is refused with the rules it breaks, storing nothing, until the coordinator confirms', async () => {
    const { store, service } = await matchedRound();
    const before = await store.read(EVERYTHING);
    // s0 asked for extra support and o2 is the only offer that gives it; o0 does not.
    const refused = await service.place('r1', '2027000', 'o0', REASON, 'coord-b');
    expect(refused).toMatchObject({ ok: false, refusal: { code: 'pin-breaks-rules', rules: expect.arrayContaining(['support']) } });
    expect(await store.read(EVERYTHING)).toEqual(before);
    const placed = ok(await service.place('r1', '2027000', 'o0', REASON, 'coord-b', true)).preview;
    expect(studentOf(placed, 's0')).toMatchObject({ status: 'matched', offerId: 'o0', pinned: true, reasons: expect.arrayContaining([expect.objectContaining({ code: 'pinned', brokenRules: expect.arrayContaining(['support']) })]) });
  });
});
