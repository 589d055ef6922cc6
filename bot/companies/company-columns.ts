// The columns of a company list: Dutch names with English aliases, in any order and any case.
import type { CsvRow } from '../import/csv-table.js';
import { headerMessages } from '../import/import-messages.js';
import type { CompanyField, RawFields } from './company-fields.js';
import { companyFileMessages } from './company-import-messages.js';
import type { ImportProblem } from './company-problem.js';

interface ColumnSpec {
  /** The first name is the one we show; the rest are accepted too. */
  names: readonly string[];
  nameEn: string;
  required: boolean;
}

const COLUMNS: Record<CompanyField, ColumnSpec> = {
  name: { names: ['bedrijfsnaam', 'company', 'bedrijf', 'company_name'], nameEn: 'company', required: true },
  sbbNumber: { names: ['sbb_nummer', 'sbb', 'sbbnummer', 'sbb_number', 'erkenningsnummer'], nameEn: 'sbb', required: true },
  kvkNumber: { names: ['kvk_nummer', 'kvk', 'kvknummer', 'kvk_number'], nameEn: 'kvk', required: false },
  label: { names: ['locatie', 'location', 'vestiging'], nameEn: 'location', required: false },
  postcode: { names: ['postcode', 'postal_code', 'zip'], nameEn: 'postcode', required: true },
  municipality: { names: ['plaats', 'municipality', 'gemeente', 'city'], nameEn: 'municipality', required: true },
  teamsId: { names: ['contact_teams_id', 'teams_id', 'teams', 'teamsid'], nameEn: 'teams_id', required: false },
  email: { names: ['contact_email', 'email', 'contact_e_mail', 'e_mail', 'upn'], nameEn: 'email', required: false },
};

const FIELDS = Object.keys(COLUMNS) as CompanyField[];
const SHOWN_NAMES = FIELDS.map((field) => COLUMNS[field].names[0]);

/** Where each field sits in a row, and what the file calls it. */
export type ColumnMap = Partial<Record<CompanyField, { index: number; header: string }>>;

export type HeaderResult = { ok: true; columns: ColumnMap } | { ok: false; problems: ImportProblem[] };

// "SBB nummer", "sbb-nummer" and "SBB_NUMMER" all mean the same column.
function normalise(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function fieldOf(header: string): CompanyField | undefined {
  const name = normalise(header);
  return FIELDS.find((field) => COLUMNS[field].names.includes(name));
}

export function readHeader(header: CsvRow): HeaderResult {
  const line = header.line;
  const fields = header.values.map(fieldOf);
  if (fields.every((field) => field === undefined)) {
    return { ok: false, problems: [{ line, code: 'header-unknown', message: companyFileMessages.noKnownColumns(SHOWN_NAMES) }] };
  }
  const columns: ColumnMap = {};
  const problems: ImportProblem[] = [];
  header.values.forEach((name, index) => {
    const field = fields[index];
    // Unknown columns are refused, so no extra personal data comes in unnoticed.
    if (field === undefined) problems.push({ line, column: name, code: 'header-unknown', message: headerMessages.unknownColumn(name, SHOWN_NAMES) });
    else if (columns[field] !== undefined) problems.push({ line, column: name, code: 'header-duplicate', message: headerMessages.duplicateColumn(COLUMNS[field].names[0]) });
    else columns[field] = { index, header: name };
  });
  for (const field of FIELDS.filter((f) => COLUMNS[f].required && columns[f] === undefined)) {
    const spec = COLUMNS[field];
    problems.push({ line, column: spec.names[0], code: 'header-missing', message: headerMessages.missingColumn(spec.names[0], spec.nameEn) });
  }
  return problems.length === 0 ? { ok: true, columns } : { ok: false, problems };
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
