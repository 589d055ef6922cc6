import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/index.js';
import { Company } from '../domain/company.js';
import { Round } from '../domain/round.js';
import { Student } from '../domain/student.js';
import { emptyKoppelData, type KoppelView } from '../koppel-data.js';
import type { DeliveryResult, Notification, Notifier } from '../notifications.js';
import { UNKNOWN_AFTER_RESTART } from '../release/outbox-claims.js';
import { conversationFor, countingStore, queuedOf, sendQueued } from '../outbox/testing/outbox-test-support.js';
import type { PersonKey } from '../people.js';
import { EVERYTHING, openMemoryKoppelStore, type KoppelStore } from '../store/index.js';
import { createRoundService, welcomeKey } from './round-service.js';

const NOW = new Date('2027-01-04T10:00:00Z');
const STUDENTS = 50;

/** A draft round of 50 students who all talked with Koppel, but s3, who has no chat account yet, and one company. */
function draftRound(): KoppelView {
  const data = emptyKoppelData();
  data.rounds.r1 = Round.parse({
    id: 'r1', name: 'Zorg februari 2027', programmeCodes: ['90001'], mechanism: 'school', status: 'draft',
    wishesDeadline: '2027-01-10T17:00:00+01:00', offersDeadline: '2027-01-12T17:00:00+01:00',
    releaseAt: '2027-01-20T09:00:00+01:00', internshipStart: '2027-02-15', seed: 'seed-1', createdBy: 'coord-1', createdAt: '2026-11-22T10:00:00Z',
  });
  for (let i = 0; i < STUDENTS; i++) {
    const identities = i === 3 ? [] : [{ platform: 'teams' as const, userId: `teams-s${i}` }];
    data.students[`s${i}`] = Student.parse({ id: `s${i}`, roundId: 'r1', studentNumber: `1000${i}`, programmeCode: '90001', identities });
    conversationFor(data, `teams-s${i}`);
  }
  data.companies.c1 = Company.parse({
    id: 'c1', name: 'Zorggroep De Linde', sbbNumber: '1234567', contacts: [{ platform: 'teams', userId: 'teams-contact' }],
    locations: [{ id: 'loc1', label: 'Verpleeghuis', postcodeArea: '2611', municipality: 'Delft' }],
  });
  conversationFor(data, 'teams-contact');
  return data;
}

function recordingNotifier(answer: (recipient: PersonKey) => DeliveryResult | Promise<DeliveryResult> = () => 'sent') {
  const calls: Array<{ recipient: PersonKey; notification: Notification }> = [];
  const notifier: Notifier = {
    notify: async (recipient, notification) => {
      calls.push({ recipient, notification });
      return answer(recipient);
    },
  };
  return { notifier, calls };
}

async function setup(data = draftRound()) {
  const counting = countingStore(openMemoryKoppelStore(data));
  let woken = 0;
  // The service gets a whole notifier, as the application gives it: it may only queue and wake the sender.
  const inTurn = recordingNotifier();
  const rounds = createRoundService({ store: counting.store, catalogue: await loadCatalogue(), outbox: { ...inTurn.notifier, queued: () => { woken += 1; } }, now: () => NOW });
  return { store: counting.store, rounds, updates: counting.updates, woken: () => woken, sentInTurn: inTurn.calls };
}

const welcomes = async (store: KoppelStore) => Object.values((await store.read(EVERYTHING)).outbox).filter((e) => e.kind === 'round-opened');

describe('opening a round', () => {
  it('writes a welcome for every reachable student and the offer requests in the one unit of work that opens it, and sends nothing', async () => {
    const h = await setup();
    const opened = await h.rounds.open('r1', 'coord-1');
    expect(opened).toMatchObject({ ok: true, welcomed: STUDENTS - 1, unreachable: 1 });
    expect(h.updates()).toBe(1);
    expect(h.woken()).toBe(1);
    expect(h.sentInTurn).toEqual([]);
    const data = await h.store.read(EVERYTHING);
    expect(data.rounds.r1.status).toBe('open');
    expect(await welcomes(h.store)).toHaveLength(STUDENTS - 1);
    expect(data.outbox[welcomeKey('r1', 's0')]).toMatchObject({
      kind: 'round-opened', status: 'pending', recipient: { platform: 'teams', userId: 'teams-s0' }, subjectIds: ['s0'],
      notification: { kind: 'round-opened', roundId: 'r1', studentId: 's0' },
    });
    expect(data.outbox['offer-requested:r1:c1:teams-contact']).toMatchObject({ kind: 'offer-requested', status: 'pending' });
    expect(data.audit.map((a) => a.detail)).toEqual([{ from: 'draft', to: 'open' }]);
  });

  it('is delivered by the outbox once per student', async () => {
    const h = await setup();
    const { notifier, calls } = recordingNotifier();
    await h.rounds.open('r1', 'coord-1');
    expect(await sendQueued(h.store, notifier, NOW)).toMatchObject({ sent: STUDENTS, failed: 0 });
    expect(await sendQueued(h.store, notifier, NOW)).toMatchObject({ sent: 0 });
    const welcomed = calls.filter((c) => c.notification.kind === 'round-opened').map((c) => c.recipient.userId);
    expect(welcomed).toHaveLength(STUDENTS - 1);
    expect(new Set(welcomed).size).toBe(STUDENTS - 1);
  });

  it('queues nothing new when opened again, and after reopening only a student who was not welcomed yet', async () => {
    const h = await setup();
    await h.rounds.open('r1', 'coord-1');
    expect(await h.rounds.open('r1', 'coord-1')).toEqual({ ok: false, refusal: 'same-status' });
    expect(await welcomes(h.store)).toHaveLength(STUDENTS - 1);
    await h.rounds.transition('r1', 'closed', 'coord-1');
    await h.store.update(EVERYTHING, (draft) => {
      draft.students.s3.identities.push({ platform: 'slack', userId: 'U3' });
    });
    expect(await h.rounds.open('r1', 'coord-1')).toMatchObject({ ok: true, welcomed: 1, unreachable: 0 });
    expect(await welcomes(h.store)).toHaveLength(STUDENTS);
  });

  it('writes nothing when the round cannot be opened', async () => {
    const h = await setup();
    expect(await h.rounds.open('nope', 'coord-1')).toEqual({ ok: false, refusal: 'unknown-round' });
    expect((await h.store.read(EVERYTHING)).outbox).toEqual({});
  });

  it('never sends a welcome twice after a crash while sending it: it goes to review instead', async () => {
    const h = await setup();
    await h.rounds.open('r1', 'coord-1');
    // The first process claims a batch and dies while the platform calls are in flight.
    let inFlight = 0;
    const dying = recordingNotifier(() => {
      inFlight += 1;
      return new Promise<DeliveryResult>(() => {});
    });
    const process1: KoppelStore = { read: (s) => h.store.read(s), pruneAudit: (b, s) => h.store.pruneAudit(b, s), insertNew: (collection, id, record, options) => h.store.insertNew(collection, id, record, options), update: (s, c) => h.store.update(s, c), close: () => h.store.close() };
    void sendQueued(process1, dying.notifier, NOW);
    await expect.poll(() => inFlight).toBeGreaterThan(0);
    const claimed = Object.values((await h.store.read(EVERYTHING)).outbox).filter((e) => e.status === 'sending').map((e) => e.key);
    expect(claimed.length).toBeGreaterThan(0);

    const restarted = recordingNotifier();
    const result = await sendQueued(h.store, restarted.notifier, NOW);
    expect(result.duplicatesAvoided).toBe(claimed.length);
    const data = await h.store.read(EVERYTHING);
    for (const key of claimed) expect(data.outbox[key]).toMatchObject({ status: 'failed', lastError: UNKNOWN_AFTER_RESTART });
    const again = new Set(restarted.calls.map((c) => c.recipient.userId));
    for (const call of dying.calls) expect(again.has(call.recipient.userId)).toBe(false);
    // 49 welcomes and 1 offer request: every message not claimed by the dead process goes out once.
    expect(restarted.calls.length).toBe(STUDENTS - claimed.length);
  });
});

describe('a late welcome', () => {
  it('reaches a student who had no conversation when the round opened, once they talk to Koppel', async () => {
    const data = draftRound();
    delete data.conversations['teams:teams-s1'];
    const h = await setup(data);
    const { notifier, calls } = recordingNotifier();
    expect(await h.rounds.open('r1', 'coord-1')).toMatchObject({ welcomed: STUDENTS - 2, unreachable: 2 });
    await sendQueued(h.store, notifier, NOW);
    expect(calls.some((c) => c.recipient.userId === 'teams-s1')).toBe(false);

    await h.store.update(EVERYTHING, (draft) => conversationFor(draft, 'teams-s1'));
    await h.rounds.welcomeOnContact({ platform: 'teams', userId: 'teams-s1' });
    await sendQueued(h.store, notifier, NOW);
    expect(calls.filter((c) => c.recipient.userId === 'teams-s1').map((c) => c.notification)).toEqual([{ kind: 'round-opened', roundId: 'r1', studentId: 's1' }]);
  });

  it('sends a welcome that found no conversation once the student talks to Koppel, and only once', async () => {
    const h = await setup();
    await h.rounds.open('r1', 'coord-1');
    const first = recordingNotifier((recipient) => (recipient.userId === 'teams-s2' ? 'no-conversation' : 'sent'));
    await sendQueued(h.store, first.notifier, NOW);
    expect((await h.store.read(EVERYTHING)).outbox[welcomeKey('r1', 's2')]).toMatchObject({ status: 'failed', lastError: 'no-conversation' });

    const later = recordingNotifier();
    for (let turn = 0; turn < 3; turn++) await h.rounds.welcomeOnContact({ platform: 'teams', userId: 'teams-s2' });
    await sendQueued(h.store, later.notifier, NOW);
    expect(later.calls.map((c) => c.recipient.userId)).toEqual(['teams-s2']);
    expect((await h.store.read(EVERYTHING)).outbox[welcomeKey('r1', 's2')]).toMatchObject({ status: 'sent' });
  });

  it('welcomes a student linked later (welcomeLate), but not one already welcomed or whose round is not open', async () => {
    const h = await setup();
    await h.rounds.welcomeLate('s0');
    expect(await welcomes(h.store)).toEqual([]);
    await h.rounds.open('r1', 'coord-1');
    await h.store.update(EVERYTHING, (draft) => {
      draft.students.s3.identities.push({ platform: 'teams', userId: 'teams-s3' });
    });
    const before = h.updates();
    await h.rounds.welcomeLate('s3');
    await h.rounds.welcomeLate('s0');
    expect(h.updates() - before).toBe(1);
    expect(queuedOf(await h.store.read(EVERYTHING)).filter((line) => line.startsWith('round-opened'))).toHaveLength(STUDENTS);
  });

  it('costs no unit of work for someone who is not a student', async () => {
    const h = await setup();
    await h.rounds.open('r1', 'coord-1');
    const before = h.updates();
    await h.rounds.welcomeOnContact({ platform: 'teams', userId: 'teams-contact' });
    await h.rounds.welcomeOnContact({ platform: 'teams', userId: 'teams-s0' });
    expect(h.updates()).toBe(before);
  });
});
