// Reads the list of host companies a coordinator pastes or uploads: one row per location, rows
// with the same SBB number form one company. Pure: ids and saving are the import's job.
import type { Company } from '../domain/company.js';
import type { PlatformIdentity } from '../domain/common.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import { readCsvTable, type CsvRow } from '../import/csv-table.js';
import { columnName, rawFieldsOf, readHeader, type ColumnMap } from './company-columns.js';
import { storeConflicts, type KnownRecords } from './company-conflicts.js';
import { checkFields, completeValues, type FieldProblem, type FieldValues } from './company-fields.js';
import { fileConflicts, type CheckedRow } from './company-file-conflicts.js';
import { companyFileMessages, companyWarningMessages } from '../import/import-messages.js';
import { sortProblems, type ImportProblem } from './company-problem.js';

export type { ImportProblem } from './company-problem.js';

export const MAX_ROWS = 2000;

export interface NewLocation {
  line: number;
  label: string;
  postcodeArea: string;
  municipality: string;
}

/** A company as read from the file, before the import gives it and its locations ids. */
export interface NewCompany {
  /** The first line of the company in the file. */
  line: number;
  name: string;
  sbbNumber: string;
  kvkNumber?: string;
  locations: NewLocation[];
  contacts: PlatformIdentity[];
  pendingContactEmails: string[];
}

export interface CompanyCsvContext extends KnownRecords {
  existing: Company[];
  gazetteer: Gazetteer;
}

export type CompanyCsvResult = { ok: true; companies: NewCompany[]; warnings: ImportProblem[] } | { ok: false; problems: ImportProblem[] };

export function parseCompanyCsv(text: string, context: CompanyCsvContext): CompanyCsvResult {
  const table = readCsvTable(text);
  if (!table.ok) return { ok: false, problems: table.problems.map(inCompanyWords) };
  const header = readHeader(table.header);
  if (!header.ok) return { ok: false, problems: sortProblems([...header.problems, ...table.structureProblems]) };
  const rowCount = table.rows.length + table.structureProblems.length;
  if (rowCount === 0) return { ok: false, problems: [{ line: 0, code: 'no-rows', message: companyFileMessages.noRows() }] };
  if (rowCount > MAX_ROWS) return { ok: false, problems: [{ line: 0, code: 'too-many-rows', message: companyFileMessages.tooManyRows(rowCount, MAX_ROWS) }] };

  const rows: CheckedRow[] = [];
  const problems: ImportProblem[] = [...table.structureProblems];
  const warnings: ImportProblem[] = [];
  for (const row of table.rows) {
    const checked = checkRow(row, header.columns, context);
    rows.push(checked.row);
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
  }
  problems.push(...fileConflicts(rows).map((p) => place(p, p.line, header.columns)));
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  const companies = groupCompanies(rows);
  warnings.push(...companies.filter(hasNoContact).map(noContactWarning));
  return { ok: true, companies, warnings: sortProblems(warnings) };
}

/** The values valid on their own in each row, to know which stored records the import must check against. */
export function validValuesIn(text: string, gazetteer: Gazetteer): Array<Partial<FieldValues>> {
  const table = readCsvTable(text);
  if (!table.ok) return [];
  const header = readHeader(table.header);
  if (!header.ok) return [];
  return table.rows.map((row) => checkFields(rawFieldsOf(row, header.columns), gazetteer).valid);
}

function checkRow(row: CsvRow, columns: ColumnMap, context: CompanyCsvContext) {
  const result = checkFields(rawFieldsOf(row, columns), context.gazetteer);
  const problems = [...result.problems, ...storeConflicts(result.valid, context)].map((p) => place(p, row.line, columns));
  const warnings = result.warnings.map((p) => place(p, row.line, columns));
  const values = completeValues(result);
  return { row: { line: row.line, valid: result.valid, ...(values ? { values } : {}) }, problems, warnings };
}

function place(problem: FieldProblem, line: number, columns: ColumnMap): ImportProblem {
  return { line, column: columnName(columns, problem.field), code: problem.code, message: problem.message };
}

// The CSV reader speaks of students in two texts; a coordinator importing companies reads companies.
function inCompanyWords(problem: ImportProblem): ImportProblem {
  if (problem.code === 'file-empty') return { ...problem, message: companyFileMessages.empty() };
  if (problem.code === 'csv-syntax') return { ...problem, message: companyFileMessages.headerUnreadable() };
  return problem;
}

// Called only when every row is valid; the first row of a company gives its name and order.
function groupCompanies(rows: readonly CheckedRow[]): NewCompany[] {
  const bySbb = new Map<string, NewCompany>();
  for (const { line, values } of rows) {
    if (!values) continue;
    const company = bySbb.get(values.sbbNumber) ?? { line, name: values.name, sbbNumber: values.sbbNumber, locations: [], contacts: [], pendingContactEmails: [] };
    bySbb.set(values.sbbNumber, company);
    if (values.kvkNumber !== undefined) company.kvkNumber = values.kvkNumber;
    company.locations.push({ line, label: values.label, postcodeArea: values.postcodeArea, municipality: values.municipality });
    if (values.teamsId !== undefined && !company.contacts.some((c) => c.userId === values.teamsId)) company.contacts.push({ platform: 'teams', userId: values.teamsId });
    if (values.email !== undefined && !company.pendingContactEmails.includes(values.email)) company.pendingContactEmails.push(values.email);
    if (values.mailContact !== undefined && !company.contacts.some((c) => c.platform === 'email' && c.userId === values.mailContact)) company.contacts.push({ platform: 'email', userId: values.mailContact });
  }
  return [...bySbb.values()];
}

function hasNoContact(company: NewCompany): boolean {
  return company.contacts.length === 0 && company.pendingContactEmails.length === 0;
}

function noContactWarning(company: NewCompany): ImportProblem {
  return { line: company.line, code: 'no-contact', message: companyWarningMessages.noContact(company.name) };
}
