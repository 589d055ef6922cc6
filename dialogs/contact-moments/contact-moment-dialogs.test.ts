import { describe, expect, it } from 'vitest';
import { conversationFor } from '../../bot/outbox/testing/outbox-test-support.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { notificationReplies } from '../notification-replies.js';
import { CONTACT_USER, formOf, intakeHarness, readable, releasedRound, STUDENT_USER, textOf } from '../testing/intake-fixture.js';
import { nl } from '../texts/nl.js';

const BPV = 'teams-bpv-1';
const c = nl.contactMoments;

async function harness() {
  const data = releasedRound();
  data.companies.c1.contacts = [{ platform: 'teams', userId: CONTACT_USER }];
  for (const userId of [STUDENT_USER, CONTACT_USER, 'coord-1', BPV]) conversationFor(data, userId);
  const clock = { now: new Date('2027-02-20T12:00:00+01:00') };
  const h = await intakeHarness(data, clock, ['coord-1', 'coord-2'], false, { bpvDocenten: [BPV] });
  await h.submit('placement.acknowledge');
  return h;
}

async function delivered(h: Awaited<ReturnType<typeof harness>>) {
  const from = h.sent.length;
  await h.sendQueued();
  return Promise.all(h.sent.slice(from).map(async ({ recipient, notification }) => ({ to: recipient.userId, text: textOf(readable(await notificationReplies(notification, 'nl', h.services()))) })));
}

const plan = (h: Awaited<ReturnType<typeof harness>>, kind: string, date: string, userId = BPV) =>
  h.submit('contact-moment.plan', { studentNumber: '100234', kind, date, time: '10:00' }, 'nl', userId);

describe('contact moments', () => {
  it('are planned by a BPV-docent or coordinator, with an invitation to student, company and planner, and a reminder the day before, once', async () => {
    const h = await harness();
    expect(textOf(await plan(h, 'on-site', '2027-02-25'))).toContain('Bezoek op de stageplek gepland op 25 februari 2027');
    const invitations = await delivered(h);
    expect(invitations.map((i) => i.to).sort()).toEqual([BPV, STUDENT_USER, CONTACT_USER].sort());
    expect(invitations[0].text).toContain('Uitnodiging: Bezoek op de stageplek');
    h.clock.now = new Date('2027-02-24T12:00:00+01:00');
    expect(await h.services().contactMoments.remind()).toBe(3);
    expect(await h.services().contactMoments.remind()).toBe(0);
    expect((await delivered(h)).map((r) => r.text)).toEqual(Array(3).fill(`${c.reminder('Bezoek op de stageplek', '25 februari 2027 om 10:00', 'Zorggroep De Naam 1')}`));
  });

  it('are recorded as held or not held once they have come, and ronde opvolging counts them per internship', async () => {
    const h = await harness();
    await plan(h, 'on-site', '2027-02-25');
    await plan(h, 'online', '2027-03-25', 'coord-1');
    await plan(h, 'at-school', '2027-04-25');
    await plan(h, 'online', '2027-05-25');
    const moments = () => h.say('contactmomenten', 'nl', BPV);
    const ids = (await moments()).map((r) => formOf([r]).actions[0].data?.momentId);
    expect(formOf(await h.say('ronde opvolging', 'nl', 'coord-1')).sections?.at(-1)?.facts[1]).toEqual({ label: c.incompleteLabel, value: c.incompleteLine('100234', 0, c.no) });
    expect(textOf(await h.submit('contact-moment.record', { momentId: ids[0], outcome: 'held' }, 'nl', BPV))).toBe(c.refusals['not-yet']);
    h.clock.now = new Date('2027-06-01T12:00:00+02:00');
    for (const [i, outcome] of [[0, 'held'], [1, 'held'], [2, 'held'], [3, 'not-held']] as const) {
      expect(textOf(await h.submit('contact-moment.record', { momentId: ids[i], outcome }, 'nl', BPV))).toBe(c.recorded(outcome === 'held' ? c.held : c.notHeld));
    }
    expect(textOf(await moments())).toBe(c.listNone);
    expect(formOf(await h.say('ronde opvolging', 'nl', 'coord-1')).sections?.at(-1)?.facts).toHaveLength(1);
    const overview = formOf(await h.say('ronde opvolging', 'nl', 'coord-1'));
    expect(overview.sections?.at(-1)?.facts[0].value).toBe(c.figures(1, 1, 1, 0, 1));
    const { audit } = await h.store.read(EVERYTHING);
    expect(audit.filter((e) => e.subjectType === 'contact-moment').map((e) => e.action)).toEqual([...Array(4).fill('contact-moment.planned'), ...Array(4).fill('contact-moment.recorded')]);
  });

  it('refuses students and company contacts, and a moment in the past', async () => {
    const h = await harness();
    for (const userId of [STUDENT_USER, CONTACT_USER]) {
      expect(textOf(await h.say('contactmoment plannen', 'nl', userId))).toBe(c.onlyPlanners);
      expect(textOf(await plan(h, 'online', '2027-03-01', userId))).toBe(c.onlyPlanners);
      expect(textOf(await h.say('contactmomenten', 'nl', userId))).toBe(c.onlyPlanners);
      expect(textOf(await h.submit('contact-moment.record', { momentId: 'cm_x', outcome: 'held' }, 'nl', userId))).toBe(c.onlyPlanners);
    }
    expect(formOf(await plan(h, 'online', '2027-01-01')).notice?.text).toBe(c.refusals['in-the-past']);
    expect(Object.keys((await h.store.read(EVERYTHING)).contactMoments)).toEqual([]);
  });
});
