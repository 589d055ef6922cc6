import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { deepFreeze } from '../store/deep-freeze.js';
import { roundSupply } from './round-supply.js';
import { makeCompany, makeData, makeOffer, makeRound, makeStudent } from './testing/offer-test-support.js';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const wish = (...workProcesses: string[]) => ({ learningWish: { text: 'Ik wil leren verzorgen', workProcesses } });

// Hand-checked: a (3 places, 1 supervisor) and b (2 places, 4 supervisors) answered; c (e-mail only)
// and e (answered an older round) did not; d was never reachable; an offer of a deleted company is ignored.
function smallRound() {
  return makeData({
    rounds: [makeRound({ id: 'r0', status: 'archived' }), makeRound()],
    companies: [
      makeCompany('a'), makeCompany('b'), makeCompany('c', { contacts: [], pendingContactEmails: ['hr@c.example'] }),
      makeCompany('d', { contacts: [] }), makeCompany('e'),
    ],
    offers: [
      makeOffer('a', { places: 3, supervisionCapacity: 1, workProcesses: ['B1-K1-W1', 'B1-K1-W3'] }),
      makeOffer('b', { places: 2, supervisionCapacity: 4, programmeCodes: ['90001', '90002'], workProcesses: ['B1-K1-W1', 'P1-K1-W1'] }),
      makeOffer('e', { roundId: 'r0', places: 8, supervisionCapacity: 8 }),
      makeOffer('ghost', { places: 10, supervisionCapacity: 10 }),
    ],
    students: [
      makeStudent('s1', { intakeStatus: 'confirmed', ...wish('B1-K1-W1') }),
      makeStudent('s2', { intakeStatus: 'started', ...wish('B1-K1-W1', 'B1-K1-W2') }),
      makeStudent('s3'),
      makeStudent('s4', { intakeStatus: 'own-placement', ...wish('B1-K1-W1') }),
      makeStudent('s5', { programmeCode: '90002', intakeStatus: 'confirmed', ...wish('P1-K1-W1') }),
      makeStudent('s6', { roundId: 'r0', ...wish('B1-K1-W2') }),
      makeStudent('s7'),
    ],
  });
}

describe('roundSupply', () => {
  it('counts the round\'s students by how far they are, and the calendar days (Amsterdam) to each moment', () => {
    const data = smallRound();
    data.students.s7.identities = [];
    // Reachable is what the outbox can do: a Teams user who never talked to Koppel cannot be written to first.
    const talked = Object.values(data.students).flatMap((s) => s.identities).slice(0, 4);
    for (const identity of talked) data.conversations[`${identity.platform}:${identity.userId}`] = { ...identity, reference: {}, updatedAt: '2026-12-01T10:00:00Z' };
    const supply = roundSupply(data, 'r1', catalogue, new Date('2026-12-14T23:30:00.000Z'));
    expect(supply.students).toEqual({ imported: 6, reachable: 4, started: 1, confirmed: 2, ownPlacement: 1 });
    // 23:30 UTC on the 14th is already the 15th in Amsterdam: the release (the 15th) is today.
    expect(supply.daysLeft?.release).toBe(0);
    expect(roundSupply(data, 'r1', catalogue, new Date('2026-12-13T12:00:00.000Z')).daysLeft?.release).toBe(2);
    expect(roundSupply(data, 'r1', catalogue, new Date('2026-12-16T12:00:00.000Z')).daysLeft?.release).toBe(-1);
    expect(roundSupply(data, 'r1', catalogue).daysLeft).toBeUndefined();
  });

  it('counts invited and answered companies and names those still to answer', () => {
    const supply = roundSupply(smallRound(), 'r1', catalogue);
    expect(supply).toMatchObject({ companiesInvited: 4, companiesAnswered: 2, unanswered: ['c', 'e'] });
  });

  it('sums usable capacity offer by offer: min(places, supervision), not the min of the sums', () => {
    const { perProgramme } = roundSupply(smallRound(), 'r1', catalogue);
    expect(perProgramme).toEqual([
      { key: '90001', label: 'Verzorgende-IG', programmeCode: '90001', places: 5, supervision: 5, usable: 3, students: 1, studentsTotal: 4, shortage: 1 },
      { key: '90002', label: 'Verkoopspecialist', programmeCode: '90002', places: 2, supervision: 4, usable: 2, students: 1, studentsTotal: 1, shortage: 0 },
    ]);
  });

  it('sets usable places per work process against the students who want it', () => {
    const lines = roundSupply(smallRound(), 'r1', catalogue).perWorkProcess;
    expect(lines.map(({ key, usable, students, studentsTotal, shortage }) => [key, usable, students, studentsTotal, shortage])).toEqual([
      ['90001:B1-K1-W1', 3, 1, 2, 0],
      ['90001:B1-K1-W2', 0, 0, 1, 1],
      ['90001:B1-K1-W3', 1, 0, 0, 0],
      // b offers both programmes, and W-codes repeat across programmes: its B1-K1-W1 counts in both.
      ['90002:B1-K1-W1', 2, 0, 0, 0],
      ['90002:P1-K1-W1', 2, 1, 1, 0],
    ]);
    expect(lines[0]).toMatchObject({ label: 'B1-K1-W1 Onderhoudt contact met de zorgvrager en diens naasten', programmeCode: '90001', workProcess: 'B1-K1-W1', places: 5, supervision: 5 });
  });

  it('is empty for an unknown round and works on a frozen document', () => {
    expect(roundSupply(smallRound(), 'nope', catalogue)).toMatchObject({ perProgramme: [], perWorkProcess: [], companiesAnswered: 0 });
    expect(roundSupply(deepFreeze(smallRound()), 'r1', catalogue).companiesAnswered).toBe(2);
  });

  it('labels a programme missing from the catalogue by its code', () => {
    const data = smallRound();
    data.rounds.r1 = makeRound({ programmeCodes: ['99999'] });
    expect(roundSupply(data, 'r1', catalogue).perProgramme).toMatchObject([{ key: '99999', label: '99999', usable: 0 }]);
  });
});

describe('students never asked a requirement an offer needs', () => {
  it('counts confirmed students of the programmes it is asked in who never answered it; a VOG is never asked', () => {
    const data = makeData({
      rounds: [makeRound()],
      companies: [makeCompany('a'), makeCompany('b')],
      offers: [
        makeOffer('a', { requirements: ['driving_licence', 'certificate_of_conduct'] }),
        makeOffer('b', { programmeCodes: ['90002'], workProcesses: ['P1-K1-W1'], requirements: ['minimum_age_18'] }),
      ],
      students: [
        makeStudent('s1', { intakeStatus: 'confirmed', ...wish('B1-K1-W1') }),
        makeStudent('s2', { intakeStatus: 'confirmed', ...wish('B1-K1-W1'), requirementsAnswered: ['driving_licence'] }),
        makeStudent('s3', { intakeStatus: 'started', ...wish('B1-K1-W1') }),
        makeStudent('s4', { programmeCode: '90002', intakeStatus: 'confirmed', ...wish('P1-K1-W1') }),
      ],
    });
    expect(roundSupply(deepFreeze(data), 'r1', catalogue).neverAsked).toEqual([
      { requirement: 'driving_licence', students: 1 },
      { requirement: 'minimum_age_18', students: 1 },
    ]);
  });
});
