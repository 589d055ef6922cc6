// A small, realistic care round (programme 90001, example catalogue) for the run-service tests.
import { loadCatalogue, type Catalogue } from '../../catalogue/index.js';
import { Company } from '../../domain/company.js';
import { Offer } from '../../domain/offer.js';
import { Round, type RoundStatus } from '../../domain/round.js';
import { Student } from '../../domain/student.js';
import { loadDefaultGazetteer } from '../../geo/gazetteer.js';
import { emptyKoppelData, KoppelView } from '../../koppel-data.js';
import { type KoppelStore, openMemoryKoppelStore } from '../../store/index.js';
import type { CoreSolve } from '../run-compute.js';
import { createRunService, type RunService } from '../run-service.js';

export const TOWNS = ['Rotterdam', 'Schiedam', 'Delft', 'Vlaardingen', 'Capelle aan den IJssel'];
/** A real postcode area in each town, so companies sit where their town is. */
export const TOWN_POSTCODES = ['3011', '3111', '2611', '3131', '2901'];
export const WISHES = [
  'Ik wil leren hoe ik wonden verzorg en cliënten help bij het wassen.',
  'Ik wil leren medicijnen klaarzetten en het zorgplan bijhouden.',
  'Ik wil leren omgaan met ouderen met dementie en activiteiten begeleiden.',
];
export const SUPPORT_DETAILS = 'Ik heb dyslexie en wil rustig kunnen werken';
/** A real-world name with the separator and quotes in it, to prove the CSV quoting. */
export const QUOTED_COMPANY = 'Zorg "De Linde"; Delft';

export function testRound(status: RoundStatus): Round {
  return Round.parse({
    id: 'r1', name: 'Zorg 2027', programmeCodes: ['90001'], mechanism: 'school', status, seed: 'lottery-2027',
    wishesDeadline: '2027-01-10T17:00:00+01:00', offersDeadline: '2027-01-12T17:00:00+01:00', releaseAt: '2027-01-20T09:00:00+01:00',
    internshipStart: '2027-02-15', createdBy: 'coord-a', createdAt: '2026-11-22T10:00:00Z',
  });
}

function student(i: number): Student {
  return Student.parse({
    id: `s${i}`, roundId: 'r1', studentNumber: `2027${String(i).padStart(3, '0')}`, programmeCode: '90001', displayName: `Naam Achternaam${i}`,
    identities: [{ platform: 'teams', userId: `29:user-${i}` }], intakeStatus: 'confirmed',
    learningWish: { text: WISHES[i % 3], workProcesses: [['B1-K1-W3'], ['B1-K1-W2', 'B1-K2-W1'], ['B1-K1-W1']][i % 3], organisationTypes: i % 2 ? ['verpleeghuis'] : [] },
    travel: { municipality: TOWNS[i % TOWNS.length], modes: i % 4 === 0 ? ['public_transport'] : ['bike', 'public_transport'], maxMinutes: 30 + (i % 3) * 15 },
    availability: { days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
    supportNeed: { wanted: i % 5 === 0, ...(i % 5 === 0 ? { details: SUPPORT_DETAILS } : {}) },
  });
}

/** 14 students (s12 found their own place, s13 never confirmed), 5 companies with 3 places each (o0: 2 supervisors). */
export function testData(status: RoundStatus = 'open'): KoppelView {
  const data = emptyKoppelData();
  data.rounds.r1 = testRound(status);
  for (let i = 0; i < 14; i++) data.students[`s${i}`] = student(i);
  data.students.s12.intakeStatus = 'own-placement';
  data.students.s12.ownPlacement = { companyName: 'Bakkerij Eigen', place: 'Rotterdam', reportedAt: '2027-01-05T10:00:00Z' };
  data.students.s13.intakeStatus = 'started';
  TOWNS.forEach((town, j) => {
    data.companies[`c${j}`] = Company.parse({
      id: `c${j}`, name: j === 2 ? QUOTED_COMPANY : `Zorggroep ${town}`, sbbNumber: `10000${j}0`,
      locations: [{ id: `l${j}`, label: 'Hoofdlocatie', postcodeArea: TOWN_POSTCODES[j], municipality: town }],
    });
    data.offers[`o${j}`] = Offer.parse({
      id: `o${j}`, roundId: 'r1', companyId: `c${j}`, places: 3, supervisionCapacity: j === 0 ? 2 : 3, days: ['mon', 'tue', 'wed', 'thu'],
      programmeCodes: ['90001'], workProcesses: [['B1-K1-W3', 'B1-K1-W2'], ['B1-K1-W1'], ['B1-K2-W1', 'B1-K1-W3'], ['B1-K1-W2'], ['B1-K1-W1', 'B1-K1-W3']][j],
      organisationType: j % 2 ? 'verpleeghuis' : 'thuiszorg', learnText: 'Je leert cliënten verzorgen, wonden verzorgen en rapporteren.',
      extraSupport: { available: j === 2 }, locationId: `l${j}`, updatedAt: '2027-01-01T10:00:00Z',
      agreement: { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true },
    });
  });
  return data;
}

let catalogue: Catalogue | undefined;
const gazetteer = loadDefaultGazetteer();

export interface Harness {
  store: KoppelStore;
  service: RunService;
  clock: { now: Date };
}

export async function harness(data: KoppelView = testData(), solve?: CoreSolve): Promise<Harness> {
  catalogue ??= await loadCatalogue();
  const store = openMemoryKoppelStore(data);
  const clock = { now: new Date('2027-01-13T09:00:00Z') };
  const service = createRunService({ store, catalogue, gazetteer, now: () => clock.now, ...(solve ? { solve } : {}) });
  return { store, service, clock };
}

/** Unwraps an ok result, failing the test with the refusal otherwise. */
export function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify((result as { refusal?: unknown }).refusal)}`);
  return result as Extract<T, { ok: true }>;
}
