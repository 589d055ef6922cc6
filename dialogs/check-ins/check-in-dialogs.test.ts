import { describe, expect, it } from 'vitest';
import { runCheckInPass as pass } from '../../bot/check-ins/check-in-schedule.js';
import { DEFAULT_CHECK_IN_SETTINGS } from '../../bot/check-ins/check-in-plan.js';
import type { KoppelStore } from '../../bot/store/index.js';

const runCheckInPass = (store: KoppelStore, at: Date) => pass({ store, now: () => at, settings: DEFAULT_CHECK_IN_SETTINGS });
import { conversationFor } from '../../bot/outbox/testing/outbox-test-support.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { notificationReplies } from '../notification-replies.js';
import { formOf, intakeHarness, readable, releasedRound, STUDENT_USER, textOf } from '../testing/intake-fixture.js';
import { nl } from '../texts/nl.js';

const WEEK_2 = new Date('2027-02-22T09:00:00+01:00');
const FINE = { 'be-yourself': 'yes', 'treated-fairly': 'yes', learning: 'yes', supervision: 'partly' };

async function harness() {
  const data = releasedRound();
  data.students.s2 = { ...structuredClone(data.students.s1), id: 's2', studentNumber: '100235', identities: [{ platform: 'teams', userId: 'teams-student-2' }] };
  for (const userId of [STUDENT_USER, 'coord-1', 'coord-2', 'bpv-1']) conversationFor(data, userId);
  const clock = { now: new Date('2027-01-21T12:00:00+01:00') };
  const h = await intakeHarness(data, clock);
  await h.submit('placement.acknowledge');
  clock.now = WEEK_2;
  await runCheckInPass(h.store, WEEK_2);
  const [checkInId] = Object.keys((await h.store.read(EVERYTHING)).checkIns);
  return { ...h, checkInId };
}

async function delivered(h: Awaited<ReturnType<typeof harness>>) {
  const from = h.sent.length;
  await h.sendQueued();
  return Promise.all(h.sent.slice(from).map(async ({ recipient, notification }) => ({ to: recipient.userId, replies: readable(await notificationReplies(notification, 'nl', h.services())) })));
}

describe('a private check-in', () => {
  it('asks the student the questions with buttons, among them "Kun je op je stage zijn wie je bent?", and where to report', async () => {
    const h = await harness();
    const [message] = await delivered(h);
    expect(message.to).toBe(STUDENT_USER);
    const form = formOf(message.replies);
    expect(form.fields.map((f) => f.label)).toContain('Kun je op je stage zijn wie je bent?');
    expect(form.fields.every((f) => f.kind === 'choice')).toBe(true);
    expect(form.fields.length).toBeGreaterThanOrEqual(3);
    expect(form.fields.length).toBeLessThanOrEqual(5);
    expect(form.intro).toContain(nl.meldpunt.promise);
    expect(form.actions.map((a) => a.verb)).toEqual(['check-in.answer', 'meldpunt.form']);
  });

  it('thanks a student who is fine, and tells nobody anything', async () => {
    const h = await harness();
    await delivered(h);
    expect(textOf(await h.submit('check-in.answer', { checkInId: h.checkInId, ...FINE, conversation: 'no' }))).toBe(nl.checkIns.thanks);
    expect(await delivered(h)).toEqual([]);
    expect(textOf(await h.submit('check-in.answer', { checkInId: h.checkInId, ...FINE }))).toBe(nl.checkIns.answered);
  });

  it('offers the meldpunt after a worrying answer, and tells school only that a talk is wanted', async () => {
    const h = await harness();
    await delivered(h);
    const replies = await h.submit('check-in.answer', { checkInId: h.checkInId, ...FINE, 'be-yourself': 'no', conversation: 'no' });
    expect(textOf(replies)).toContain(nl.checkIns.worried);
    expect(formOf(replies).actions.map((a) => a.verb)).toEqual(['meldpunt.form', 'check-in.conversation']);
    expect(await delivered(h)).toEqual([]);
    expect(textOf(await h.submit('check-in.conversation', { checkInId: h.checkInId }))).toBe(nl.checkIns.conversationAsked);
    const alerts = await delivered(h);
    expect(alerts.map((a) => a.to).sort()).toEqual(['coord-1', 'coord-2']);
    expect(textOf(alerts[0].replies)).toBe(nl.checkIns.coordinatorAlert('100234', 'week 2'));
    for (const answer of ['"no"', 'be-yourself', 'wie je bent', 'Nee,']) expect(JSON.stringify(alerts)).not.toContain(answer);
  });

  it('is answered only by the student it was asked of', async () => {
    const h = await harness();
    const before = JSON.stringify(await h.store.read(EVERYTHING));
    expect(textOf(await h.submit('check-in.answer', { checkInId: h.checkInId, ...FINE }, 'nl', 'teams-student-2'))).toBe(nl.checkIns.unknown);
    expect(textOf(await h.submit('check-in.conversation', { checkInId: h.checkInId }, 'nl', 'coord-1'))).toBe(nl.checkIns.unknown);
    expect(JSON.stringify(await h.store.read(EVERYTHING))).toBe(before);
  });

  it('shows coordinators figures only, a small group as "< 5"', async () => {
    const h = await harness();
    await h.submit('check-in.answer', { checkInId: h.checkInId, ...FINE, conversation: 'no' });
    const [summary] = await h.say('ronde check-ins', 'nl', 'coord-1');
    expect(summary).toMatchObject({ kind: 'summary', facts: [{ label: '90001, week 2', value: nl.checkIns.figuresLine(1, '< 5', '0') }] });
    expect(textOf(await h.say('ronde check-ins', 'nl', STUDENT_USER))).toBe(nl.coordinator.onlyCoordinators);
  });
});
