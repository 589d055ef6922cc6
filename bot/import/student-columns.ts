// The columns of a student list: Dutch names with English aliases, in any order and any case.
import { headerMessages } from './import-messages.js';
import type { ImportProblem } from './import-problem.js';
import type { CsvRow } from './csv-table.js';

export type StudentField = 'studentNumber' | 'programme' | 'teamsId' | 'email' | 'name' | 'language';

interface ColumnSpec {
  /** The first name is the one we show; the rest are accepted too. */
  names: readonly string[];
  nameEn: string;
  required: boolean;
}

const COLUMNS: Record<StudentField, ColumnSpec> = {
  studentNumber: { names: ['studentnummer', 'student_number', 'studentnumber'], nameEn: 'student_number', required: true },
  programme: { names: ['opleiding', 'programme', 'program', 'crebo'], nameEn: 'programme', required: true },
  teamsId: { names: ['teams_id', 'teams', 'teamsid'], nameEn: 'teams_id', required: false },
  email: { names: ['email', 'e_mail', 'upn'], nameEn: 'email', required: false },
  name: { names: ['naam', 'name'], nameEn: 'name', required: false },
  language: { names: ['taal', 'language'], nameEn: 'language', required: false },
};

const FIELDS = Object.keys(COLUMNS) as StudentField[];
const SHOWN_NAMES = FIELDS.map((field) => COLUMNS[field].names[0]);

/** Where each field sits in a row, and what the file calls it. */
export type ColumnMap = Partial<Record<StudentField, { index: number; header: string }>>;

export type HeaderResult = { ok: true; columns: ColumnMap } | { ok: false; problems: ImportProblem[] };

// "Student Number", "student-number" and "STUDENT_NUMBER" all mean the same column.
function normalise(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function fieldOf(header: string): StudentField | undefined {
  const name = normalise(header);
  return FIELDS.find((field) => COLUMNS[field].names.includes(name));
}

export function readHeader(header: CsvRow): HeaderResult {
  const line = header.line;
  const fields = header.values.map(fieldOf);
  if (fields.every((field) => field === undefined)) {
    return { ok: false, problems: [{ line, code: 'header-unknown', message: headerMessages.noKnownColumns(SHOWN_NAMES) }] };
  }
  const columns: ColumnMap = {};
  const problems: ImportProblem[] = [];
  header.values.forEach((name, index) => {
    const field = fields[index];
    if (field === undefined) {
      problems.push({ line, column: name, code: 'header-unknown', message: headerMessages.unknownColumn(name, SHOWN_NAMES) });
    } else if (columns[field] !== undefined) {
      problems.push({ line, column: name, code: 'header-duplicate', message: headerMessages.duplicateColumn(COLUMNS[field].names[0]) });
    } else {
      columns[field] = { index, header: name };
    }
  });
  problems.push(...missingColumns(columns, line));
  return problems.length === 0 ? { ok: true, columns } : { ok: false, problems };
}

function missingColumns(columns: ColumnMap, line: number): ImportProblem[] {
  const problems: ImportProblem[] = FIELDS
    .filter((field) => COLUMNS[field].required && columns[field] === undefined)
    .map((field) => ({
      line,
      column: COLUMNS[field].names[0],
      code: 'header-missing' as const,
      message: headerMessages.missingColumn(COLUMNS[field].names[0], COLUMNS[field].nameEn),
    }));
  if (columns.teamsId === undefined && columns.email === undefined) {
    problems.push({ line, column: 'teams_id', code: 'header-missing', message: headerMessages.missingIdentityColumn() });
  }
  return problems;
}

/** The trimmed value of a field in a row; empty when the column is absent. */
export function valueOf(row: CsvRow, columns: ColumnMap, field: StudentField): string {
  const column = columns[field];
  return column === undefined ? '' : (row.values[column.index] ?? '').trim();
}
