// Reads CSV text into a header and rows that remember their line in the file, so every problem
// can point the coordinator at the row to fix. Knows nothing about students.
import { parse, type CsvError } from 'csv-parse/sync';
import { fileMessages, structureMessages } from './import-messages.js';
import type { ImportProblem } from './import-problem.js';

export const MAX_BYTES = 2 * 1024 * 1024;

export interface CsvRow {
  /** Line in the file where the row starts; the header is line 1. */
  line: number;
  values: string[];
}

export type CsvTable =
  | { ok: true; header: CsvRow; rows: CsvRow[]; structureProblems: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] };

interface Parsed {
  record: string[];
  info: { lines: number };
}

// Comma first: it wins a tie, which is what a single-column header gives.
const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

const QUOTE_ERRORS = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_INVALID_CLOSING_QUOTE', 'INVALID_OPENING_QUOTE', 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE']);

export function readCsvTable(input: string): CsvTable {
  if (Buffer.byteLength(input, 'utf8') > MAX_BYTES) return fileProblem(fileMessages.tooLarge(MAX_BYTES / 1024 / 1024), 'file-too-large');
  // Control characters other than tab and line ends only occur in binary files (xlsx, pdf).
  if (/(?![\t\n\r])\p{Cc}|\uFFFD/u.test(input)) return fileProblem(fileMessages.notText(), 'not-csv');
  // One line-end style: csv-parse counts a CRLF inside quotes as two lines.
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fileProblem(fileMessages.empty(), 'file-empty');

  const skipped: CsvError[] = [];
  const parsed = parse(text, {
    delimiter: detectDelimiter(text),
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: false,
    info: true,
    // Keep going past a bad row so the coordinator sees every row to fix in one pass.
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) skipped.push(error);
      return undefined;
    },
  }) as unknown as Parsed[];
  return buildTable(parsed.map(toRow), skipped, text);
}

function buildTable(allRows: CsvRow[], skipped: CsvError[], text: string): CsvTable {
  const header = allRows[0];
  if (header === undefined) return fileProblem(structureMessages.headerUnreadable(), 'csv-syntax', firstContentLine(text, 0));
  // After a quote error the parser's idea of rows is unreliable: keep only what came before it.
  const quoteError = skipped.find((error) => QUOTE_ERRORS.has(error.code));
  const quoteLine = quoteError ? quoteErrorLine(quoteError, allRows, skipped, text) : Infinity;
  if (quoteLine <= header.line) return fileProblem(structureMessages.headerUnreadable(), 'csv-syntax', quoteLine);
  const rows = allRows.slice(1).filter((row) => row.line < quoteLine);
  const structureProblems: ImportProblem[] = skipped
    .filter((error) => !QUOTE_ERRORS.has(error.code))
    .map((error) => columnCountProblem(error, header.values.length))
    .filter((problem) => problem.line < quoteLine);
  if (quoteError) structureProblems.push({ line: quoteLine, code: 'csv-syntax', message: structureMessages.quote() });
  return { ok: true, header, rows, structureProblems };
}

function toRow({ record, info }: Parsed): CsvRow {
  return { line: startLine(info.lines, record), values: record };
}

// csv-parse reports the line where a record ends; a quoted value can span lines.
function startLine(endLine: number, record: readonly string[]): number {
  const breaks = record.reduce((sum, value) => sum + (value.match(/\n/g)?.length ?? 0), 0);
  return endLine - breaks;
}

function columnCountProblem(error: CsvError, expected: number): ImportProblem {
  const record = Array.isArray(error.record) ? (error.record as string[]) : undefined;
  if (record === undefined || typeof error.lines !== 'number') {
    return { line: Number(error.lines) || 0, code: 'csv-syntax', message: structureMessages.unreadable() };
  }
  return { line: startLine(error.lines, record), code: 'column-count', message: structureMessages.columnCount(record.length, expected) };
}

// An unclosed quote is only noticed at the end of the file; the row that opened it is the
// first one after the last row that was read.
function quoteErrorLine(error: CsvError, rows: CsvRow[], skipped: CsvError[], text: string): number {
  if (error.code !== 'CSV_QUOTE_NOT_CLOSED') return Number(error.lines) || 0;
  const before = skipped.filter((e) => e !== error).map((e) => Number(e.lines) || 0);
  const lastRead = Math.max(0, ...rows.map((row) => row.line + breaksIn(row)), ...before);
  return firstContentLine(text, lastRead);
}

function breaksIn(row: CsvRow): number {
  return row.values.reduce((sum, value) => sum + (value.match(/\n/g)?.length ?? 0), 0);
}

function firstContentLine(text: string, afterLine: number): number {
  const lines = text.split('\n');
  for (let i = afterLine; i < lines.length; i += 1) if (lines[i].trim() !== '') return i + 1;
  return afterLine + 1;
}

// Dutch Excel saves with ';', most other tools with ',', Excel's "text" export with tabs.
// The header decides, counting only separators outside quotes.
export function detectDelimiter(text: string): Delimiter {
  const headerLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const counts = DELIMITERS.map((delimiter) => unquoted.split(delimiter).length - 1);
  return DELIMITERS[counts.indexOf(Math.max(...counts))];
}

function fileProblem(message: ImportProblem['message'], code: ImportProblem['code'], line = 0): CsvTable {
  return { ok: false, problems: [{ line, code, message }] };
}
