// Matching a CSV header row to the fields an import knows: Dutch names with English aliases,
// in any order and any case. Shared by every import (students, companies).
import type { CsvRow } from './csv-table.js';
import { headerMessages, type ImportMessage } from './import-messages.js';

export interface ColumnSpec {
  /** The first name is the one we show; the rest are accepted too. */
  names: readonly string[];
  nameEn: string;
  required: boolean;
}

/** Where each field sits in a row, and what the file calls it. */
export type ColumnMap<F extends string> = Partial<Record<F, { index: number; header: string }>>;

export interface HeaderProblem {
  line: number;
  column?: string;
  code: 'header-unknown' | 'header-duplicate' | 'header-missing';
  message: ImportMessage;
}

/** On failure `columns` holds what did match (absent when nothing did), so callers can add their own checks. */
export type HeaderMatch<F extends string> = { ok: true; columns: ColumnMap<F> } | { ok: false; problems: HeaderProblem[]; columns?: ColumnMap<F> };

// "Student Number", "student-number" and "STUDENT_NUMBER" all mean the same column.
export function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * Unknown and doubled columns are refused (so no extra personal data comes in unnoticed), and
 * every required column must be there. `noneKnown` words the case where nothing matched at all.
 */
export function matchHeader<F extends string>(header: CsvRow, specs: Record<F, ColumnSpec>, noneKnown: (shown: string[]) => ImportMessage): HeaderMatch<F> {
  const fieldNames = Object.keys(specs) as F[];
  const shown = fieldNames.map((field) => specs[field].names[0]);
  const line = header.line;
  const fields = header.values.map((name) => fieldNames.find((field) => specs[field].names.includes(normaliseHeader(name))));
  if (fields.every((field) => field === undefined)) {
    return { ok: false, problems: [{ line, code: 'header-unknown', message: noneKnown(shown) }] };
  }
  const columns: ColumnMap<F> = {};
  const problems: HeaderProblem[] = [];
  header.values.forEach((name, index) => {
    const field = fields[index];
    if (field === undefined) problems.push({ line, column: name, code: 'header-unknown', message: headerMessages.unknownColumn(name, shown) });
    else if (columns[field] !== undefined) problems.push({ line, column: name, code: 'header-duplicate', message: headerMessages.duplicateColumn(specs[field].names[0]) });
    else columns[field] = { index, header: name };
  });
  for (const field of fieldNames.filter((f) => specs[f].required && columns[f] === undefined)) {
    problems.push({ line, column: specs[field].names[0], code: 'header-missing', message: headerMessages.missingColumn(specs[field].names[0], specs[field].nameEn) });
  }
  return problems.length === 0 ? { ok: true, columns } : { ok: false, problems, columns };
}
