// The columns of a company list: Dutch names with English aliases, in any order and any case.
import { matchHeader, type ColumnMap as ColumnMapOf, type ColumnSpec } from '../import/csv-columns.js';
import type { CsvRow } from '../import/csv-table.js';
import type { CompanyField, RawFields } from './company-fields.js';
import { companyFileMessages } from '../import/import-messages.js';
import type { ImportProblem } from './company-problem.js';

const COLUMNS: Record<CompanyField, ColumnSpec> = {
  name: { names: ['bedrijfsnaam', 'company', 'bedrijf', 'company_name'], nameEn: 'company', required: true },
  sbbNumber: { names: ['sbb_nummer', 'sbb', 'sbbnummer', 'sbb_number', 'erkenningsnummer'], nameEn: 'sbb', required: true },
  kvkNumber: { names: ['kvk_nummer', 'kvk', 'kvknummer', 'kvk_number'], nameEn: 'kvk', required: false },
  label: { names: ['locatie', 'location', 'vestiging'], nameEn: 'location', required: false },
  postcode: { names: ['postcode', 'postal_code', 'zip'], nameEn: 'postcode', required: true },
  municipality: { names: ['plaats', 'municipality', 'gemeente', 'city'], nameEn: 'municipality', required: true },
  teamsId: { names: ['contact_teams_id', 'teams_id', 'teams', 'teamsid'], nameEn: 'teams_id', required: false },
  email: { names: ['contact_email', 'email', 'contact_e_mail', 'e_mail', 'upn'], nameEn: 'email', required: false },
  // A contact who is in neither Teams nor Slack: Koppel writes to them by e-mail with a personal link.
  mailContact: { names: ['per_mail', 'contact_per_mail', 'mail_contact', 'by_email'], nameEn: 'by_email', required: false },
};

const FIELDS = Object.keys(COLUMNS) as CompanyField[];

/** Every header name a company list may use for the company's name or its SBB number. */
export const COMPANY_HEADERS: readonly string[] = [...COLUMNS.name.names, ...COLUMNS.sbbNumber.names];

/** Where each field sits in a row, and what the file calls it. */
export type ColumnMap = ColumnMapOf<CompanyField>;

export type HeaderResult = { ok: true; columns: ColumnMap } | { ok: false; problems: ImportProblem[] };

export function readHeader(header: CsvRow): HeaderResult {
  return matchHeader(header, COLUMNS, companyFileMessages.noKnownColumns);
}

/** The raw values of a row; empty for a column the file does not have. */
export function rawFieldsOf(row: CsvRow, columns: ColumnMap): RawFields {
  const get = (field: CompanyField) => {
    const column = columns[field];
    return column === undefined ? '' : (row.values[column.index] ?? '');
  };
  return Object.fromEntries(FIELDS.map((field) => [field, get(field)])) as RawFields;
}

/** The name a problem shows for a field: the file's own header, or our name when the column is absent. */
export function columnName(columns: ColumnMap, field: CompanyField): string {
  return columns[field]?.header ?? COLUMNS[field].names[0];
}
