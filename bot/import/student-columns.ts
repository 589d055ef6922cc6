// The columns of a student list: Dutch names with English aliases, in any order and any case.
import { headerMessages } from './import-messages.js';
import type { ImportProblem } from './import-problem.js';
import type { CsvRow } from './csv-table.js';
import type { AskedRequirement } from '../domain/requirement-kinds.js';
import { REQUIREMENT_COLUMNS } from './requirement-columns.js';
import { matchHeader, type ColumnMap as ColumnMapOf, type ColumnSpec } from './csv-columns.js';

export type StudentField = 'studentNumber' | 'programme' | 'teamsId' | 'email' | 'name' | 'language' | AskedRequirement;

const COLUMNS: Record<StudentField, ColumnSpec> = {
  ...REQUIREMENT_COLUMNS,
  studentNumber: { names: ['studentnummer', 'student_number', 'studentnumber'], nameEn: 'student_number', required: true },
  programme: { names: ['opleiding', 'programme', 'program', 'crebo'], nameEn: 'programme', required: true },
  teamsId: { names: ['teams_id', 'teams', 'teamsid'], nameEn: 'teams_id', required: false },
  email: { names: ['email', 'e_mail', 'upn'], nameEn: 'email', required: false },
  name: { names: ['naam', 'name'], nameEn: 'name', required: false },
  language: { names: ['taal', 'language'], nameEn: 'language', required: false },
};

/** Every header name a student list may use for its identifying column. */
export const STUDENT_NUMBER_HEADERS: readonly string[] = COLUMNS.studentNumber.names;

/** Where each field sits in a row, and what the file calls it. */
export type ColumnMap = ColumnMapOf<StudentField>;

export type HeaderResult = { ok: true; columns: ColumnMap } | { ok: false; problems: ImportProblem[] };

export function readHeader(header: CsvRow): HeaderResult {
  const matched = matchHeader(header, COLUMNS, headerMessages.noKnownColumns);
  const problems: ImportProblem[] = matched.ok ? [] : [...matched.problems];
  const columns = matched.columns;
  // A student must be reachable in chat: by Teams id, or by the e-mail/UPN Teams reports.
  if (columns && columns.teamsId === undefined && columns.email === undefined) {
    problems.push({ line: header.line, column: 'teams_id', code: 'header-missing', message: headerMessages.missingIdentityColumn() });
  }
  return columns && problems.length === 0 ? { ok: true, columns } : { ok: false, problems };
}

/** The trimmed value of a field in a row; empty when the column is absent. */
export function valueOf(row: CsvRow, columns: ColumnMap, field: StudentField): string {
  const column = columns[field];
  return column === undefined ? '' : (row.values[column.index] ?? '').trim();
}
