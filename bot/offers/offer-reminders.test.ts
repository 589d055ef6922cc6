import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../store/deep-freeze.js';
import { conversationFor, sendQueued } from '../outbox/testing/outbox-test-support.js';
import { dueOfferReminders, requestOffers, runOfferReminders } from './offer-reminders.js';
import { beforeDeadline, DEADLINE, fakeNotifier, makeCompany, makeData, makeOffer, makeRound, memoryStore } from './testing/offer-test-support.js';
import { EVERYTHING, type KoppelStore } from '../store/index.js';

const at = (date: Date) => () => date;
// a: two contacts; b: answered already; c: e-mail only, nobody to reach yet; d: never reachable.
const companies = () => [
  makeCompany('a', { contacts: [{ platform: 'teams', userId: 'a-1' }, { platform: 'slack', userId: 'A2' }] }),
  makeCompany('b'), makeCompany('c', { contacts: [], pendingContactEmails: ['hr@c.example'] }), makeCompany('d', { contacts: [] }),
];
const data = (rounds = [makeRound()]) => {
  const view = makeData({ rounds, companies: companies(), offers: [makeOffer('b')] });
  // a-1 and contact-b talked with Koppel in Teams; Slack needs no stored conversation.
  for (const userId of ['a-1', 'contact-b']) conversationFor(view, userId);
  return view;
};
const keys = async (store: KoppelStore) => Object.keys((await store.read(EVERYTHING)).outbox).sort();

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

  it('plans nothing at or after the deadline or for a round not open, and works on a frozen view', () => {
    expect(dueOfferReminders(data(), beforeDeadline(0))).toEqual([]);
    expect(dueOfferReminders(data([makeRound({ status: 'closed' })]), beforeDeadline(24))).toEqual([]);
    expect(dueOfferReminders(deepFreeze(data()), beforeDeadline(20)).map((r) => r.key)).toEqual(['offer-reminder:r1:a:24h', 'offer-reminder:r1:c:24h']);
  });

  it('uses the configured moments', () => {
    expect(dueOfferReminders(data(), beforeDeadline(40), [48, 6]).map((r) => r.key)).toEqual(['offer-reminder:r1:a:48h', 'offer-reminder:r1:c:48h']);
  });
});

describe('runOfferReminders', () => {
  it('queues one reminder per contact and moment, and the outbox sends each once', async () => {
    const store = memoryStore(data());
    const { notifier, calls } = fakeNotifier();
    let woken = 0;
    expect(await runOfferReminders({ store, notifier: { queued: () => { woken += 1; } }, now: at(beforeDeadline(72)) })).toEqual({ queued: 2, unreachable: 1 });
    expect(woken).toBe(1);
    expect(calls).toEqual([]);
    expect(await keys(store)).toEqual(['offer-reminder:r1:a:72h:A2', 'offer-reminder:r1:a:72h:a-1']);
    await sendQueued(store, notifier, beforeDeadline(72));
    await sendQueued(store, notifier, beforeDeadline(72));
    expect(calls).toEqual([
      { recipient: { platform: 'teams', userId: 'a-1' }, notification: { kind: 'offer-reminder', roundId: 'r1', companyId: 'a', deadline: DEADLINE } },
      { recipient: { platform: 'slack', userId: 'A2' }, notification: { kind: 'offer-reminder', roundId: 'r1', companyId: 'a', deadline: DEADLINE } },
    ]);
  });

  it('queues each moment once across passes and restarts, and nothing after the deadline', async () => {
    const store = memoryStore(data());
    for (const hours of [72, 60, 48, 30, 24, 2, 0, -5]) await runOfferReminders({ store, now: at(beforeDeadline(hours)) });
    expect(await keys(store)).toEqual(['offer-reminder:r1:a:24h:A2', 'offer-reminder:r1:a:24h:a-1', 'offer-reminder:r1:a:72h:A2', 'offer-reminder:r1:a:72h:a-1']);
  });

  it('does not queue a company whose reminder a file from before the outbox recorded', async () => {
    const view = data();
    view.sentNotifications['offer-reminder:r1:a:24h'] = { at: beforeDeadline(24).toISOString(), result: 'failed' };
    const store = memoryStore(view);
    expect(await runOfferReminders({ store, now: at(beforeDeadline(23)) })).toEqual({ queued: 0, unreachable: 1 });
  });

  it('skips a company that saved its offer after the read', async () => {
    const store = memoryStore(data());
    let reads = 0;
    const racing: KoppelStore = {
      pruneAudit: (before, summary) => store.pruneAudit(before, summary),
      insertNew: (collection, id, record, options) => store.insertNew(collection, id, record, options),
      close: () => store.close(),
      read: async (scope) => {
        const planned = await store.read(scope);
        if (++reads === 2) {
          await store.update(EVERYTHING, (d) => {
            d.offers.off_r1_a = makeOffer('a');
          });
        }
        return planned;
      },
      update: (scope, change) => store.update(scope, change),
    };
    expect(await runOfferReminders({ store: racing, now: at(beforeDeadline(24)) })).toEqual({ queued: 0, unreachable: 1 });
    expect(await keys(store)).toEqual([]);
  });

  it('counts a contact Koppel cannot write to yet, queues them once they can be, and logs ids only', async () => {
    const view = data();
    view.companies.a.contacts.push({ platform: 'teams', userId: 'a-3' });
    const store = memoryStore(view);
    const lines: Array<[string, object]> = [];
    expect(await runOfferReminders({ store, now: at(beforeDeadline(24)), log: (event, fields) => lines.push([event, fields]) })).toEqual({ queued: 2, unreachable: 2 });
    expect(lines).toEqual([['offer-reminders.queued', { roundId: 'r1', queued: 2, unreachable: 2 }]]);
    await store.update(EVERYTHING, (d) => conversationFor(d, 'a-3'));
    expect(await runOfferReminders({ store, now: at(beforeDeadline(23)) })).toEqual({ queued: 1, unreachable: 1 });
  });
});

describe('requestOffers', () => {
  it('queues a request for every contact of every registered company once per round', async () => {
    const store = memoryStore(data());
    const { notifier, calls } = fakeNotifier();
    expect(await requestOffers({ store, now: at(beforeDeadline(200)) }, 'r1')).toEqual({ queued: 3, unreachable: 1 });
    await sendQueued(store, notifier, beforeDeadline(200));
    expect(calls.map((c) => [c.recipient.userId, c.notification])).toEqual([
      ['a-1', { kind: 'offer-requested', roundId: 'r1', companyId: 'a' }],
      ['A2', { kind: 'offer-requested', roundId: 'r1', companyId: 'a' }],
      ['contact-b', { kind: 'offer-requested', roundId: 'r1', companyId: 'b' }],
    ]);
    expect(await keys(store)).toEqual(['offer-requested:r1:a:A2', 'offer-requested:r1:a:a-1', 'offer-requested:r1:b:contact-b']);
    expect(await requestOffers({ store, now: at(beforeDeadline(100)) }, 'r1')).toEqual({ queued: 0, unreachable: 1 });
  });

  it('asks a contact it could not reach again later, and a newly linked contact too', async () => {
    const store = memoryStore(data());
    await requestOffers({ store, now: at(beforeDeadline(200)) }, 'r1');
    await sendQueued(store, fakeNotifier(async () => 'no-conversation').notifier, beforeDeadline(200));
    await store.update(EVERYTHING, (d) => {
      d.companies.c.contacts.push({ platform: 'teams', userId: 'c-1' });
      conversationFor(d, 'c-1');
    });
    expect(await requestOffers({ store, now: at(beforeDeadline(100)) }, 'r1')).toEqual({ queued: 4, unreachable: 0 });
    const later = fakeNotifier();
    await sendQueued(store, later.notifier, beforeDeadline(100));
    expect(later.calls.map((c) => c.recipient.userId)).toEqual(['a-1', 'A2', 'contact-b', 'c-1']);
  });

  it('asks nothing for an unknown round or one that no longer accepts offers', async () => {
    const stores = [memoryStore(data()), memoryStore(data()), memoryStore(data([makeRound({ status: 'draft' })]))];
    await requestOffers({ store: stores[0], now: at(beforeDeadline(10)) }, 'nope');
    await requestOffers({ store: stores[1], now: at(beforeDeadline(0)) }, 'r1');
    await requestOffers({ store: stores[2], now: at(beforeDeadline(10)) }, 'r1');
    for (const store of stores) expect(await keys(store)).toEqual([]);
  });
});
