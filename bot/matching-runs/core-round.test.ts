import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchRound, parseRound } from '../../matching/index.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { Company } from '../domain/company.js';
import { Offer } from '../domain/offer.js';
import { Round } from '../domain/round.js';
import { Student } from '../domain/student.js';
import { loadDefaultGazetteer } from '../geo/gazetteer.js';
import { coreRound } from './core-round.js';

const towns = ['Rotterdam', 'Schiedam', 'Delft', 'Vlaardingen', 'Capelle aan den IJssel'];
const postcodes = ['3011', '3111', '2611', '3131', '2901'];
const wishes = [
  'Ik wil leren hoe ik wonden verzorg en cliënten help bij het wassen.',
  'Ik wil leren medicijnen klaarzetten en het zorgplan bijhouden.',
  'Ik wil leren omgaan met ouderen met dementie en activiteiten begeleiden.',
];
const round = Round.parse({
  id: 'r1', name: 'Zorg', programmeCodes: ['90001'], mechanism: 'school', status: 'closed', seed: 'lottery-2027',
  wishesDeadline: '2027-01-10T17:00:00+01:00', offersDeadline: '2027-01-12T17:00:00+01:00', releaseAt: '2027-01-20T09:00:00+01:00',
  internshipStart: '2027-02-15', createdBy: 'coord-1', createdAt: '2026-11-22T10:00:00Z',
});

function domainRound() {
  const students = Array.from({ length: 14 }, (_, i) => Student.parse({
    id: `s${i}`, roundId: 'r1', studentNumber: `10${i}`, programmeCode: '90001', displayName: `Student ${i}`,
    identities: [{ platform: 'teams', userId: `29:user-${i}` }], intakeStatus: 'confirmed',
    learningWish: { text: wishes[i % 3], workProcesses: [['B1-K1-W3'], ['B1-K1-W2', 'B1-K2-W1'], ['B1-K1-W1']][i % 3], organisationTypes: i % 2 ? ['verpleeghuis'] : [] },
    travel: { municipality: towns[i % towns.length], modes: i % 4 === 0 ? ['public_transport'] : ['bike', 'public_transport'], maxMinutes: 30 + (i % 3) * 15 },
    availability: { days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
    supportNeed: { wanted: i % 5 === 0, ...(i % 5 === 0 ? { details: 'Ik heb dyslexie' } : {}) },
  }));
  const companies = towns.map((town, j) => Company.parse({
    id: `c${j}`, name: `Zorggroep ${town}`, sbbNumber: `10000${j}0`, locations: [{ id: `l${j}`, label: 'Hoofdlocatie', postcodeArea: postcodes[j], municipality: town }],
  }));
  const offers = towns.map((_, j) => Offer.parse({
    id: `o${j}`, roundId: 'r1', companyId: `c${j}`, places: 3, supervisionCapacity: j === 0 ? 2 : 3, days: ['mon', 'tue', 'wed', 'thu'],
    programmeCodes: ['90001'], workProcesses: [['B1-K1-W3', 'B1-K1-W2'], ['B1-K1-W1'], ['B1-K2-W1', 'B1-K1-W3'], ['B1-K1-W2'], ['B1-K1-W1', 'B1-K1-W3']][j],
    organisationType: j % 2 ? 'verpleeghuis' : 'thuiszorg', learnText: 'Je leert cliënten verzorgen, wonden verzorgen en rapporteren.',
    extraSupport: { available: j === 2 }, locationId: `l${j}`, updatedAt: '2027-01-01T10:00:00Z',
    agreement: { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true },
  }));
  return { students, companies, offers };
}

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});
const gazetteer = loadDefaultGazetteer();

function assignment(students: Student[], data = domainRound()): Record<string, string | null> {
  const { round: file } = coreRound({ round, students, offers: data.offers, companies: data.companies, catalogue, gazetteer });
  const parsed = parseRound(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const outcome = matchRound(parsed.value);
  if (outcome.status !== 'ok') throw new Error(outcome.reason);
  return Object.fromEntries(outcome.results.map((r) => [r.candidateId, r.status === 'matched' ? r.offerId : null]));
}

describe('from the domain into the matching core', () => {
  it('never lets names, numbers, identities, e-mail or support details into the core', () => {
    const data = domainRound();
    data.students[0].pendingEmail = 'student0@school.nl';
    const json = JSON.stringify(coreRound({ round, ...data, catalogue, gazetteer }).round);
    for (const s of data.students) {
      expect(json).not.toContain(s.displayName!);
      expect(json).not.toContain(`"${s.studentNumber}"`);
      expect(json).not.toContain(s.identities[0].userId);
    }
    expect(json).not.toContain('student0@school.nl');
    expect(json).not.toContain('dyslexie');
    expect(json).toContain('"needsSupport":true');
  });

  it('changing or permuting personal fields never changes any assignment (blind invariance)', () => {
    const baseline = assignment(domainRound().students);
    expect(Object.values(baseline).filter(Boolean).length).toBeGreaterThanOrEqual(7);
    const personal = fc.record({
      displayName: fc.string({ maxLength: 40 }),
      studentNumber: fc.stringMatching(/^[A-Z0-9]{1,12}$/),
      userId: fc.stringMatching(/^29:[a-z0-9]{4,20}$/),
      locale: fc.constantFrom('nl' as const, 'en' as const),
      email: fc.option(fc.emailAddress(), { nil: undefined }),
      supportDetails: fc.string({ maxLength: 80 }),
    });
    fc.assert(fc.property(fc.array(personal, { minLength: 14, maxLength: 14 }), fc.infiniteStream(fc.nat()), (changes, order) => {
      const students = domainRound().students.map((s, i) => Student.parse({
        ...s, displayName: changes[i].displayName, studentNumber: changes[i].studentNumber, locale: changes[i].locale,
        identities: [{ platform: 'teams', userId: changes[i].userId }],
        ...(changes[i].email ? { pendingEmail: changes[i].email.toLowerCase().slice(0, 254) } : {}),
        supportNeed: s.supportNeed?.wanted ? { wanted: true, details: changes[i].supportDetails } : s.supportNeed,
      }));
      const shuffled = students.map((s) => ({ s, key: order.next().value as number })).sort((a, b) => a.key - b.key).map((x) => x.s);
      expect(assignment(shuffled)).toEqual(baseline);
    }), { numRuns: 40 });
  });

  it('leaves out students who found their own place or have not confirmed, and says so', () => {
    const data = domainRound();
    data.students[0].intakeStatus = 'own-placement';
    data.students[1].intakeStatus = 'started';
    const { round: file, skipped } = coreRound({ round, ...data, catalogue, gazetteer });
    expect(file.candidates.map((c) => c.id)).not.toContain('s0');
    expect(skipped).toEqual([{ kind: 'student', id: 's0', reason: 'own-placement' }, { kind: 'student', id: 's1', reason: 'not-confirmed' }]);
  });

  it('places no more students at an offer than it can supervise, whatever its places', () => {
    const data = domainRound();
    data.offers.forEach((o, j) => Object.assign(o, j === 4 ? { places: 6, supervisionCapacity: 1 } : { places: 0 }));
    const placed = Object.values(assignment(data.students, data)).filter(Boolean);
    expect(placed).toEqual(['o4']);
  });
});

// Verzorgende-IG (90001) and Kok (90004) both have a B1-K1-W1 that means different work.
describe('work processes across qualifications', () => {
  const kitchen = (workProcesses: string[]) => {
    const { students, companies, offers } = domainRound();
    const offer = { ...offers[0], programmeCodes: ['90001', '90004'], workProcesses, organisationType: 'restaurant' };
    return coreRound({ round, students: [students[1]], offers: [offer], companies, catalogue, gazetteer });
  };

  it('gives the core references, so a Kok process is not a care process', () => {
    const { round: file } = kitchen(['90004/B1-K1-W2']);
    expect(file.candidates[0].workProcesses).toEqual(['90001/B1-K1-W2', '90001/B1-K2-W1']);
    expect(file.offers[0].workProcesses).toEqual(['90004/B1-K1-W2']);
    const parsed = parseRound(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const outcome = matchRound(parsed.value);
    expect(outcome.status === 'ok' && outcome.results[0]).toMatchObject({ status: 'matched' });
    const result = outcome.status === 'ok' ? outcome.results[0] : undefined;
    expect(result?.status === 'matched' ? result.reasons.find((r) => r.code === 'work_processes') : undefined).toEqual({ code: 'work_processes', shared: [], total: 2 });
  });

  it('reads a bare code stored before as each of the offer’s programmes that has it', () => {
    expect(kitchen(['B1-K1-W1']).round.offers[0].workProcesses).toEqual(['90001/B1-K1-W1', '90004/B1-K1-W1']);
    expect(kitchen(['B1-K1-W5']).round.offers[0].workProcesses).toEqual(['90001/B1-K1-W5']);
  });
});

describe('what an offer says reaches the core', () => {
  const solo = (student: Partial<Student>, offer: Partial<Offer>) => {
    const { students, companies, offers } = domainRound();
    const s = Student.parse({ ...students[1], ...student });
    const o = Offer.parse({ ...offers[1], ...offer });
    const { round: file } = coreRound({ round, students: [s], offers: [o], companies, catalogue, gazetteer });
    const parsed = parseRound(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const outcome = matchRound(parsed.value);
    if (outcome.status !== 'ok') throw new Error(outcome.reason);
    return { file, result: outcome.results[0] };
  };
  const twoDays = { days: ['mon' as const, 'tue' as const], early: false, evening: false, weekend: false };
  const threeDays = { ...twoDays, days: ['mon' as const, 'tue' as const, 'wed' as const] };

  it('a minimum number of days: a student who can come on fewer of the offer\'s days is not placed there', () => {
    const { file, result } = solo({ availability: twoDays }, { minDays: 3 });
    expect(file.offers[0]).toMatchObject({ minDays: 3, shiftsNeeded: [] });
    expect(result).toMatchObject({ status: 'unmatched', causes: [{ code: 'refused', rule: 'days', offers: 1 }] });
    expect(solo({ availability: threeDays }, { minDays: 3 }).result.status).toBe('matched');
  });

  it('the shifts the work needs: only a student who agreed to each of them is placed there', () => {
    const { file, result } = solo({ availability: threeDays }, { shiftsNeeded: ['weekend'] });
    expect(file.offers[0].shiftsNeeded).toEqual(['weekend']);
    expect(result).toMatchObject({ status: 'unmatched', causes: [{ code: 'refused', rule: 'shifts', offers: 1 }] });
    expect(solo({ availability: { ...threeDays, weekend: true } }, { shiftsNeeded: ['weekend'] }).result.status).toBe('matched');
  });

  it('the electives, the size and the allowance go in as they were given; an old offer without them as none', () => {
    const { file } = solo({}, { electives: ['K9012'], organisationSize: '10-49', allowancePerMonth: 250 });
    expect(file.offers[0]).toMatchObject({ electives: ['K9012'], organisationSize: '10-49', allowancePerMonth: 250 });
    const old = solo({}, {}).file.offers[0];
    expect(old).toMatchObject({ minDays: 1, shiftsNeeded: [], electives: [], allowancePerMonth: 0 });
    expect(old).not.toHaveProperty('organisationSize');
  });

  it('the sizes of organisation a student prefers go in with the types they chose', () => {
    const { students } = domainRound();
    const wish = { ...students[1].learningWish!, organisationSizes: ['1-9' as const, '10-49' as const] };
    const { file } = solo({ learningWish: wish }, { organisationSize: '10-49' });
    expect(file.candidates[0]).toMatchObject({ organisationTypes: ['verpleeghuis'], organisationSizes: ['1-9', '10-49'] });
  });
});
