import { describe, expect, it } from 'vitest';
import { EVERYTHING } from '../store/index.js';
import { runFollowUpPass } from './follow-up-schedule.js';
import { contactOf, releasedFollowUp } from './testing/follow-up-harness.js';

describe('the follow-up schedule', () => {
  it('reminds a student who has not acknowledged after three days, once however often it runs', async () => {
    const h = await releasedFollowUp();
    const pass = () => runFollowUpPass({ store: h.store, now: () => h.clock.now });
    expect((await pass()).queued).toBe(0);
    const [first, second] = Object.values((await h.view()).placements).sort((a, b) => a.studentId.localeCompare(b.studentId));
    await h.service.studentStep(first.studentId, { kind: 'acknowledge' });
    h.clock.now = new Date(h.clock.now.getTime() + 3 * 86_400_000);
    await pass();
    await pass();
    const reminders = (await h.queued()).filter((line) => line.includes('acknowledge-reminder'));
    const placements = Object.keys((await h.view()).placements).length;
    expect(reminders).toHaveLength(placements - 1);
    const view = await h.view();
    expect(reminders).not.toContain(`follow-up-student acknowledge-reminder ${view.students[first.studentId].identities[0].userId}`);
    expect(reminders).toContain(`follow-up-student acknowledge-reminder ${view.students[second.studentId].identities[0].userId}`);
  });

  it('tells student and company the day before the introduction meeting, not earlier', async () => {
    const h = await releasedFollowUp();
    const [placement] = Object.values((await h.view()).placements).sort((a, b) => a.studentId.localeCompare(b.studentId));
    const contact = { platform: 'teams' as const, userId: contactOf(placement.companyId) };
    await h.service.companyStep(placement.companyId, placement.id, contact, { kind: 'propose-meeting', moments: ['2027-01-25T10:00:00+01:00'] });
    await h.service.studentStep(placement.studentId, { kind: 'choose-moment', moment: '2027-01-25T10:00:00+01:00' });
    const pass = () => runFollowUpPass({ store: h.store, now: () => h.clock.now });
    h.clock.now = new Date('2027-01-23T10:00:00+01:00');
    await pass();
    expect((await h.queued()).filter((l) => l.includes('meeting-tomorrow'))).toEqual([]);
    h.clock.now = new Date('2027-01-24T10:30:00+01:00');
    await pass();
    const student = (await h.view()).students[placement.studentId].identities[0].userId;
    expect((await h.queued()).filter((l) => l.includes('meeting-tomorrow'))).toEqual([`follow-up-company meeting-tomorrow ${contact.userId}`, `follow-up-student meeting-tomorrow ${student}`]);
  });

  it('moves a released round to follow-up when the internships start, and audits it', async () => {
    const h = await releasedFollowUp();
    h.clock.now = new Date('2027-02-14T12:00:00+01:00');
    expect((await runFollowUpPass({ store: h.store, now: () => h.clock.now })).started).toEqual([]);
    h.clock.now = new Date('2027-02-15T08:00:00+01:00');
    expect((await runFollowUpPass({ store: h.store, now: () => h.clock.now })).started).toEqual(['r1']);
    const view = await h.store.read(EVERYTHING);
    expect(view.rounds.r1.status).toBe('follow-up');
    expect(view.audit.filter((a) => a.action === 'round.transition').at(-1)?.detail).toEqual({ from: 'released', to: 'follow-up' });
  });
});
