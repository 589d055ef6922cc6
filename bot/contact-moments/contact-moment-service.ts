import type { ContactMoment, ContactMomentKind } from '../domain/contact-moment.js';
import { activePlacement } from '../follow-up/placements.js';
import { changeWithMessages } from '../follow-up/with-messages.js';
import type { LogFields } from '../logger.js';
import type { PersonKey } from '../people.js';
import { actorIdOf } from '../actor-id.js';
import { byIds, byKeys, roundKey, studentKey, userKey, type KoppelStore, type Scope } from '../store/index.js';
import { contactMomentFigures, dueReminders, newContactMomentId, planMoment, recordMoment, type ContactMomentFigures } from './contact-moments.js';

// Contact moments as a service: coordinators and BPV-docenten (configured) plan them and record
// whether they were held; student, company and school get the invitation and a reminder through
// the outbox.

export type PlanRefusal = 'not-planner' | 'unknown-student' | 'no-placement' | 'in-the-past';

export interface MomentView { moment: ContactMoment; studentNumber: string; companyName: string }

export interface ContactMomentService {
  isPlanner(person: PersonKey): boolean;
  plan(person: PersonKey, studentNumber: string, kind: ContactMomentKind, at: string): Promise<{ ok: true; moment: ContactMoment } | { ok: false; reason: PlanRefusal }>;
  record(person: PersonKey, momentId: string, outcome: 'held' | 'not-held'): Promise<{ ok: true; moment: ContactMoment } | { ok: false; reason: 'not-planner' | 'unknown' | 'not-yet' }>;
  /** The moments of rounds in their internships that are planned or wait to be recorded, for planners. */
  open(person: PersonKey): Promise<MomentView[] | undefined>;
  figures(roundId: string): Promise<ContactMomentFigures>;
  forMessage(momentId: string): Promise<MomentView | undefined>;
  /** The scheduled pass: reminders the day before. */
  remind(log?: (event: string, fields: LogFields) => void): Promise<number>;
}

export function createContactMomentService({ store, planners, now, queued }: { store: KoppelStore; planners: readonly string[]; now: () => Date; queued?: () => void }): ContactMomentService {
  const isPlanner = (person: PersonKey) => [person.userId, person.aadObjectId].some((id) => id !== undefined && planners.includes(id));
  const activeRounds = async () => Object.values((await store.read({ rounds: 'all' })).rounds).filter((r) => r.status === 'released' || r.status === 'follow-up');
  const viewOf = async (moment: ContactMoment): Promise<MomentView> => {
    const view = await store.read({ students: byIds(moment.studentId), companies: byIds(moment.companyId) });
    return { moment, studentNumber: view.students[moment.studentId]?.studentNumber ?? moment.studentId, companyName: view.companies[moment.companyId]?.name ?? moment.companyId };
  };
  return {
    isPlanner,
    async plan(person, studentNumber, kind, at) {
      if (!isPlanner(person)) return { ok: false, reason: 'not-planner' };
      const rounds = await activeRounds();
      const { students } = await store.read({ students: byKeys(...rounds.map((r) => roundKey(r.id))) });
      const student = Object.values(students).find((s) => s.studentNumber === studentNumber);
      if (!student) return { ok: false, reason: 'unknown-student' };
      const placement = activePlacement(await store.read({ placements: byKeys(studentKey(student.id)) }), student.id);
      if (!placement) return { ok: false, reason: 'no-placement' };
      const id = newContactMomentId();
      const people = byKeys(userKey(actorIdOf(person)));
      const scope: Scope = { placements: byIds(placement.id), contactMoments: byIds(id), students: byIds(student.id), companies: byIds(placement.companyId), conversations: people, preferences: people };
      const { outcome } = await changeWithMessages(store, scope, (draft) => planMoment(draft, { id, placementId: placement.id, kind, at, plannerId: actorIdOf(person), now: now() }), now());
      if (outcome.ok) queued?.();
      return outcome.ok ? { ok: true, moment: outcome.value } : outcome;
    },
    async record(person, momentId, outcome) {
      if (!isPlanner(person)) return { ok: false, reason: 'not-planner' };
      const result = await store.update({ contactMoments: byIds(momentId) }, (draft) => recordMoment(draft, momentId, outcome, actorIdOf(person), now()).outcome);
      return result.ok ? { ok: true, moment: result.value } : result;
    },
    async open(person) {
      if (!isPlanner(person)) return undefined;
      const rounds = await activeRounds();
      const { contactMoments } = await store.read({ contactMoments: byKeys(...rounds.map((r) => roundKey(r.id))) });
      const open = Object.values(contactMoments).filter((m) => !m.outcome).sort((a, b) => a.at.localeCompare(b.at)).slice(0, 20);
      return Promise.all(open.map(viewOf));
    },
    async figures(roundId) {
      const ofRound = byKeys(roundKey(roundId));
      return contactMomentFigures(await store.read({ placements: ofRound, students: ofRound, contactMoments: ofRound }), roundId);
    },
    async forMessage(momentId) {
      const { contactMoments } = await store.read({ contactMoments: byIds(momentId) });
      return Object.hasOwn(contactMoments, momentId) ? viewOf(contactMoments[momentId]) : undefined;
    },
    async remind(log) {
      let count = 0;
      for (const round of await activeRounds()) {
        const ofRound = byKeys(roundKey(round.id));
        const { contactMoments } = await store.read({ contactMoments: ofRound });
        const moments = Object.values(contactMoments).filter((m) => !m.outcome);
        if (moments.length === 0) continue;
        const people = byKeys(...[...new Set(moments.map((m) => m.plannedBy))].map(userKey));
        const scope: Scope = {
          contactMoments: ofRound, students: byIds(...moments.map((m) => m.studentId)), companies: byIds(...moments.map((m) => m.companyId)),
          conversations: people, preferences: people,
        };
        count += (await changeWithMessages(store, scope, (draft) => {
          const messages = dueReminders(draft, now());
          return { count: messages.filter((msg) => !Object.hasOwn(draft.outbox, msg.key)).length, messages };
        }, now())).count;
      }
      if (count > 0) {
        queued?.();
        log?.('contact-moments.reminded', { count });
      }
      return count;
    },
  };
}
