import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { usableCapacity } from '../domain/offer.js';
import type { KoppelView } from '../koppel-data.js';
import type { PersonKey } from '../people.js';
import { createOfferService, type OfferService } from './offer-service.js';
import {
  beforeDeadline, contactOf, COORDINATOR, DEADLINE, makeCompany, makeData, makeOffer, makeRound, makeStudent, memoryStore, validDraft,
} from './testing/offer-test-support.js';
import { EVERYTHING, type KoppelStore } from '../store/index.js';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

interface Setup {
  store: KoppelStore;
  service: OfferService;
  setNow: (date: Date) => void;
}

function setup(data: KoppelView = makeData({ rounds: [makeRound()], companies: [makeCompany('a'), makeCompany('b')], students: [makeStudent('s1')] })): Setup {
  const store = memoryStore(data);
  let now = beforeDeadline(48);
  const service = createOfferService({ store, catalogue, coordinators: [COORDINATOR], now: () => now });
  return { store, service, setNow: (date) => (now = date) };
}

const A = contactOf('a');
const B = contactOf('b');
const student: PersonKey = { platform: 'teams', userId: 'student-s1' };

async function savedView(service: OfferService, person: PersonKey, draft = validDraft()) {
  const result = await service.save(person, 'r1', draft);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.view;
}

describe('openRounds', () => {
  it('lists open rounds newest first, for company contacts only', async () => {
    const { service } = setup(makeData({
      rounds: [
        makeRound({ id: 'r1', createdAt: '2026-11-01T09:00:00.000Z' }), makeRound({ id: 'r2', createdAt: '2026-11-03T09:00:00.000Z' }),
        makeRound({ id: 'r3', status: 'draft' }), makeRound({ id: 'r4', status: 'closed' }),
      ],
      companies: [makeCompany('a')], students: [makeStudent('s1')],
    }));
    expect((await service.openRounds(A)).map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(await service.openRounds(student)).toEqual([]);
    expect(await service.openRounds({ platform: 'slack', userId: 'U-stranger' })).toEqual([]);
  });
});

describe('view and save', () => {
  it('shows an editable empty offer with the round programmes from the catalogue', async () => {
    const result = await setup().service.view(A, 'r1');
    expect(result.ok && result.view).toMatchObject({ company: { id: 'a' }, round: { id: 'r1' }, editable: true });
    expect(result.ok && result.view.programmes.map((p) => p.code)).toEqual(['90001', '90002']);
    expect(result.ok && (result.view.offer ?? result.view.previous)).toBeUndefined();
  });

  it('creates the offer under off_<round>_<company>, then replaces it in place', async () => {
    const { store, service, setNow } = setup();
    const first = await savedView(service, A);
    expect(first.offer).toMatchObject({ id: 'off_r1_a', roundId: 'r1', companyId: 'a', places: 3, supervisionCapacity: 2, updatedAt: beforeDeadline(48).toISOString() });
    setNow(beforeDeadline(30));
    const second = await savedView(service, A, validDraft({ places: 1, supervisionCapacity: 4 }));
    expect(second.offer).toMatchObject({ id: 'off_r1_a', places: 1, updatedAt: beforeDeadline(30).toISOString() });
    expect(Object.keys((await store.read(EVERYTHING)).offers)).toEqual(['off_r1_a']);
  });

  it('counts min(places, supervision) as usable capacity', async () => {
    const { service } = setup();
    expect(usableCapacity((await savedView(service, A, validDraft({ places: 3, supervisionCapacity: 2 }))).offer!)).toBe(2);
    expect(usableCapacity((await savedView(service, A, validDraft({ places: 1, supervisionCapacity: 4 }))).offer!)).toBe(1);
  });

  it('refuses an unknown round and a round still in draft', async () => {
    const { service } = setup(makeData({ rounds: [makeRound({ status: 'draft' })], companies: [makeCompany('a')] }));
    expect(await service.view(A, 'nope')).toEqual({ ok: false, refusal: { code: 'unknown-round' } });
    expect(await service.view(A, 'constructor')).toEqual({ ok: false, refusal: { code: 'unknown-round' } });
    expect(await service.view(A, 'r1')).toEqual({ ok: false, refusal: { code: 'round-not-open' } });
    expect(await service.save(A, 'r1', validDraft())).toEqual({ ok: false, refusal: { code: 'round-not-open' } });
  });
});

describe('pre-fill from an earlier round', () => {
  const earlier = () => makeData({
    rounds: [makeRound({ id: 'r0', status: 'archived' }), makeRound({ id: 'r00', status: 'archived' }), makeRound()],
    companies: [makeCompany('a'), makeCompany('b')],
    offers: [
      makeOffer('a', { roundId: 'r0', places: 5, updatedAt: '2026-03-01T10:00:00.000Z' }),
      makeOffer('a', { roundId: 'r00', places: 4, updatedAt: '2026-06-01T10:00:00+02:00' }),
      makeOffer('b', { roundId: 'r0', places: 9, updatedAt: '2026-10-01T10:00:00.000Z' }),
    ],
  });

  it('offers the company its own most recent offer of another round while this round has none', async () => {
    const result = await setup(earlier()).service.view(A, 'r1');
    expect(result.ok && result.view.previous).toMatchObject({ id: 'off_r00_a', places: 4 });
    expect(result.ok && result.view.offer).toBeUndefined();
  });

  it('stops pre-filling once this round has an offer', async () => {
    const { service } = setup(earlier());
    const view = await savedView(service, A);
    expect(view.offer?.id).toBe('off_r1_a');
    expect(view.previous).toBeUndefined();
  });

  it('never pre-fills from another company', async () => {
    const { service } = setup(makeData({
      rounds: [makeRound({ id: 'r0', status: 'archived' }), makeRound()], companies: [makeCompany('a'), makeCompany('b')],
      offers: [makeOffer('b', { roundId: 'r0' })],
    }));
    const result = await service.view(A, 'r1');
    expect(result.ok && result.view.previous).toBeUndefined();
  });
});

describe('deadline', () => {
  it('accepts edits until the offers deadline, then is read-only and refuses without changing anything', async () => {
    const { store, service, setNow } = setup();
    await savedView(service, A);
    setNow(beforeDeadline(0, 1));
    await savedView(service, A, validDraft({ places: 7 }));
    setNow(beforeDeadline(0));
    const before = await store.read(EVERYTHING);
    expect(await service.save(A, 'r1', validDraft({ places: 1 }))).toEqual({ ok: false, refusal: { code: 'locked', deadline: DEADLINE, because: 'deadline-passed' } });
    expect(await store.read(EVERYTHING)).toEqual(before);
    const view = await service.view(A, 'r1');
    expect(view.ok && view.view.editable).toBe(false);
    expect(view.ok && view.view.offer?.places).toBe(7);
  });

  it.each(['closed', 'matched', 'released'] as const)('locks a %s round even before its deadline', async (status) => {
    const { service } = setup(makeData({ rounds: [makeRound({ status })], companies: [makeCompany('a')] }));
    expect(await service.save(A, 'r1', validDraft())).toEqual({ ok: false, refusal: { code: 'locked', deadline: DEADLINE, because: 'round-closed' } });
    const view = await service.view(A, 'r1');
    expect(view.ok && view.view.editable).toBe(false);
  });
});

describe('access: a contact only ever sees and changes their own company', () => {
  it('keeps company A and B apart whatever the draft says', async () => {
    const { store, service } = setup();
    const aView = await savedView(service, A);
    const bBefore = await service.view(B, 'r1');
    expect(bBefore.ok && bBefore.view.company.id).toBe('b');
    expect(bBefore.ok && bBefore.view.offer).toBeUndefined();
    // B cannot point its offer at A's location, and saving writes B's own offer only.
    expect(await service.save(B, 'r1', validDraft())).toEqual({ ok: false, refusal: { code: 'unknown-choice', field: 'locationId', values: ['a-main'] } });
    const bView = await savedView(service, B, validDraft({ locationId: 'b-south', places: 9 }));
    expect(bView.offer).toMatchObject({ id: 'off_r1_b', companyId: 'b', places: 9 });
    expect((await store.read(EVERYTHING)).offers.off_r1_a).toEqual(aView.offer);
  });

  it.each<[string, PersonKey]>([
    ['a student', student],
    ['an unknown person', { platform: 'teams', userId: 'stranger' }],
    ['a coordinator', { platform: 'teams', userId: COORDINATOR }],
    ['A\'s contact id on another platform', { platform: 'slack', userId: 'contact-a' }],
  ])('refuses %s, reading and writing nothing', async (_who, person) => {
    const { store, service } = setup();
    await savedView(service, A);
    const before = await store.read(EVERYTHING);
    expect(await service.view(person, 'r1')).toEqual({ ok: false, refusal: { code: 'not-a-contact' } });
    expect(await service.save(person, 'r1', validDraft())).toEqual({ ok: false, refusal: { code: 'not-a-contact' } });
    expect(await store.read(EVERYTHING)).toEqual(before);
  });
});

describe('other requirement', () => {
  async function approve(store: KoppelStore): Promise<void> {
    await store.update(EVERYTHING, (data) => {
      data.offers.off_r1_a.otherRequirement!.review = 'approved';
    });
  }

  it('is pending when given, keeps its review while unchanged, and is pending again when changed', async () => {
    const { store, service } = setup();
    expect((await savedView(service, A, validDraft({ otherRequirementText: 'VCA-diploma' }))).offer?.otherRequirement)
      .toEqual({ text: 'VCA-diploma', review: 'pending' });
    await approve(store);
    expect((await savedView(service, A, validDraft({ otherRequirementText: ' VCA-diploma ', places: 4 }))).offer?.otherRequirement)
      .toEqual({ text: 'VCA-diploma', review: 'approved' });
    expect((await savedView(service, A, validDraft({ otherRequirementText: 'VCA-vol diploma' }))).offer?.otherRequirement)
      .toEqual({ text: 'VCA-vol diploma', review: 'pending' });
    expect((await savedView(service, A, validDraft())).offer?.otherRequirement).toBeUndefined();
  });
});

describe('audit', () => {
  it('records each save with ids only, and nothing for a refused save', async () => {
    const { store, service } = setup();
    await savedView(service, A, validDraft({ otherRequirementText: 'Heftruckcertificaat' }));
    await service.save(A, 'r1', validDraft({ learnText: 'Alleen jongens' }));
    const { audit } = await store.read(EVERYTHING);
    expect(audit).toEqual([{
      id: expect.any(String), at: beforeDeadline(48).toISOString(), actorId: 'contact-a', action: 'offer.saved',
      subjectType: 'offer', subjectId: 'off_r1_a', detail: { roundId: 'r1', companyId: 'a' },
    }]);
    expect(JSON.stringify(audit)).not.toMatch(/cliënten|Heftruck|Bedrijf/);
  });

  it('hashes a platform user id that is not a valid audit id', async () => {
    const long: PersonKey = { platform: 'teams', userId: `29:${'x'.repeat(120)}` };
    const { store, service } = setup(makeData({ rounds: [makeRound()], companies: [makeCompany('a', { contacts: [long] })] }));
    await savedView(service, long);
    expect((await store.read(EVERYTHING)).audit[0].actorId).toMatch(/^teams:[0-9a-f]{32}$/);
  });
});
