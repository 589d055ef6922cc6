import { randomBytes, randomUUID } from 'node:crypto';
import { appendAudit } from '../audit-log.js';
import type { Catalogue } from '../catalogue/index.js';
import { findProgramme } from '../catalogue/index.js';
import { deliverOnce } from '../deliver-once.js';
import { Round, type Mechanism, type RoundStatus } from '../domain/round.js';
import type { KoppelView } from '../koppel-data.js';
import type { Notifier } from '../notifications.js';
import { checkTransition, type TransitionRefusal } from './round-lifecycle.js';
import { EVERYTHING, type KoppelStore } from '../store/index.js';

export interface NewRound {
  name: string;
  programmeCodes: string[];
  mechanism: Mechanism;
  wishesDeadline: string;
  offersDeadline: string;
  releaseAt: string;
  internshipStart: string;
}

export type RoundRefusal = TransitionRefusal | 'unknown-round' | 'unknown-programme' | 'release-in-past';
export type RoundResult = { ok: true; round: Round } | { ok: false; refusal: RoundRefusal };

export interface RoundService {
  list(): Promise<Round[]>;
  create(input: NewRound, actorId: string): Promise<RoundResult>;
  transition(roundId: string, to: RoundStatus, actorId: string): Promise<RoundResult>;
  /** Opens the round and welcomes each of its students once (a repeat never welcomes twice). */
  open(roundId: string, actorId: string): Promise<RoundResult & { welcomed?: number; unreachable?: number }>;
  /** A student who could not be reached when their round opened gets the welcome once they can be. */
  welcomeLate(studentId: string): Promise<void>;
  /** approved → scheduled, at the planned moment or a new one (which must lie ahead). */
  scheduleRelease(roundId: string, actorId: string, releaseAt?: string): Promise<RoundResult>;
  /** scheduled → approved: the release is postponed; only before the moment. */
  cancelRelease(roundId: string, actorId: string): Promise<RoundResult>;
}

class Refused extends Error {
  constructor(readonly refusal: RoundRefusal) {
    super(refusal);
  }
}

export function createRoundService(store: KoppelStore, catalogue: Catalogue, notifier: Notifier, now: () => Date): RoundService {
  const attempt = async (change: (data: KoppelView) => Round): Promise<RoundResult> => {
    try {
      return { ok: true, round: await store.update(EVERYTHING, change) };
    } catch (error) {
      if (error instanceof Refused) return { ok: false, refusal: error.refusal };
      throw error;
    }
  };

  const transition = (roundId: string, to: RoundStatus, actorId: string) => attempt((data) => {
    const round = data.rounds[roundId];
    if (!round) throw new Refused('unknown-round');
    const refusal = checkTransition(round, to, { now: now(), actorId });
    if (refusal) throw new Refused(refusal);
    appendAudit(data, { actorId, action: 'round.transition', subjectType: 'round', subjectId: roundId, detail: { from: round.status, to } }, now());
    round.status = to;
    return round;
  });

  return {
    list: async () => Object.values((await store.read(EVERYTHING)).rounds),
    create: (input, actorId) => attempt((data) => {
      if (input.programmeCodes.some((code) => !findProgramme(catalogue, code))) throw new Refused('unknown-programme');
      const round = Round.parse({
        ...input, id: `rnd_${randomUUID().slice(0, 8)}`, status: 'draft', seed: randomBytes(8).toString('hex'),
        createdBy: actorId, createdAt: now().toISOString(),
      });
      data.rounds[round.id] = round;
      appendAudit(data, { actorId, action: 'round.created', subjectType: 'round', subjectId: round.id }, now());
      return round;
    }),
    transition,
    scheduleRelease: (roundId, actorId, releaseAt) => attempt((data) => {
      const round = data.rounds[roundId];
      if (!round) throw new Refused('unknown-round');
      const moment = releaseAt ?? round.releaseAt;
      if (new Date(moment).getTime() <= now().getTime()) throw new Refused('release-in-past');
      const refusal = checkTransition(round, 'scheduled', { now: now(), actorId });
      if (refusal) throw new Refused(refusal);
      appendAudit(data, { actorId, action: 'release.scheduled', subjectType: 'round', subjectId: roundId, detail: { at: moment } }, now());
      round.status = 'scheduled';
      round.releaseAt = moment;
      return round;
    }),
    cancelRelease: (roundId, actorId) => attempt((data) => {
      const round = data.rounds[roundId];
      if (!round) throw new Refused('unknown-round');
      const refusal = checkTransition(round, 'approved', { now: now(), actorId });
      if (refusal) throw new Refused(refusal);
      appendAudit(data, { actorId, action: 'release.cancelled', subjectType: 'round', subjectId: roundId }, now());
      round.status = 'approved';
      return round;
    }),
    welcomeLate: async (studentId) => {
      const data = await store.read(EVERYTHING);
      const student = data.students[studentId];
      const round = student && data.rounds[student.roundId];
      if (!round || round.status !== 'open' || student.identities.length === 0) return;
      await deliverOnce(store, notifier, `round-opened:${round.id}:${student.id}`, student.identities[0], { kind: 'round-opened', roundId: round.id, studentId }, now);
    },
    open: async (roundId, actorId) => {
      const opened = await transition(roundId, 'open', actorId);
      if (!opened.ok) return opened;
      const students = Object.values((await store.read(EVERYTHING)).students).filter((s) => s.roundId === roundId);
      let welcomed = 0;
      for (const student of students) {
        if (student.identities.length === 0) continue;
        const result = await deliverOnce(store, notifier, `round-opened:${roundId}:${student.id}`, student.identities[0], { kind: 'round-opened', roundId, studentId: student.id }, now);
        if (result === 'sent') welcomed += 1;
      }
      return { ...opened, welcomed, unreachable: students.length - welcomed };
    },
  };
}
