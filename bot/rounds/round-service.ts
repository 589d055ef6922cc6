import { randomBytes, randomUUID } from 'node:crypto';
import { appendAudit } from '../audit-log.js';
import type { Catalogue } from '../catalogue/index.js';
import { findProgramme } from '../catalogue/index.js';
import { Round, type Mechanism, type RoundStatus, type SchoolContact } from '../domain/round.js';
import { FIT_PARTS, type RoundWeights } from '../domain/round-weights.js';
import type { Student } from '../domain/student.js';
import type { KoppelView } from '../koppel-data.js';
import type { QueuedSignal } from '../notifications.js';
import { offerRequests } from '../offers/offer-reminders.js';
import type { OutboxEntry } from '../domain/outbox-entry.js';
import { isQueued, NO_CONVERSATION, queueDraft, queueInUnitOfWork, type QueuedNotification } from '../outbox/queue-notifications.js';
import type { PersonKey } from '../people.js';
import { checkTransition, type TransitionRefusal } from './round-lifecycle.js';
import { inProposalsStage, releaseMomentOf } from '../proposals/proposal-stage.js';
import { checkRoundEdit, type RoundChanges, type RoundEditRefusal } from './round-edit.js';
import { byIds, byKeys, identityKey, roundKey, type KoppelStore, type Scope, type Selection } from '../store/index.js';
import { ownRecord } from '../own-record.js';
import { abortable, type Abortable } from '../store/abort.js';

export interface NewRound {
  name: string;
  programmeCodes: string[];
  mechanism: Mechanism;
  wishesDeadline: string;
  offersDeadline: string;
  releaseAt: string;
  internshipStart: string;
  /** What the fit weighs; the core's defaults when absent. */
  weights?: RoundWeights;
  /** proposals rounds: until when students choose (absent: a default after the proposals' release) */
  choiceDeadline?: string;
  contact?: SchoolContact;
}

export type RoundRefusal = TransitionRefusal | 'unknown-round' | 'unknown-programme' | 'release-in-past';
export type RoundResult = { ok: true; round: Round } | { ok: false; refusal: RoundRefusal };

export interface RoundService {
  list(): Promise<Round[]>;
  create(input: NewRound, actorId: string): Promise<RoundResult>;
  transition(roundId: string, to: RoundStatus, actorId: string): Promise<RoundResult>;
  /**
   * Opens the round and, in the same unit of work, queues a welcome for each of its students and an
   * offer request for each company contact, once (a repeat never queues twice). Nothing is sent
   * inside the call: the outbox's sender does that. `welcomed` counts the welcomes queued, and
   * `unreachable` the students Koppel cannot write to yet (they get it once they can, see welcomeLate).
   */
  open(roundId: string, actorId: string): Promise<RoundResult & { welcomed?: number; unreachable?: number }>;
  /** A student who could not be reached when their round opened gets the welcome once they can be. */
  welcomeLate(studentId: string): Promise<void>;
  /** The same, for whoever just talked to Koppel (after their conversation is stored): cheap for anyone else. */
  welcomeOnContact(person: PersonKey): Promise<void>;
  /** Changes what may still change (see round-edit.ts); `changed` names the fields that did. */
  edit(roundId: string, actorId: string, wanted: RoundChanges): Promise<{ ok: true; round: Round; changed: Array<keyof RoundChanges>; runStale?: true } | { ok: false; refusal: RoundEditRefusal | { code: 'unknown-round' } | { code: 'unknown-programme' } }>;
  /** approved → scheduled, at the planned moment or a new one (which must lie ahead). */
  scheduleRelease(roundId: string, actorId: string, releaseAt?: string): Promise<RoundResult>;
  /** scheduled → approved: the release is postponed; only before the moment. */
  cancelRelease(roundId: string, actorId: string): Promise<RoundResult>;
}

// A refused change writes nothing: transitions and edits each have their own refusals.
const refusals: Abortable<RoundRefusal> = abortable();
const editRefusals: Abortable<RoundEditRefusal | { code: 'unknown-round' } | { code: 'unknown-programme' }> = abortable();

export function welcomeKey(roundId: string, studentId: string): string {
  return `round-opened:${roundId}:${studentId}`;
}

function welcomeOf(student: Student): QueuedNotification | undefined {
  const identity = student.identities[0];
  return identity && {
    key: welcomeKey(student.roundId, student.id),
    recipient: { platform: identity.platform, userId: identity.userId },
    notification: { kind: 'round-opened', roundId: student.roundId, studentId: student.id },
  };
}

/**
 * `outbox` is told when messages were queued, so its sender sends them at once; a Notifier is one.
 * Every unit of work selects the round it is about (and, to open it, its students and the companies).
 */
export interface RoundServiceOptions {
  store: KoppelStore;
  catalogue: Catalogue;
  /** Told when welcomes or offer requests were queued, so they go now. */
  outbox: QueuedSignal;
  now: () => Date;
}

export function createRoundService({ store, catalogue, outbox, now }: RoundServiceOptions): RoundService {
  const attempt = async (scope: Scope, change: (data: KoppelView) => Round): Promise<RoundResult> => {
    return refusals.unlessAborted(async () => ({ ok: true as const, round: await store.update(scope, change) }), (refusal) => ({ ok: false as const, refusal }));
  };

  const transitionDraft = (data: KoppelView, roundId: string, to: RoundStatus, actorId: string): Round => {
    const round = Object.hasOwn(data.rounds, roundId) ? data.rounds[roundId] : undefined;
    if (!round) refusals.abort('unknown-round');
    const refusal = checkTransition(round, to, { now: now(), actorId });
    if (refusal) refusals.abort(refusal);
    appendAudit(data, { actorId, action: 'round.transition', subjectType: 'round', subjectId: roundId, detail: { from: round.status, to } }, now());
    round.status = to;
    return round;
  };
  const transition = (roundId: string, to: RoundStatus, actorId: string) => attempt({ rounds: byIds(roundId) }, (data) => transitionDraft(data, roundId, to, actorId));

  /** Queues the welcome of the selected students whose round is open, re-queueing one that found no conversation. */
  const welcome = async (students: Selection): Promise<void> => {
    const candidates = Object.values((await store.read({ students })).students).flatMap((s) => welcomeOf(s) ?? []);
    if (candidates.length === 0) return;
    // Called on every turn a student takes: only a welcome still to queue costs a unit of work.
    const known = await store.read({ rounds: byIds(...candidates.map((m) => m.notification.roundId)), outbox: byIds(...candidates.map((m) => m.key)) });
    const toQueue = candidates.filter((m) => ownRecord(known.rounds, m.notification.roundId)?.status === 'open' && mayQueue(ownRecord(known.outbox, m.key)));
    if (toQueue.length === 0) return;
    const at = now();
    const queued = await queueInUnitOfWork(store, {
      scope: { students, rounds: byIds(...candidates.map((m) => m.notification.roundId)) },
      plan: (view) => Object.values(view.students)
        .filter((s) => Object.hasOwn(view.rounds, s.roundId) && view.rounds[s.roundId].status === 'open')
        .flatMap((s) => welcomeOf(s) ?? []),
      change: (draft, messages) => messages.filter((m) => isQueued(queueDraft(draft, m, at, { retryUnreached: true }))).length,
    });
    if (queued > 0) outbox.queued?.();
  };

  return {
    list: async () => Object.values((await store.read({ rounds: 'all' })).rounds),
    create: (input, actorId) => {
      const id = `rnd_${randomUUID().slice(0, 8)}`;
      return attempt({ rounds: byIds(id) }, (data) => {
        if (input.programmeCodes.some((code) => !findProgramme(catalogue, code))) refusals.abort('unknown-programme');
        const round = Round.parse({
          ...input, ...(input.mechanism === 'proposals' ? { stage: 'proposals' } : { choiceDeadline: undefined }), id, status: 'draft', seed: randomBytes(8).toString('hex'),
          createdBy: actorId, createdAt: now().toISOString(),
        });
        data.rounds[round.id] = round;
        appendAudit(data, { actorId, action: 'round.created', subjectType: 'round', subjectId: round.id }, now());
        return round;
      });
    },
    transition,
    edit: async (roundId, actorId, wanted) => {
      return editRefusals.unlessAborted(() => store.update({ rounds: byIds(roundId) }, (data) => {
        const round = ownRecord(data.rounds, roundId);
        if (!round) editRefusals.abort({ code: 'unknown-round' });
        if (wanted.programmeCodes?.some((code) => !findProgramme(catalogue, code))) editRefusals.abort({ code: 'unknown-programme' });
        const checked = checkRoundEdit(round, wanted, now());
        if (!checked.ok) editRefusals.abort(checked.refusal);
        Object.assign(round, checked.changes);
        const changed = Object.keys(checked.changes) as Array<keyof RoundChanges>;
        const detail: Record<string, string> = { fields: changed.join(',') };
        if (checked.changes.weights) detail.weights = FIT_PARTS.map((part) => round.weights[part]).join('/');
        if (changed.length > 0) appendAudit(data, { actorId, action: 'round.edited', subjectType: 'round', subjectId: roundId, detail }, now());
        // The last run weighed otherwise: back to closed, so `ronde match` comes before any approval.
        const runStale = checked.changes.weights !== undefined && round.status === 'matched';
        if (runStale) {
          appendAudit(data, { actorId, action: 'round.transition', subjectType: 'round', subjectId: roundId, detail: { from: 'matched', to: 'closed' } }, now());
          round.status = 'closed';
        }
        return { ok: true as const, round: structuredClone(round), changed, ...(runStale ? { runStale: true as const } : {}) };
      }), (refusal) => ({ ok: false as const, refusal }));
    },
    scheduleRelease: (roundId, actorId, releaseAt) => attempt({ rounds: byIds(roundId) }, (data) => {
      const round = ownRecord(data.rounds, roundId);
      if (!round) refusals.abort('unknown-round');
      // In a proposals round's first stage this plans the proposals' release; the result's moment stays.
      const proposals = inProposalsStage(round);
      const moment = releaseAt ?? releaseMomentOf(round);
      if (new Date(moment).getTime() <= now().getTime()) refusals.abort('release-in-past');
      const refusal = checkTransition(round, 'scheduled', { now: now(), actorId });
      if (refusal) refusals.abort(refusal);
      appendAudit(data, { actorId, action: 'release.scheduled', subjectType: 'round', subjectId: roundId, detail: { at: moment, ...(proposals ? { stage: 'proposals' } : {}) } }, now());
      round.status = 'scheduled';
      if (proposals) round.proposalsAt = moment;
      else round.releaseAt = moment;
      return round;
    }),
    cancelRelease: (roundId, actorId) => attempt({ rounds: byIds(roundId) }, (data) => {
      const round = ownRecord(data.rounds, roundId);
      if (!round) refusals.abort('unknown-round');
      const refusal = checkTransition(round, 'approved', { now: now(), actorId });
      if (refusal) refusals.abort(refusal);
      appendAudit(data, { actorId, action: 'release.cancelled', subjectType: 'round', subjectId: roundId }, now());
      round.status = 'approved';
      return round;
    }),
    welcomeLate: (studentId) => welcome(byIds(studentId)),
    welcomeOnContact: (person) => welcome(byKeys(identityKey(person.platform, person.userId))),
    open: async (roundId, actorId) => {
      const at = now();
      return refusals.unlessAborted(async () => {
        const opened = await queueInUnitOfWork(store, {
          // The companies are all asked for their offer, so all are read.
          scope: { rounds: byIds(roundId), students: byKeys(roundKey(roundId)), companies: 'all' },
          plan: (view) => {
            const round = Object.hasOwn(view.rounds, roundId) ? view.rounds[roundId] : undefined;
            if (!round) return [];
            // Planned as the round will be once open: the offer requests depend on it.
            const asOpen = { ...round, status: 'open' as const };
            return [...studentsOf(view, roundId).flatMap((s) => welcomeOf(s) ?? []), ...offerRequests(view, asOpen, at)];
          },
          change: (draft, messages) => {
            const round = transitionDraft(draft, roundId, 'open', actorId);
            const outcomes = new Map(messages.map((m) => [m.key, queueDraft(draft, m, at, { retryUnreached: true })]));
            const welcomes = studentsOf(draft, roundId).map((s) => {
              const message = welcomeOf(s);
              return message ? outcomes.get(message.key) : 'unreachable';
            });
            return {
              round,
              welcomed: welcomes.filter((o) => o !== undefined && isQueued(o)).length,
              unreachable: welcomes.filter((o) => o === 'unreachable').length,
              queued: [...outcomes.values()].some(isQueued),
            };
          },
        });
        if (opened.queued) outbox.queued?.();
        return { ok: true, round: opened.round, welcomed: opened.welcomed, unreachable: opened.unreachable };
      }, (refusal) => ({ ok: false as const, refusal }));
    },
  };
}

/** Not queued yet, or it found no conversation (so it never arrived). */
function mayQueue(entry: OutboxEntry | undefined): boolean {
  return !entry || (entry.status === 'failed' && entry.lastError === NO_CONVERSATION);
}

function studentsOf(data: Readonly<KoppelView>, roundId: string): Student[] {
  return Object.values(data.students).filter((s) => s.roundId === roundId).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
