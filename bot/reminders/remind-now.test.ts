import { describe, expect, it } from 'vitest';
import type { Round } from '../domain/round.js';
import { beforeDeadline, DEADLINE, fakeNotifier, makeCompany, makeData, makeOffer, makeRound, makeStudent, memoryStore } from '../offers/testing/offer-test-support.js';
import { conversationFor, countingStore, sendQueued } from '../outbox/testing/outbox-test-support.js';
import { amsterdamDay, remindNow } from './remind-now.js';
import { EVERYTHING } from '../store/index.js';

const NO_CONVERSATION_USER = 'student-silent';

// Students: two still owe a wish, one confirmed, one has an own place, one has no chat account yet,
// one never talked with Koppel, one belongs to another round. Companies: a (two contacts) and c
// (e-mail only) have no offer, b answered, d cannot be reached at all and is not asked.
function data(round: Partial<Round> = {}) {
  const data = makeData({
    rounds: [makeRound(round)],
    students: [
      makeStudent('s1'), makeStudent('s2', { intakeStatus: 'started' }), makeStudent('s3', { intakeStatus: 'confirmed' }),
      makeStudent('s4', { intakeStatus: 'own-placement' }), makeStudent('s5', { identities: [] }),
      makeStudent('s6', { identities: [{ platform: 'teams', userId: NO_CONVERSATION_USER }] }), makeStudent('s7', { roundId: 'r2' }),
    ],
    companies: [
      makeCompany('a', { contacts: [{ platform: 'teams', userId: 'a-1' }, { platform: 'teams', userId: 'a-2' }] }),
      makeCompany('b'), makeCompany('c', { contacts: [], pendingContactEmails: ['hr@c.example'] }), makeCompany('d', { contacts: [] }),
    ],
    offers: [makeOffer('b')],
  });
  for (const userId of ['student-s1', 'student-s2', 'student-s3', 'student-s4', 'student-s7', 'a-1', 'a-2', 'contact-b']) conversationFor(data, userId);
  return data;
}

function setup(round: Partial<Round> = {}, clock = { now: beforeDeadline(30) }) {
  const counting = countingStore(memoryStore(data(round)));
  const { store } = counting;
  const { notifier, calls } = fakeNotifier();
  let woken = 0;
  // What a coordinator's turn does: only queue, and wake the outbox's sender.
  const remind = (who: 'students' | 'companies' | 'both' = 'both', roundId = 'r1') => remindNow({ store, notifier: { queued: () => { woken += 1; } }, now: () => clock.now }, roundId, 'coord-1', who);
  const send = () => sendQueued(store, notifier, clock.now);
  const heard = () => calls.map((c) => `${c.notification.kind}:${c.recipient.userId}`);
  return { store, calls, clock, remind, send, heard, updates: counting.updates, woken: () => woken };
}

describe('remindNow', () => {
  it('queues reminders for students without a confirmed wish and the contacts of companies without an offer, in one unit of work', async () => {
    const h = setup();
    expect(await h.remind()).toEqual({
      ok: true, pastDeadline: [],
      students: { reminded: 2, unreachable: 2, alreadyRemindedToday: 0 },
      companies: { reminded: 1, unreachable: 1, alreadyRemindedToday: 0 },
    });
    expect(h.updates()).toBe(1);
    expect(h.woken()).toBe(1);
    expect(h.calls).toEqual([]);
    await h.send();
    expect(h.heard()).toEqual(['wish-reminder:student-s1', 'wish-reminder:student-s2', 'offer-reminder:a-1', 'offer-reminder:a-2']);
    expect(h.calls[0].notification).toEqual({ kind: 'wish-reminder', roundId: 'r1', studentId: 's1', deadline: DEADLINE });
    expect(h.calls[2].notification).toEqual({ kind: 'offer-reminder', roundId: 'r1', companyId: 'a', deadline: DEADLINE });
  });

  it('queues nobody a second time the same day, and again the next day', async () => {
    const h = setup();
    await h.remind();
    await h.send();
    expect(await h.remind()).toMatchObject({
      students: { reminded: 0, unreachable: 2, alreadyRemindedToday: 2 },
      companies: { reminded: 0, unreachable: 1, alreadyRemindedToday: 1 },
    });
    expect(h.woken()).toBe(1);
    await h.send();
    expect(h.calls).toHaveLength(4);
    h.clock.now = beforeDeadline(6);
    expect(await h.remind()).toMatchObject({ students: { reminded: 2 }, companies: { reminded: 1 } });
  });

  it('queues again, the same day, only a reminder that found no conversation: it never arrived', async () => {
    const h = setup();
    await h.remind('students');
    await sendQueued(h.store, fakeNotifier(async (call) => (call.recipient.userId === 'student-s1' ? 'no-conversation' : 'sent')).notifier, h.clock.now);
    expect(await h.remind('students')).toMatchObject({ students: { reminded: 1, alreadyRemindedToday: 1 } });
    await h.send();
    expect(h.heard()).toEqual(['wish-reminder:student-s1']);
  });

  it('keys the day in Amsterdam time', async () => {
    expect(amsterdamDay(new Date('2026-11-29T22:59:00Z'))).toBe('2026-11-29');
    expect(amsterdamDay(new Date('2026-11-29T23:01:00Z'))).toBe('2026-11-30');
    const h = setup({}, { now: new Date('2026-11-29T22:30:00Z') });
    await h.remind('students');
    expect(Object.keys((await h.store.read(EVERYTHING)).outbox)).toContain('remind-now:r1:s1:2026-11-29');
    h.clock.now = new Date('2026-11-29T23:30:00Z');
    expect(await h.remind('students')).toMatchObject({ students: { reminded: 2, alreadyRemindedToday: 0 } });
  });

  it('reminds only the group asked for', async () => {
    const students = setup();
    expect(await students.remind('students')).toMatchObject({ companies: { reminded: 0, unreachable: 0 } });
    await students.send();
    expect(students.heard().every((h) => h.startsWith('wish-reminder:'))).toBe(true);
    const companies = setup();
    expect(await companies.remind('companies')).toMatchObject({ students: { reminded: 0, unreachable: 0 }, companies: { reminded: 1 } });
    await companies.send();
    expect(companies.heard()).toEqual(['offer-reminder:a-1', 'offer-reminder:a-2']);
  });

  it('writes one audit event with ids and counts only', async () => {
    const h = setup();
    await h.remind();
    const events = (await h.store.read(EVERYTHING)).audit;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: 'coord-1', action: 'reminders.sent-now', subjectType: 'round', subjectId: 'r1',
      detail: { who: 'both', studentsReminded: 2, studentsUnreachable: 2, companiesReminded: 1, companiesUnreachable: 1 },
    });
    expect(JSON.stringify(events[0])).not.toMatch(/Bedrijf|nr-s|student-s1/);
  });

  it('refuses a round that is not open, an unknown round, and a group whose deadline passed', async () => {
    const closed = setup({ status: 'closed' });
    expect(await closed.remind()).toEqual({ ok: false, refusal: 'round-not-open' });
    expect(await closed.remind('both', 'nope')).toEqual({ ok: false, refusal: 'unknown-round' });
    const late = setup({ offersDeadline: '2026-12-03T16:00:00.000Z' }, { now: beforeDeadline(-1) });
    expect(await late.remind('students')).toEqual({ ok: false, refusal: 'deadline-passed' });
    for (const h of [closed, late]) {
      expect((await h.store.read(EVERYTHING)).outbox).toEqual({});
      expect((await h.store.read(EVERYTHING)).audit).toEqual([]);
    }
    // Both asked, the students' deadline passed: only the companies hear it.
    expect(await late.remind('both')).toMatchObject({ ok: true, pastDeadline: ['students'], students: { reminded: 0 }, companies: { reminded: 1 } });
    await late.send();
    expect(late.heard()).toEqual(['offer-reminder:a-1', 'offer-reminder:a-2']);
  });
});
