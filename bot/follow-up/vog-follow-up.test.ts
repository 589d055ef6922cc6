import { describe, expect, it } from 'vitest';
import { EVERYTHING } from '../store/index.js';
import { runFollowUpPass } from './follow-up-schedule.js';
import { releasedFollowUp } from './testing/follow-up-harness.js';

// A VOG is arranged after the match: the student marks it as it goes, and a student whose VOG is
// not arranged two weeks before the internship starts is reminded once, through the outbox.
describe('the VOG after the match', () => {
  async function withVog() {
    const h = await releasedFollowUp();
    await h.store.update({ offers: EVERYTHING.offers }, (draft) => {
      for (const offer of Object.values(draft.offers)) offer.requirements = ['certificate_of_conduct'];
    });
    const placements = Object.values((await h.view()).placements).sort((a, b) => a.studentId.localeCompare(b.studentId));
    return { ...h, placements, pass: () => runFollowUpPass({ store: h.store, now: () => h.clock.now }) };
  }

  it('lets the student mark it applied for, then arranged; an offer without a VOG refuses it', async () => {
    const h = await withVog();
    const [first] = h.placements;
    expect(await h.service.studentStep(first.studentId, { kind: 'vog', state: 'requested' })).toMatchObject({ ok: true });
    expect((await h.view()).placements[first.id].certificateOfConduct).toMatchObject({ state: 'requested', by: first.studentId });
    expect(await h.service.studentStep(first.studentId, { kind: 'vog', state: 'arranged' })).toMatchObject({ ok: true });
    expect((await h.view()).placements[first.id].certificateOfConduct?.state).toBe('arranged');
    await h.store.update({ offers: EVERYTHING.offers }, (draft) => { draft.offers[first.offerId].requirements = []; });
    expect(await h.service.studentStep(first.studentId, { kind: 'vog', state: 'requested' })).toEqual({ ok: false, reason: 'no-vog-needed' });
  });

  it('reminds those without an arranged VOG from two weeks before the start, once however often it runs', async () => {
    const h = await withVog();
    const [first, second] = h.placements;
    await h.service.studentStep(first.studentId, { kind: 'vog', state: 'arranged' });
    await h.service.studentStep(second.studentId, { kind: 'vog', state: 'requested' });
    h.clock.now = new Date('2027-01-31T12:00:00+01:00');
    await h.pass();
    expect((await h.queued()).filter((l) => l.includes('vog-reminder'))).toEqual([]);
    h.clock.now = new Date('2027-02-01T08:00:00+01:00');
    await h.pass();
    await h.pass();
    const view = await h.view();
    const reminded = (await h.queued()).filter((l) => l.includes('vog-reminder'));
    const userOf = (studentId: string) => view.students[studentId].identities[0].userId;
    expect(reminded).toHaveLength(h.placements.length - 1);
    expect(reminded).not.toContain(`follow-up-student vog-reminder ${userOf(first.studentId)}`);
    expect(reminded).toContain(`follow-up-student vog-reminder ${userOf(second.studentId)}`);
  });

  it('a coordinator marks it too, audited by id, and the follow-up overview shows how far each student is', async () => {
    const h = await withVog();
    const [first, second] = h.placements;
    expect((await h.service.overview('r1'))?.certificatesOfConduct.map((c) => c.state)).toEqual(h.placements.map(() => 'open'));
    expect(await h.service.markCertificateOfConduct(first.id, 'arranged', 'coord-a')).toMatchObject({ ok: true });
    await h.service.studentStep(second.studentId, { kind: 'vog', state: 'requested' });
    const view = await h.view();
    expect(view.placements[first.id].certificateOfConduct).toMatchObject({ state: 'arranged', by: 'coord-a' });
    expect(view.audit.at(-1)).toMatchObject({ action: 'placement.vog-marked', actorId: 'coord-a', subjectId: first.id, detail: { state: 'arranged' } });
    const states = Object.fromEntries((await h.service.overview('r1'))!.certificatesOfConduct.map((c) => [c.placementId, c.state]));
    expect(states[first.id]).toBe('arranged');
    expect(states[second.id]).toBe('requested');
    expect(await h.service.markCertificateOfConduct('nope', 'arranged', 'coord-a')).toEqual({ ok: false, reason: 'not-found' });
  });
});
