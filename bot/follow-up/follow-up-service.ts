import { appendAudit } from '../audit-log.js';
import { actorIdOf } from '../actor-id.js';
import type { Catalogue } from '../catalogue/index.js';
import type { Placement, Rematch } from '../domain/placement.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { KoppelView } from '../koppel-data.js';
import { defaultSolve } from '../matching-runs/run-compute.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';
import type { PersonKey } from '../people.js';
import { readSettled, type ScopeOf } from '../scoped-work.js';
import { byIds, byKeys, companyKey, roundKey, studentKey, userKey, type KoppelStore, type Scope } from '../store/index.js';
import { archiveRound, type ArchiveRefusal } from './archive-round.js';
import { companyStep, type CompanyStep, type CompanyStepOutcome } from './company-follow-up.js';
import { followUpOverview, type FollowUpOverview } from './follow-up-overview.js';
import { decideRefusal, type Decision, type DecisionOutcome } from './refusal-decision.js';
import { approveRematch, placeByHand, runRematch, type RematchRefusal } from './rematch.js';
import { studentStep, type StudentStep, type StudentStepOutcome } from './student-follow-up.js';
import { changeWithMessages } from './with-messages.js';

// The follow-up after a release as services: each call names the records it reads (a student's
// own placements, one placement and its company, or one round), makes its change and queues the
// messages it causes in the same unit of work, and tells the sender there is something to send.

export interface FollowUpService {
  studentStep(studentId: string, step: StudentStep): Promise<StudentStepOutcome>;
  companyStep(companyId: string, placementId: string, person: PersonKey, step: CompanyStep): Promise<CompanyStepOutcome>;
  decideRefusal(placementId: string, decision: Decision, actorId: string): Promise<DecisionOutcome>;
  overview(roundId: string): Promise<FollowUpOverview | undefined>;
  /** A coordinator marks a placed student's VOG as applied for or arranged (audited by id). */
  markCertificateOfConduct(placementId: string, state: 'requested' | 'arranged', actorId: string): Promise<{ ok: true; studentNumber: string } | { ok: false; reason: 'not-found' | 'no-vog-needed' }>;
  runRematch(roundId: string, actorId: string): Promise<{ ok: true; rematch: Rematch } | { ok: false; refusal: RematchRefusal }>;
  approveRematch(roundId: string, actorId: string): Promise<{ ok: true; placed: number; waiting: number } | { ok: false; refusal: RematchRefusal }>;
  placeByHand(roundId: string, studentNumber: string, offerId: string, reason: string, actorId: string): Promise<{ ok: true; placement: Placement } | { ok: false; refusal: RematchRefusal }>;
  archive(roundId: string, actorId: string): Promise<{ ok: true; roundName: string } | { ok: false; refusal: ArchiveRefusal }>;
  /** One placement as its student, its company or a coordinator may see it (the caller checks who asks). */
  placement(placementId: string): Promise<{ placement: Placement; view: Readonly<KoppelView> } | undefined>;
}

export interface FollowUpServiceOptions {
  store: KoppelStore;
  catalogue: Catalogue;
  gazetteer: Gazetteer;
  coordinators: readonly string[];
  now: () => Date;
  /** A second coordinator approves a rematch (default); only the demo turns it off. */
  fourEyes?: boolean;
  /** Told when messages were queued, so the outbox's sender sends them at once. */
  queued?: () => void;
}

export function createFollowUpService(options: FollowUpServiceOptions): FollowUpService {
  const { store, coordinators, now } = options;
  const people = byKeys(...coordinators.map(userKey));
  const withCoordinators: Scope = { conversations: people, preferences: people };
  const signalled = <R extends { ok: boolean }>(result: R): R => {
    if (result.ok) options.queued?.();
    return result;
  };

  /** A student's own records: their placements, round, companies, and the round's match until their placement is made. */
  const studentScope = (studentId: string): ScopeOf => (view) => {
    const student = Object.hasOwn(view.students, studentId) ? view.students[studentId] : undefined;
    const placements = Object.values(view.placements).filter((p) => p.studentId === studentId);
    const ofRound = student ? byKeys(roundKey(student.roundId)) : undefined;
    const beforePlacement = student !== undefined && !placements.some((p) => p.roundId === student.roundId);
    return {
      ...withCoordinators, students: byIds(studentId), rounds: byIds(student?.roundId), placements: byKeys(studentKey(studentId)),
      companies: byIds(...placements.map((p) => p.companyId)),
      // The offers of their places: what is arranged after the match (a VOG) follows the offer.
      ...(beforePlacement ? { matches: ofRound, matchRuns: ofRound, offers: ofRound } : { offers: byIds(...placements.map((p) => p.offerId)) }),
    };
  };
  /** One placement, its offer, student and company, the company's other placements, the match it came from. */
  const placementScope = (placementId: string): ScopeOf => (view) => {
    const placement = Object.hasOwn(view.placements, placementId) ? view.placements[placementId] : undefined;
    return {
      ...withCoordinators, placements: placement ? byKeys(companyKey(placement.companyId)) : byIds(placementId),
      offers: byIds(placement?.offerId), students: byIds(placement?.studentId), companies: byIds(placement?.companyId), matches: byIds(placement?.matchId),
      rounds: byIds(placement?.roundId),
    };
  };
  const roundScope = (roundId: string): ScopeOf => (view) => {
    const ofRound = byKeys(roundKey(roundId));
    return {
      rounds: byIds(roundId), students: ofRound, offers: ofRound, placements: ofRound, rematches: ofRound,
      companies: byIds(...new Set(Object.values(view.offers).filter((o) => o.roundId === roundId).map((o) => o.companyId))),
    };
  };
  const settled = async (scopeOf: ScopeOf): Promise<Scope> => {
    const view = await readSettled(store, scopeOf);
    return scopeOf(view);
  };

  return {
    async studentStep(studentId, step) {
      const scope = await settled(studentScope(studentId));
      const { outcome } = await changeWithMessages(store, scope, (draft): { outcome: StudentStepOutcome; messages: QueuedNotification[] } => {
        const roundId = Object.hasOwn(draft.students, studentId) ? draft.students[studentId].roundId : undefined;
        if (!roundId) return { outcome: { ok: false, reason: 'no-placement' }, messages: [] };
        return studentStep(draft, roundId, studentId, step, { now: now(), coordinators });
      }, now());
      return signalled(outcome);
    },
    async companyStep(companyId, placementId, person, step) {
      const scope = await settled(placementScope(placementId));
      return signalled((await changeWithMessages(store, scope, (draft) => companyStep(draft, companyId, placementId, actorIdOf(person), step, { now: now(), coordinators }), now())).outcome);
    },
    async decideRefusal(placementId, decision, actorId) {
      const scope = await settled(placementScope(placementId));
      return signalled((await changeWithMessages(store, scope, (draft) => decideRefusal(draft, placementId, decision, actorId, now()), now())).outcome);
    },
    async overview(roundId) {
      return followUpOverview(await readSettled(store, roundScope(roundId)), roundId, now());
    },
    async markCertificateOfConduct(placementId, state, actorId) {
      const scope = await settled(placementScope(placementId));
      return store.update(scope, (draft) => {
        const placement = Object.hasOwn(draft.placements, placementId) ? draft.placements[placementId] : undefined;
        if (!placement || placement.endedAt) return { ok: false as const, reason: 'not-found' as const };
        if (!draft.offers[placement.offerId]?.requirements.includes('certificate_of_conduct')) return { ok: false as const, reason: 'no-vog-needed' as const };
        const studentNumber = draft.students[placement.studentId]?.studentNumber ?? placement.studentId;
        if (placement.certificateOfConduct?.state === state) return { ok: true as const, studentNumber };
        placement.certificateOfConduct = { state, at: now().toISOString(), by: actorId };
        appendAudit(draft, { actorId, action: 'placement.vog-marked', subjectType: 'placement', subjectId: placementId, detail: { state } }, now());
        return { ok: true as const, studentNumber };
      });
    },
    async runRematch(roundId, actorId) {
      const scope = await settled(roundScope(roundId));
      const result = await store.update(scope, (draft) => runRematch(draft, roundId, actorId, now(), { catalogue: options.catalogue, gazetteer: options.gazetteer, solve: defaultSolve }));
      return result.ok ? { ok: true, rematch: result.value } : { ok: false, refusal: result.refusal };
    },
    async approveRematch(roundId, actorId) {
      const scope = await settled(roundScope(roundId));
      const result = await changeWithMessages(store, scope, (draft) => {
        const approved = approveRematch(draft, roundId, actorId, now(), options.fourEyes ?? true);
        const waiting = approved.ok ? approved.value.rematch.proposals.length - approved.value.placed.length : 0;
        return { ...approved, waiting };
      }, now());
      return signalled(result.ok ? { ok: true, placed: result.value.placed.length, waiting: result.waiting } : { ok: false, refusal: result.refusal });
    },
    async placeByHand(roundId, studentNumber, offerId, reason, actorId) {
      const scope = await settled(roundScope(roundId));
      const result = await changeWithMessages(store, scope, (draft) => placeByHand(draft, roundId, studentNumber, offerId, reason, actorId, now()), now());
      return signalled(result.ok ? { ok: true, placement: result.value } : { ok: false, refusal: result.refusal });
    },
    async archive(roundId, actorId) {
      const scope = await settled(roundScope(roundId));
      return store.update(scope, (draft) => archiveRound(draft, roundId, actorId, now()));
    },
    async placement(placementId) {
      const view = await readSettled(store, placementScope(placementId));
      const placement = Object.hasOwn(view.placements, placementId) ? view.placements[placementId] : undefined;
      return placement ? { placement, view } : undefined;
    },
  };
}
