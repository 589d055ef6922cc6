// Rows of one file that contradict each other. Rows with the same SBB number are one company, so
// they must agree on its name and KvK number; a contact account belongs to one company only.
import type { FieldProblem, FieldValues } from './company-fields.js';
import { companyConflictMessages as m } from '../import/import-messages.js';

/** One row, checked: the values valid on their own, and all values when the whole row is valid. */
export interface CheckedRow {
  line: number;
  valid: Partial<FieldValues>;
  values?: FieldValues;
}

export type LineProblem = FieldProblem & { line: number };

interface Seen {
  line: number;
  name?: string;
  kvk?: { value: string; line: number };
  labels: Map<string, number>;
}

export function fileConflicts(rows: readonly CheckedRow[]): LineProblem[] {
  const companies = new Map<string, Seen>();
  const problems: LineProblem[] = [];
  for (const row of rows) {
    const sbb = row.valid.sbbNumber;
    if (sbb === undefined) continue;
    const seen = companies.get(sbb);
    if (seen === undefined) companies.set(sbb, firstSight(row));
    else problems.push(...againstCompany(row, sbb, seen));
  }
  problems.push(...contactsInTwoCompanies(rows, 'teamsId'), ...contactsInTwoCompanies(rows, 'email'));
  return problems;
}

function firstSight(row: CheckedRow): Seen {
  const { name, kvkNumber, label } = row.valid;
  return {
    line: row.line,
    ...(name !== undefined ? { name } : {}),
    ...(kvkNumber !== undefined ? { kvk: { value: kvkNumber, line: row.line } } : {}),
    labels: new Map(label !== undefined ? [[label.toLowerCase(), row.line]] : []),
  };
}

// Names compare without case and extra spaces: "Bakkerij De Vries" and "bakkerij de vries" are one name.
function againstCompany(row: CheckedRow, sbb: string, seen: Seen): LineProblem[] {
  const { name, kvkNumber, label } = row.valid;
  const problems: LineProblem[] = [];
  const at = { line: row.line };
  if (name !== undefined && seen.name !== undefined && name.toLowerCase() !== seen.name.toLowerCase()) {
    problems.push({ ...at, field: 'name', code: 'sbb-name-conflict', message: m.nameDiffers(sbb, seen.name, seen.line) });
  }
  if (kvkNumber !== undefined && seen.kvk === undefined) seen.kvk = { value: kvkNumber, line: row.line };
  else if (kvkNumber !== undefined && seen.kvk !== undefined && kvkNumber !== seen.kvk.value) {
    problems.push({ ...at, field: 'kvkNumber', code: 'kvk-conflict', message: m.kvkDiffers(sbb, seen.kvk.value, seen.kvk.line) });
  }
  const firstLine = label === undefined ? undefined : seen.labels.get(label.toLowerCase());
  if (label !== undefined && firstLine !== undefined) {
    problems.push({ ...at, field: 'label', code: 'duplicate-in-file', message: m.locationTwice(label, firstLine) });
  } else if (label !== undefined) seen.labels.set(label.toLowerCase(), row.line);
  return problems;
}

// The same contact on several rows of one company is fine (one per location); on two companies it is not.
function contactsInTwoCompanies(rows: readonly CheckedRow[], field: 'teamsId' | 'email'): LineProblem[] {
  const owner = new Map<string, { sbb: string; line: number }>();
  const problems: LineProblem[] = [];
  for (const row of rows) {
    const value = row.valid[field];
    const sbb = row.valid.sbbNumber;
    if (value === undefined || sbb === undefined) continue;
    const first = owner.get(value);
    if (first === undefined) owner.set(value, { sbb, line: row.line });
    else if (first.sbb !== sbb) problems.push({ line: row.line, field, code: 'contact-conflict', message: m.contactInTwoCompanies(value, first.line) });
  }
  return problems;
}
