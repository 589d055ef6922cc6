// CSV for Dutch Excel: ';' between fields (a comma is the decimal mark there), a UTF-8 byte-order
// mark so accents survive, CRLF line ends and RFC 4180 quoting.

export type Cell = string | number | null;

const SEPARATOR = ';';
const BOM = '\uFEFF';

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  // A text starting with = + - @ would run as a formula when the file is opened in a spreadsheet.
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvField(cell: Cell): string {
  const text = cellText(cell);
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(SEPARATOR)).join('\r\n') + '\r\n';
}
