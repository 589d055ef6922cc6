import type { OutboxEntry } from '../../domain/outbox-entry.js';
import { emptyKoppelData, KoppelView } from '../../koppel-data.js';
import { type KoppelStore, openMemoryKoppelStore } from '../../store/index.js';
import { releaseKey, type OutboxKind, type PlannedMessage } from '../outbox.js';
import type { ReleaseTransport, TransportResult } from '../outbox-port.js';

// Fixtures for the outbox tests: a virtual clock that only moves when someone sleeps, and a
// transport that answers from a script and records what it was asked to send, and when.

export const T0 = Date.parse('2027-01-15T09:00:00.000Z');

export interface VirtualClock {
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  ms: () => number;
}

export function virtualClock(start = T0): VirtualClock {
  let t = start;
  return {
    now: () => new Date(t),
    ms: () => t,
    // Yields to other tasks like a real wait would, and moves the time on.
    sleep: async (ms) => {
      t += Math.max(0, ms);
      await Promise.resolve();
    },
  };
}

export function memoryStore(fill: (data: KoppelView) => void = () => undefined): KoppelStore {
  const data = emptyKoppelData();
  fill(data);
  return openMemoryKoppelStore(data);
}

export function planned(kind: OutboxKind, person: string, roundId = 'r1'): PlannedMessage {
  const recipient = { platform: 'teams' as const, userId: `29:${person}` };
  return { key: releaseKey(roundId, kind, recipient), roundId, kind, recipient, subjectIds: [person], activityId: kind === 'student-result-card' ? `card-${person}` : undefined };
}

export function plannedRound(students: number, companies = 0, coordinators = 0): PlannedMessage[] {
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  return [
    ...ids('stu', students).map((id) => planned('student-result-card', id)),
    ...ids('stu', students).map((id) => planned('student-result-notice', id)),
    ...ids('cmp', companies).map((id) => planned('company-result', id)),
    ...ids('coord', coordinators).map((id) => planned('coordinator-summary', id)),
  ];
}

export interface TransportCall {
  key: string;
  kind: OutboxKind;
  attempts: number;
  at: number;
}

export type Script = (entry: OutboxEntry, attempt: number) => TransportResult | Promise<TransportResult>;

export function scriptedTransport(clock: VirtualClock, script: Script = () => ({ ok: true, activityId: 'act' })) {
  const calls: TransportCall[] = [];
  const perKey = new Map<string, number>();
  const transport: ReleaseTransport = {
    async send(entry) {
      const attempt = (perKey.get(entry.key) ?? 0) + 1;
      perKey.set(entry.key, attempt);
      calls.push({ key: entry.key, kind: entry.kind, attempts: entry.attempts, at: clock.ms() });
      return script(entry, attempt);
    },
  };
  return { transport, calls, callsFor: (key: string) => calls.filter((c) => c.key === key) };
}

export function entryOf(data: Readonly<KoppelView>, key: string): OutboxEntry {
  const entry = data.outbox[key];
  if (!entry) throw new Error(`no outbox entry ${key}`);
  return entry;
}
