// Imports the students of one round from CSV: every row valid, or nothing saved.
import type { ImportMessage } from './import-messages.js';
import { randomUUID } from 'node:crypto';
import { z } from 'zod/v4';
import { appendAudit } from '../audit-log.js';
import type { Catalogue } from '../catalogue/index.js';
import { Id } from '../domain/common.js';
import type { RoundStatus } from '../domain/round.js';
import { Student } from '../domain/student.js';
import type { KoppelView } from '../koppel-data.js';
import { ImportError } from './import-error.js';
import type { ImportProblem } from './import-problem.js';
import { parseStudentCsv, type NewStudent, type StudentCsvResult } from './student-csv.js';
import { byIds, byKeys, roundKey, type KoppelStore } from '../store/index.js';
import { abortable, type Abortable } from '../store/abort.js';

export { ImportError, isImportError, type ImportErrorCode } from './import-error.js';

export interface ImportStudentsInput {
  roundId: string;
  csv: string;
  /** The coordinator who imports; recorded in the audit log. */
  actorId: string;
  catalogue: Catalogue;
  now: Date;
  /** Opaque student ids; tests inject a predictable one. */
  newId?: () => string;
}

export type ImportReport =
  | { ok: true; imported: number; studentIds: string[] }
  | { ok: false; problems: ImportProblem[] };

/** An import's outcome as the coordinator hears it: the report, or the import refused as a whole. */
export type StudentImportOutcome = ImportReport | { ok: false; refusal: ImportMessage };

// Once a round is closed its list of students is what the match runs on.
const IMPORTABLE: readonly RoundStatus[] = ['draft', 'open'];

const Actor = z.object({ actorId: Id });

/** Carries the problems out of the store update, so the update writes nothing. */
const refusals: Abortable<ImportProblem[]> = abortable();

export async function importStudents(store: KoppelStore, input: ImportStudentsInput): Promise<ImportReport> {
  Actor.parse(input);
  // The round's id comes from a card: one that cannot be an id names no round.
  if (!Id.safeParse(input.roundId).success) throw ImportError.roundNotFound('');
  // Duplicates count within the round, so the round's students are all it reads.
  const ofRound = { rounds: byIds(input.roundId), students: byKeys(roundKey(input.roundId)) };
  // A first pass without the write lock answers a bad file quickly.
  const first = check(await store.read(ofRound), input);
  if (!first.ok) return first;
  // Ids are drawn beforehand so the unit of work also reads them: one in use in another round is found too.
  const newId = input.newId ?? newStudentId;
  const ids = first.students.map(() => newId());
  return refusals.unlessAborted(() => store.update({ ...ofRound, students: { keys: [roundKey(input.roundId)], ids } }, (draft): ImportReport => {
    // Checked again on the current state: another import may have saved in between.
    const result = check(draft, input);
    if (!result.ok) refusals.abort(result.problems);
    const studentIds = addStudents(draft, result.students, ids, input);
    appendAudit(draft, {
      actorId: input.actorId, action: 'student.imported', subjectType: 'round', subjectId: input.roundId,
      detail: { count: studentIds.length },
    }, input.now);
    return { ok: true, imported: studentIds.length, studentIds };
  }), (problems) => ({ ok: false as const, problems }));
}

function check(data: Readonly<KoppelView>, input: ImportStudentsInput): StudentCsvResult {
  const round = Object.hasOwn(data.rounds, input.roundId) ? data.rounds[input.roundId] : undefined;
  if (round === undefined) throw ImportError.roundNotFound(input.roundId);
  if (!IMPORTABLE.includes(round.status)) throw ImportError.roundNotOpen(round.status);
  return parseStudentCsv(input.csv, { round, catalogue: input.catalogue, existing: Object.values(data.students) });
}

function addStudents(draft: KoppelView, students: NewStudent[], ids: readonly string[], input: ImportStudentsInput): string[] {
  // The same file gives the same rows as the first pass: a changed round only adds problems.
  if (students.length !== ids.length) throw new Error('the file gave other students than on the first pass');
  return students.map((student, i) => {
    const id = ids[i];
    if (Object.hasOwn(draft.students, id)) throw new Error(`student id ${id} is already in use`);
    draft.students[id] = toStudent(student, id, input.now);
    return id;
  });
}

function toStudent(student: NewStudent, id: string, now: Date): Student {
  const { line: _line, pendingEmail, ...fields } = student;
  // Parsed by the domain schema, so defaults added there later apply to imported students too.
  const stored = Student.parse({ ...fields, ...(pendingEmail ? { pendingEmail } : {}), id, intakeStatus: 'invited', updatedAt: now.toISOString() });
  // Until the Student schema keeps pendingEmail, parsing drops it, and a student known only by
  // e-mail could never be linked: refuse rather than save a student the bot cannot recognise.
  if (pendingEmail !== undefined && (stored as { pendingEmail?: unknown }).pendingEmail !== pendingEmail) throw ImportError.emailNotStored();
  return stored;
}

export function newStudentId(): string {
  return `stu_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
}
