// Reads the student list a coordinator pastes or uploads for a round. Pure: the same text and
// context give the same result; ids and saving are the import's job (import-students.ts).
import type { Catalogue } from '../catalogue/index.js';
import type { Student } from '../domain/student.js';
import type { Round } from '../domain/round.js';
import { readCsvTable, type CsvRow } from './csv-table.js';
import { duplicateMessages, fieldNames, fileMessages, type FieldName } from './import-messages.js';
import { sortProblems, type ImportProblem } from './import-problem.js';
import { readHeader, type ColumnMap } from './student-columns.js';
import { readStudentRow, type NewStudent, type RowKeys } from './student-row.js';

export type { NewStudent } from './student-row.js';
export type { ImportProblem, ImportProblemCode } from './import-problem.js';

export const MAX_ROWS = 5000;

/** What the round already holds; `pendingEmail` is read when the stored student has it. */
export type ExistingStudent = Pick<Student, 'roundId' | 'studentNumber' | 'identities'> & { pendingEmail?: string };

export interface StudentCsvContext {
  round: Round;
  catalogue: Catalogue;
  existing: readonly ExistingStudent[];
}

export type StudentCsvResult = { ok: true; students: NewStudent[] } | { ok: false; problems: ImportProblem[] };

export function parseStudentCsv(text: string, context: StudentCsvContext): StudentCsvResult {
  const table = readCsvTable(text);
  if (!table.ok) return table;
  const header = readHeader(table.header);
  if (!header.ok) return { ok: false, problems: sortProblems([...header.problems, ...table.structureProblems]) };
  const rowCount = table.rows.length + table.structureProblems.length;
  if (rowCount === 0) return { ok: false, problems: [{ line: 0, code: 'no-rows', message: fileMessages.noRows() }] };
  if (rowCount > MAX_ROWS) return { ok: false, problems: [{ line: 0, code: 'too-many-rows', message: fileMessages.tooManyRows(rowCount, MAX_ROWS) }] };

  const { students, keys, problems } = readRows(table.rows, header.columns, context);
  problems.push(...table.structureProblems, ...findDuplicates(keys, header.columns, context));
  return problems.length === 0 ? { ok: true, students } : { ok: false, problems: sortProblems(problems) };
}

function readRows(rows: CsvRow[], columns: ColumnMap, context: StudentCsvContext) {
  const students: NewStudent[] = [];
  const keys: RowKeys[] = [];
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const result = readStudentRow(row, columns, context);
    if (result.student) students.push(result.student);
    keys.push(result.keys);
    problems.push(...result.problems);
  }
  return { students, keys, problems };
}

interface UniqueKey {
  what: FieldName;
  column?: string;
  ofRow: (keys: RowKeys) => string | undefined;
  ofExisting: (student: ExistingStudent) => string[];
}

// A student number, Teams id or e-mail address names one student of a round; a second one
// would make the bot unsure who is writing. Checked on every row, also rows with other problems.
function findDuplicates(rows: RowKeys[], columns: ColumnMap, context: StudentCsvContext): ImportProblem[] {
  const inRound = context.existing.filter((student) => student.roundId === context.round.id);
  const keys: UniqueKey[] = [
    { what: fieldNames.studentNumber, column: columns.studentNumber?.header, ofRow: (r) => r.studentNumber, ofExisting: (s) => [s.studentNumber] },
    { what: fieldNames.teamsId, column: columns.teamsId?.header, ofRow: (r) => r.teamsId, ofExisting: teamsIdsOf },
    { what: fieldNames.email, column: columns.email?.header, ofRow: (r) => r.email, ofExisting: (s) => (s.pendingEmail ? [s.pendingEmail] : []) },
  ];
  return keys.flatMap((key) => duplicatesOf(key, rows, inRound));
}

function teamsIdsOf(student: ExistingStudent): string[] {
  return student.identities.filter((identity) => identity.platform === 'teams').map((identity) => identity.userId);
}

// Compared case-insensitively: S123 and s123 are the same student number.
function duplicatesOf(key: UniqueKey, rows: RowKeys[], existing: ExistingStudent[]): ImportProblem[] {
  const taken = new Set(existing.flatMap(key.ofExisting).map((value) => value.toLowerCase()));
  const firstLine = new Map<string, number>();
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const value = key.ofRow(row);
    if (value === undefined) continue;
    const normal = value.toLowerCase();
    const first = firstLine.get(normal);
    const base = { line: row.line, ...(key.column !== undefined ? { column: key.column } : {}) };
    if (taken.has(normal)) problems.push({ ...base, code: 'duplicate-in-round', message: duplicateMessages.inRound(key.what, value) });
    else if (first !== undefined) problems.push({ ...base, code: 'duplicate-in-file', message: duplicateMessages.inFile(key.what, value, first, row.line) });
    else firstLine.set(normal, row.line);
  }
  return problems;
}
