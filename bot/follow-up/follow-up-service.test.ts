import { describe, expect, it } from 'vitest';
import { activePlacement } from './placements.js';
import { COORDINATORS, contactOf, releasedFollowUp } from './testing/follow-up-harness.js';

const person = (companyId: string) => ({ platform: 'teams' as const, userId: contactOf(companyId) });

async function placedStudent(h: Awaited<ReturnType<typeof releasedFollowUp>>) {
  const view = await h.view();
  const placement = Object.values(view.placements).sort((a, b) => a.studentId.localeCompare(b.studentId))[0];
  return { placement, view };
}

describe('the follow-up after a release', () => {
  it('gives every matched student a placement at the release, and leaves the unmatched waiting', async () => {
    const h = await releasedFollowUp();
    const view = await h.view();
    const matched = Object.values(view.matches).filter((m) => m.offerId);
    expect(Object.keys(view.placements)).toHaveLength(matched.length);
    const overview = (await h.service.overview('r1'))!;
    expect(overview.placements).toBe(matched.length);
    expect(overview.notAcknowledged).toHaveLength(matched.length);
    const unmatched = Object.values(view.matches).filter((m) => !m.offerId).map((m) => view.students[m.studentId].studentNumber).sort();
    expect(overview.waiting.map((w) => w.studentNumber).sort()).toEqual(unmatched);
  });

  it('lets a student acknowledge their place once, and counts it', async () => {
    const h = await releasedFollowUp();
    const { placement } = await placedStudent(h);
    expect(await h.service.studentStep(placement.studentId, { kind: 'acknowledge' })).toMatchObject({ ok: true });
    expect(await h.service.studentStep(placement.studentId, { kind: 'acknowledge' })).toMatchObject({ ok: true, already: true });
    expect((await h.service.overview('r1'))!.acknowledged).toBe(1);
  });

  it('plans the introduction meeting: the company proposes, the student chooses, both confirm it was held', async () => {
    const h = await releasedFollowUp();
    const { placement } = await placedStudent(h);
    const contact = person(placement.companyId);
    const past = '2027-01-19T10:00:00+01:00';
    const moments = ['2027-01-27T10:00:00+01:00', '2027-01-26T14:00:00+01:00'];
    expect(await h.service.companyStep(placement.companyId, placement.id, contact, { kind: 'propose-meeting', moments: [past] })).toEqual({ ok: false, reason: 'moments' });
    const other = placement.companyId === 'c1' ? 'c2' : 'c1';
    expect(await h.service.companyStep(other, placement.id, person(other), { kind: 'propose-meeting', moments })).toEqual({ ok: false, reason: 'not-found' });
    expect(await h.service.companyStep(placement.companyId, placement.id, contact, { kind: 'propose-meeting', moments })).toMatchObject({ ok: true });
    expect(await h.service.studentStep(placement.studentId, { kind: 'choose-moment', moment: '2027-01-28T10:00:00+01:00' })).toEqual({ ok: false, reason: 'unknown-moment' });
    expect(await h.service.studentStep(placement.studentId, { kind: 'choose-moment', moment: moments[1] })).toMatchObject({ ok: true });
    expect(await h.service.studentStep(placement.studentId, { kind: 'meeting-held', feltLikeSelection: true })).toEqual({ ok: false, reason: 'not-yet' });
    h.clock.now = new Date('2027-01-26T16:00:00+01:00');
    expect(await h.service.studentStep(placement.studentId, { kind: 'meeting-held', feltLikeSelection: true })).toMatchObject({ ok: true });
    expect(await h.service.companyStep(placement.companyId, placement.id, contact, { kind: 'meeting-held' })).toMatchObject({ ok: true });
    const overview = (await h.service.overview('r1'))!;
    expect(overview.meetings).toMatchObject({ planned: 1, held: 1, feltLikeSelection: 1 });
    const student = (await h.view()).students[placement.studentId].identities[0].userId;
    expect(await h.queued()).toEqual([
      `follow-up-company meeting-chosen ${contactOf(placement.companyId)}`,
      `follow-up-student meeting-proposed ${student}`,
    ]);
  });

  it('refuses a refusal on a protected ground or without what its reason needs, and changes nothing', async () => {
    const h = await releasedFollowUp();
    const { placement } = await placedStudent(h);
    const contact = person(placement.companyId);
    const refuse = (step: object) => h.service.companyStep(placement.companyId, placement.id, contact, { kind: 'refuse', ...step } as never);
    expect(await refuse({ reason: 'other', text: 'Geen klik met het team' })).toMatchObject({ ok: false, reason: 'protected-ground' });
    expect(await refuse({ reason: 'other', text: '' })).toEqual({ ok: false, reason: 'text' });
    expect(await refuse({ reason: 'requirement-not-met', requirement: 'driving_licence' })).toEqual({ ok: false, reason: 'requirement' });
    expect(await refuse({ reason: 'no-show' })).toEqual({ ok: false, reason: 'no-show-too-early' });
    expect((await h.view()).placements[placement.id].refusal).toBeUndefined();
    expect(await h.queued()).toEqual([]);
  });

  it('alerts the coordinators of a refusal, and on an upheld one ends the place, lowers capacity and tells the student from the school', async () => {
    const h = await releasedFollowUp();
    const { placement, view: before } = await placedStudent(h);
    const places = before.offers[placement.offerId].places;
    expect(await h.service.companyStep(placement.companyId, placement.id, person(placement.companyId), { kind: 'refuse', reason: 'no-place' })).toMatchObject({ ok: true });
    expect(await h.queued()).toEqual(COORDINATORS.map((c) => `follow-up-coordinator refusal-reported ${c}`));
    // Not final on the company's word: the place holds until a coordinator decides.
    expect(activePlacement(await h.view(), placement.studentId)?.id).toBe(placement.id);
    expect((await h.service.overview('r1'))!.pendingRefusals).toEqual([expect.objectContaining({ placementId: placement.id, reason: 'no-place' })]);
    expect(await h.service.decideRefusal(placement.id, 'upheld', 'coord-a')).toMatchObject({ ok: true });
    expect(await h.service.decideRefusal(placement.id, 'upheld', 'coord-a')).toEqual({ ok: false, reason: 'already-decided' });
    const after = await h.view();
    expect(after.placements[placement.id].endedAt).toBeDefined();
    expect(after.offers[placement.offerId].places).toBe(places - 1);
    expect(after.matches[placement.matchId].status).toBe('rejected');
    const student = after.students[placement.studentId];
    expect(await h.queued()).toContain(`follow-up-student refusal-upheld ${student.identities[0].userId}`);
    expect((await h.service.overview('r1'))!.waiting.map((w) => w.studentNumber)).toContain(student.studentNumber);
    expect(after.audit.map((a) => a.action)).toEqual(expect.arrayContaining(['placement.refused', 'placement.refusal-decided']));
  });

  it('keeps the place when a coordinator overturns the refusal, and tells the company', async () => {
    const h = await releasedFollowUp();
    const { placement } = await placedStudent(h);
    await h.service.companyStep(placement.companyId, placement.id, person(placement.companyId), { kind: 'refuse', reason: 'no-supervisor' });
    expect(await h.service.decideRefusal(placement.id, 'overturned', 'coord-b')).toMatchObject({ ok: true });
    const after = await h.view();
    expect(after.placements[placement.id].endedAt).toBeUndefined();
    expect(await h.queued()).toContain(`follow-up-company refusal-overturned ${contactOf(placement.companyId)}`);
  });

  it('rematches refused and unplaced students with four eyes, keeps every other placement and never returns the refusing company', async () => {
    const h = await releasedFollowUp();
    const { placement } = await placedStudent(h);
    // A reason that leaves the place free: the student's best fit is still there, and must not come back.
    expect(await h.service.companyStep(placement.companyId, placement.id, person(placement.companyId), { kind: 'refuse', reason: 'other', text: 'Het rooster past toch niet bij de schooldagen' })).toMatchObject({ ok: true });
    await h.service.decideRefusal(placement.id, 'upheld', 'coord-a');
    const held = Object.values((await h.view()).placements).filter((p) => !p.endedAt).map((p) => `${p.id} ${p.studentId} ${p.offerId}`).sort();
    const run = await h.service.runRematch('r1', 'coord-a');
    expect(run.ok).toBe(true);
    expect(await h.service.approveRematch('r1', 'coord-a')).toEqual({ ok: false, refusal: { code: 'needs-second-coordinator' } });
    const approved = await h.service.approveRematch('r1', 'coord-b');
    expect(approved).toMatchObject({ ok: true });
    const after = await h.view();
    const stillHeld = Object.values(after.placements).filter((p) => !p.endedAt);
    for (const line of held) expect(stillHeld.map((p) => `${p.id} ${p.studentId} ${p.offerId}`)).toContain(line);
    const again = activePlacement(after, placement.studentId);
    expect(again).toBeDefined();
    expect(again!.companyId).not.toBe(placement.companyId);
    expect(again!.origin).toBe('rematch');
    expect(await h.queued()).toContain(`follow-up-student placed-again ${after.students[placement.studentId].identities[0].userId}`);
    expect(await h.service.approveRematch('r1', 'coord-b')).toEqual({ ok: false, refusal: { code: 'no-rematch' } });
  });

  it('lets a coordinator place a waiting student by hand on a free place, with a reason, and audits it', async () => {
    const h = await releasedFollowUp();
    const overview = (await h.service.overview('r1'))!;
    const [waiting] = overview.waiting;
    const view = await h.view();
    const free = Object.values(view.offers).find((o) => Object.values(view.placements).filter((p) => p.offerId === o.id).length < Math.min(o.places, o.supervisionCapacity))!;
    const placed = await h.service.placeByHand('r1', waiting.studentNumber, free.id, 'Afgesproken met het leerbedrijf', 'coord-a');
    expect(placed).toMatchObject({ ok: true, placement: { origin: 'by-hand', offerId: free.id } });
    expect(await h.service.placeByHand('r1', waiting.studentNumber, free.id, 'Nog een keer', 'coord-a')).toEqual({ ok: false, refusal: { code: 'not-waiting' } });
    expect((await h.view()).audit.map((a) => a.action)).toContain('placement.by-hand');
  });
});
