import { Round } from '../../domain/round.js';
import { Student } from '../../domain/student.js';
import { emptyKoppelData, KoppelView } from '../../koppel-data.js';
import type { DeliveryResult, Notification, Notifier } from '../../notifications.js';
import type { PersonKey } from '../../people.js';
import { type KoppelStore, openMemoryKoppelStore } from '../../store/index.js';

// Fixtures for the reminder tests: a round whose wish deadline is fixed, and times relative to it.

export const DEADLINE = '2026-12-01T16:00:00.000Z';
const HOUR_MS = 3_600_000;

/** The moment `hours` (plus `minutes`) before the wish deadline; negative values are after it. */
export function beforeDeadline(hours: number, minutes = 0): Date {
  return new Date(Date.parse(DEADLINE) - hours * HOUR_MS - minutes * 60_000);
}

export function makeRound(overrides: Partial<Round> = {}): Round {
  return Round.parse({
    id: 'r1', name: 'BPV voorjaar 2027', programmeCodes: ['25655'], mechanism: 'school', status: 'open',
    wishesDeadline: DEADLINE, offersDeadline: DEADLINE, releaseAt: '2026-12-15T09:00:00.000Z',
    internshipStart: '2027-02-01', seed: 'seed-1', createdBy: 'coord-1', createdAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  });
}

export function makeStudent(id: string, overrides: Record<string, unknown> = {}): Student {
  return Student.parse({
    id, roundId: 'r1', studentNumber: `nr-${id}`, programmeCode: '25655',
    identities: [{ platform: 'teams', userId: `teams-${id}` }],
    ...overrides,
  });
}

export function makeData(rounds: Round[], students: Student[]): KoppelView {
  const data = emptyKoppelData();
  for (const round of rounds) data.rounds[round.id] = round;
  for (const student of students) data.students[student.id] = student;
  return data;
}

export function memoryStore(data: KoppelView): KoppelStore {
  return openMemoryKoppelStore(data);
}

export interface NotifierCall {
  recipient: PersonKey;
  notification: Extract<Notification, { kind: 'wish-reminder' }>;
}

/** Records every call; answers with `answer` (default 'sent'), which may also throw or never settle. */
export function fakeNotifier(answer: (call: NotifierCall, index: number) => Promise<DeliveryResult> = async () => 'sent') {
  const calls: NotifierCall[] = [];
  const notifier: Notifier = {
    notify: (recipient, notification) => {
      if (notification.kind !== 'wish-reminder') throw new Error(`unexpected ${notification.kind}`);
      const call = { recipient, notification };
      calls.push(call);
      return answer(call, calls.length - 1);
    },
  };
  return { notifier, calls };
}

export interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

export function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
