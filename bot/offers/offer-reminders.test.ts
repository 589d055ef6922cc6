import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../store/store-core.js';
import { dueOfferReminders, offerReminderKey, requestOffers, runOfferReminders } from './offer-reminders.js';
import { beforeDeadline, DEADLINE, fakeNotifier, makeCompany, makeData, makeOffer, makeRound, memoryStore } from './offer-test-support.js';
import { EVERYTHING, type KoppelStore } from '../store/index.js';

const at = (date: Date) => () => date;
// a: two contacts; b: answered already; c: e-mail only, nobody to reach yet; d: never reachable.
const companies = () => [
  makeCompany('a', { contacts: [{ platform: 'teams', userId: 'a-1' }, { platform: 'slack', userId: 'A2' }] }),
  makeCompany('b'), makeCompany('c', { contacts: [], pendingContactEmails: ['hr@c.example'] }), makeCompany('d', { contacts: [] }),
];
const data = (rounds = [makeRound()]) => makeData({ rounds, companies: companies(), offers: [makeOffer('b')] });

describe('dueOfferReminders', () => {
  it('plans the latest passed moment for companies without an offer, with every contact as recipient', () => {
    expect(dueOfferReminders(data(), beforeDeadline(73))).toEqual([]);
    expect(dueOfferReminders(data(), beforeDeadline(10))).toEqual([
      {
        key: 'offer-reminder:r1:a:24h', roundId: 'r1', companyId: 'a', deadline: DEADLINE, moment: 24,
        recipients: [{ platform: 'teams', userId: 'a-1' }, { platform: 'slack', userId: 'A2' }],
      },
      { key: 'offer-reminder:r1:c:24h', roundId: 'r1', companyId: 'c', deadline: DEADLINE, moment: 24, recipients: [] },
    ]);
  });

  it('plans nothing at or after the deadline, for a round not open, or for a key already claimed', () => {
    expect(dueOfferReminders(data(), beforeDeadline(0))).toEqual([]);
    expect(dueOfferReminders(data([makeRound({ status: 'closed' })]), beforeDeadline(24))).toEqual([]);
    const claimed = data();
    for (const id of ['a', 'c']) claimed.sentNotifications[offerReminderKey('r1', id, 72)] = { at: beforeDeadline(72).toISOString(), result: 'failed' };
    expect(dueOfferReminders(claimed, beforeDeadline(30))).toEqual([]);
    expect(dueOfferReminders(deepFreeze(claimed), beforeDeadline(20)).map((r) => r.key)).toEqual(['offer-reminder:r1:a:24h', 'offer-reminder:r1:c:24h']);
  });

  it('uses the configured moments', () => {
    expect(dueOfferReminders(data(), beforeDeadline(40), [48, 6]).map((r) => r.key)).toEqual(['offer-reminder:r1:a:48h', 'offer-reminder:r1:c:48h']);
  });
});

describe('runOfferReminders', () => {
  it('notifies every contact once per moment and records one key per company', async () => {
    const store = memoryStore(data());
    const { notifier, calls } = fakeNotifier();
    expect(await runOfferReminders({ store, notifier, now: at(beforeDeadline(72)) })).toEqual({ sent: 2, unreachable: 1, failed: 0 });
    expect(calls).toEqual([
      { recipient: { platform: 'teams', userId: 'a-1' }, notification: { kind: 'offer-reminder', roundId: 'r1', companyId: 'a', deadline: DEADLINE } },
      { recipient: { platform: 'slack', userId: 'A2' }, notification: { kind: 'offer-reminder', roundId: 'r1', companyId: 'a', deadline: DEADLINE } },
    ]);
    expect((await store.read(EVERYTHING)).sentNotifications).toEqual({
      'offer-reminder:r1:a:72h': { at: beforeDeadline(72).toISOString(), result: 'sent' },
      'offer-reminder:r1:c:72h': { at: beforeDeadline(72).toISOString(), result: 'no-conversation' },
    });
  });

  it('sends each moment once across passes and restarts, and nothing after the deadline', async () => {
    const store = memoryStore(data());
    const first = fakeNotifier();
    for (const hours of [72, 60, 48]) await runOfferReminders({ store, notifier: first.notifier, now: at(beforeDeadline(hours)) });
    // A restart: a fresh runner and notifier on the same stored document.
    const restarted = fakeNotifier();
    for (const hours of [30, 24, 2, 0, -5]) await runOfferReminders({ store, notifier: restarted.notifier, now: at(beforeDeadline(hours)) });
    expect(first.calls).toHaveLength(2);
    expect(restarted.calls.map((c) => c.recipient.userId)).toEqual(['a-1', 'A2']);
  });

  it('never sends twice when the process dies right after claiming', async () => {
    const store = memoryStore(data());
    const dying: KoppelStore = {
      close: () => store.close(),
      read: (scope) => store.read(scope),
      update: async (scope, change) => {
        await store.update(scope, change);
        throw new Error('process killed');
      },
    };
    const { notifier, calls } = fakeNotifier();
    await expect(runOfferReminders({ store: dying, notifier, now: at(beforeDeadline(24)) })).rejects.toThrow('process killed');
    await runOfferReminders({ store, notifier, now: at(beforeDeadline(23)) });
    expect(calls).toEqual([]);
  });

  it('skips a company that saved its offer after planning', async () => {
    const store = memoryStore(data());
    const { notifier, calls } = fakeNotifier();
    const racing: KoppelStore = {
      close: () => store.close(),
      read: async (scope) => {
        const planned = await store.read(scope);
        await store.update(EVERYTHING, (d) => {
          d.offers.off_r1_a = makeOffer('a');
        });
        return planned;
      },
      update: (scope, change) => store.update(scope, change),
    };
    expect(await runOfferReminders({ store: racing, notifier, now: at(beforeDeadline(24)) })).toEqual({ sent: 0, unreachable: 1, failed: 0 });
    expect(calls).toEqual([]);
  });

  it('records a company none of whose contacts could be reached, counts per contact, and logs ids only', async () => {
    const store = memoryStore(data());
    const { notifier } = fakeNotifier(async (call) => {
      if (call.recipient.platform === 'slack') throw new Error('Slack down for Jan de Vries');
      return 'no-conversation';
    });
    const lines: Array<[string, object]> = [];
    const counts = await runOfferReminders({ store, notifier, now: at(beforeDeadline(24)), log: (event, fields) => lines.push([event, fields]) });
    expect(counts).toEqual({ sent: 0, unreachable: 2, failed: 1 });
    expect((await store.read(EVERYTHING)).sentNotifications['offer-reminder:r1:a:24h'].result).toBe('no-conversation');
    expect(lines).toEqual([
      ['offer-reminder.notify-threw', { roundId: 'r1', companyId: 'a', error: 'Error' }],
      ['offer-reminder.delivered', { roundId: 'r1', companyId: 'a', moment: 24, sent: 0, unreachable: 1, failed: 1 }],
      ['offer-reminder.delivered', { roundId: 'r1', companyId: 'c', moment: 24, sent: 0, unreachable: 1, failed: 0 }],
      ['offer-reminders.pass', { due: 2, sent: 0, unreachable: 2, failed: 1 }],
    ]);
  });
});

describe('requestOffers', () => {
  it('asks every contact of every registered company once per round', async () => {
    const store = memoryStore(data());
    const { notifier, calls } = fakeNotifier();
    expect(await requestOffers({ store, notifier, now: at(beforeDeadline(200)) }, 'r1')).toEqual({ sent: 3, unreachable: 1, failed: 0 });
    expect(calls.map((c) => [c.recipient.userId, c.notification])).toEqual([
      ['a-1', { kind: 'offer-requested', roundId: 'r1', companyId: 'a' }],
      ['A2', { kind: 'offer-requested', roundId: 'r1', companyId: 'a' }],
      ['contact-b', { kind: 'offer-requested', roundId: 'r1', companyId: 'b' }],
    ]);
    expect(Object.keys((await store.read(EVERYTHING)).sentNotifications)).toEqual([
      'offer-requested:r1:a:a-1', 'offer-requested:r1:a:A2', 'offer-requested:r1:b:contact-b',
    ]);
    const again = fakeNotifier();
    expect(await requestOffers({ store, notifier: again.notifier, now: at(beforeDeadline(100)) }, 'r1')).toEqual({ sent: 0, unreachable: 1, failed: 0 });
    expect(again.calls).toEqual([]);
  });

  it('asks a contact it could not reach again later, and a newly linked contact too', async () => {
    const store = memoryStore(data());
    await requestOffers({ store, notifier: fakeNotifier(async () => 'no-conversation').notifier, now: at(beforeDeadline(200)) }, 'r1');
    await store.update(EVERYTHING, (d) => {
      d.companies.c.contacts.push({ platform: 'teams', userId: 'c-1' });
    });
    const later = fakeNotifier();
    expect(await requestOffers({ store, notifier: later.notifier, now: at(beforeDeadline(100)) }, 'r1')).toEqual({ sent: 4, unreachable: 0, failed: 0 });
    expect(later.calls.map((c) => c.recipient.userId)).toEqual(['a-1', 'A2', 'contact-b', 'c-1']);
  });

  it('asks nothing for an unknown round or one that no longer accepts offers', async () => {
    const { notifier, calls } = fakeNotifier();
    await requestOffers({ store: memoryStore(data()), notifier, now: at(beforeDeadline(10)) }, 'nope');
    await requestOffers({ store: memoryStore(data()), notifier, now: at(beforeDeadline(0)) }, 'r1');
    await requestOffers({ store: memoryStore(data([makeRound({ status: 'draft' })])), notifier, now: at(beforeDeadline(10)) }, 'r1');
    expect(calls).toEqual([]);
  });
});
