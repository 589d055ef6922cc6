// Fixtures for the offer tests: an open round for two programmes of the example catalogue, whose
// offers deadline is fixed, with times relative to it; companies with one contact each.
import { Company } from '../../domain/company.js';
import { Offer } from '../../domain/offer.js';
import { Round } from '../../domain/round.js';
import { Student } from '../../domain/student.js';
import { emptyKoppelData, KoppelView } from '../../koppel-data.js';
import type { DeliveryResult, Notification, Notifier } from '../../notifications.js';
import type { PersonKey } from '../../people.js';
import { type KoppelStore, openMemoryKoppelStore } from '../../store/index.js';
import type { OfferDraft } from '../offer-types.js';

export const DEADLINE = '2026-12-01T16:00:00.000Z';
export const COORDINATOR = 'coord-1';
const HOUR_MS = 3_600_000;

/** The moment `hours` (plus `minutes`) before the offers deadline; negative values are after it. */
export function beforeDeadline(hours: number, minutes = 0): Date {
  return new Date(Date.parse(DEADLINE) - hours * HOUR_MS - minutes * 60_000);
}

export function makeRound(overrides: Partial<Round> = {}): Round {
  return Round.parse({
    id: 'r1', name: 'BPV voorjaar 2027', programmeCodes: ['90001', '90002'], mechanism: 'school', status: 'open',
    wishesDeadline: DEADLINE, offersDeadline: DEADLINE, releaseAt: '2026-12-15T09:00:00.000Z',
    internshipStart: '2027-02-01', seed: 'seed-1', createdBy: COORDINATOR, createdAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  });
}

export function makeCompany(id: string, overrides: Record<string, unknown> = {}): Company {
  return Company.parse({
    id, name: `Bedrijf ${id}`, sbbNumber: '1234567',
    locations: [
      { id: `${id}-main`, label: 'Hoofdvestiging', postcodeArea: '3011', municipality: 'Rotterdam' },
      { id: `${id}-south`, label: 'Zuid', postcodeArea: '3083', municipality: 'Rotterdam' },
    ],
    contacts: [{ platform: 'teams', userId: `contact-${id}` }],
    ...overrides,
  });
}

export function makeStudent(id: string, overrides: Record<string, unknown> = {}): Student {
  return Student.parse({
    id, roundId: 'r1', studentNumber: `nr-${id}`, programmeCode: '90001',
    identities: [{ platform: 'teams', userId: `student-${id}` }],
    ...overrides,
  });
}

export function makeOffer(companyId: string, overrides: Record<string, unknown> = {}): Offer {
  const roundId = typeof overrides.roundId === 'string' ? overrides.roundId : 'r1';
  return Offer.parse({
    id: `off_${roundId}_${companyId}`, roundId, companyId, places: 2, supervisionCapacity: 2, days: ['mon', 'tue'],
    programmeCodes: ['90001'], workProcesses: ['B1-K1-W1'], organisationType: 'verpleeghuis',
    learnText: 'Je leert persoonlijke verzorging bieden aan ouderen.', extraSupport: { available: false },
    locationId: `${companyId}-main`, requirements: [],
    agreement: { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true },
    updatedAt: '2026-11-05T10:00:00.000Z',
    ...overrides,
  });
}

/** A draft that company `a` may save for round r1 as it stands. */
export function validDraft(overrides: Partial<OfferDraft> = {}): OfferDraft {
  return {
    places: 3, supervisionCapacity: 2, days: ['mon', 'wed', 'thu'], programmeCodes: ['90001'],
    workProcesses: ['90001/B1-K1-W1', '90001/B1-K1-W3'], organisationType: 'verpleeghuis',
    learnText: 'Je leert cliënten wassen en aankleden en je werkt met mannen en vrouwen met dementie.',
    extraSupport: { available: true, kind: 'Een vaste werkbegeleider en een wekelijks gesprek.' }, locationId: 'a-main',
    requirements: ['certificate_of_conduct'],
    agreement: { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true, actsOnDiscrimination: true },
    ...overrides,
  };
}

export function contactOf(companyId: string): PersonKey {
  return { platform: 'teams', userId: `contact-${companyId}` };
}

export function makeData(parts: { rounds?: Round[]; companies?: Company[]; students?: Student[]; offers?: Offer[] }): KoppelView {
  const data = emptyKoppelData();
  for (const round of parts.rounds ?? []) data.rounds[round.id] = round;
  for (const company of parts.companies ?? []) data.companies[company.id] = company;
  for (const student of parts.students ?? []) data.students[student.id] = student;
  for (const offer of parts.offers ?? []) data.offers[offer.id] = offer;
  return data;
}

export function memoryStore(data: KoppelView): KoppelStore {
  return openMemoryKoppelStore(data);
}

export interface NotifierCall {
  recipient: PersonKey;
  notification: Notification;
}

/** Records every call; answers with `answer` (default 'sent'), which may also throw. */
export function fakeNotifier(answer: (call: NotifierCall) => Promise<DeliveryResult> = async () => 'sent') {
  const calls: NotifierCall[] = [];
  const notifier: Notifier = {
    notify: (recipient, notification) => {
      const call = { recipient, notification };
      calls.push(call);
      return answer(call);
    },
  };
  return { notifier, calls };
}
