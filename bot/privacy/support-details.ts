import { appendAudit } from '../audit-log.js';
import type { SupportNeed } from '../domain/student.js';
import type { PersonKey } from '../people.js';
import type { KoppelStore } from '../store/index.js';

// Support details are the most sensitive part of a student's file (they often name a diagnosis):
// only the care coordinators (ZORGCOORDINATOREN) read them. Every other member of staff sees only
// whether support was asked, which is what the matching needs.

export type SupportRead =
  | { ok: true; studentId: string; studentNumber: string; supportNeed: SupportNeed | undefined }
  | { ok: false; reason: 'not-care-coordinator' | 'not-found' | 'ambiguous' };

export interface SupportDetailsService {
  isCareCoordinator(person: PersonKey): boolean;
  /** Who asked for support (student numbers, not what they need), so a care coordinator knows whom to look up. */
  requests(person: PersonKey): Promise<{ ok: true; students: Array<{ studentNumber: string; roundId: string; hasDetails: boolean }> } | { ok: false; reason: 'not-care-coordinator' }>;
  /** A care coordinator reads one student's support details; the read is audited by ids only. */
  read(person: PersonKey, studentNumber: string): Promise<SupportRead>;
}

export function createSupportDetailsService(options: { store: KoppelStore; careCoordinators: readonly string[]; now: () => Date }): SupportDetailsService {
  const { store, careCoordinators, now } = options;
  const isCareCoordinator = (person: PersonKey) =>
    [person.userId, person.aadObjectId].some((id) => id !== undefined && careCoordinators.includes(id));
  return {
    isCareCoordinator,
    async requests(person) {
      if (!isCareCoordinator(person)) return { ok: false, reason: 'not-care-coordinator' };
      const students = Object.values((await store.read({ students: 'all' })).students)
        .filter((s) => s.supportNeed?.wanted)
        .map((s) => ({ studentNumber: s.studentNumber, roundId: s.roundId, hasDetails: Boolean(s.supportNeed?.details) }))
        .sort((a, b) => a.studentNumber.localeCompare(b.studentNumber));
      return { ok: true, students };
    },
    async read(person, studentNumber) {
      if (!isCareCoordinator(person)) return { ok: false, reason: 'not-care-coordinator' };
      const number = studentNumber.trim().toLowerCase();
      // Student numbers have no index: a rare look-up, so the ids are found first and the audit
      // line is written in a unit of work of its own.
      const found = Object.values((await store.read({ students: 'all' })).students).filter((s) => s.studentNumber.toLowerCase() === number);
      if (found.length === 0) return { ok: false, reason: 'not-found' };
      if (found.length > 1) return { ok: false, reason: 'ambiguous' };
      const [student] = found;
      await store.update({}, (data) => {
        appendAudit(data, { actorId: person.userId, action: 'support.read', subjectType: 'student', subjectId: student.id }, now());
      });
      return { ok: true, studentId: student.id, studentNumber: student.studentNumber, supportNeed: student.supportNeed };
    },
  };
}
