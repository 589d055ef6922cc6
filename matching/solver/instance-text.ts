// The plain-text bench format: "N M E", then M capacity lines, then E lines "student company
// cost" (0-based). Parsing scans the string once with charCodeAt, without splitting it into
// millions of substrings, so a 5M-pair file parses in well under a second.
import type { AssignmentInstance } from './assignment-instance.js';

/** The format has no field for it: a student left unmatched always costs this much. */
export const TEXT_UNMATCHED_COST = 100000;

export type ParseResult =
  | { readonly ok: true; readonly instance: AssignmentInstance }
  | { readonly ok: false; readonly error: string };

class ParseError extends Error {}

/** Reads one non-blank line of numbers at a time, remembering its line number for messages. */
class LineScanner {
  private pos = 0;
  private nextLine = 1;
  line = 0;
  readonly values = new Float64Array(3);

  constructor(private readonly text: string) {}

  get remainingChars(): number {
    return this.text.length - this.pos;
  }

  /** Reads the next non-blank line into values; returns how many numbers it held, -1 at the end. */
  read(): number {
    const { text } = this;
    const n = text.length;
    let count = 0;
    while (this.pos < n) {
      const ch = text.charCodeAt(this.pos);
      if (ch === 10) {
        this.pos++;
        this.nextLine++;
        if (count > 0) return count;
      } else if (ch === 32 || ch === 9 || ch === 13) {
        this.pos++;
      } else if (ch >= 48 && ch <= 57) {
        this.line = this.nextLine;
        const value = this.number();
        if (count < 3) this.values[count] = value;
        count++;
      } else {
        this.line = this.nextLine;
        const shown = ch === 45 ? "'-' (numbers must be non-negative integers)" : `'${text[this.pos]}'`;
        throw new ParseError(`line ${this.line}: unexpected character ${shown}`);
      }
    }
    return count > 0 ? count : -1;
  }

  /**
   * Fast path for a line shaped exactly "i j c\n" (single spaces, optional \r), the bulk of every
   * file. Returns false without moving on anything else; the general read() then handles the line.
   */
  readTriple(): boolean {
    const { text, values } = this;
    let p = this.pos;
    for (let k = 0; k < 3; k++) {
      let d = text.charCodeAt(p) - 48;
      if (!(d >= 0 && d <= 9)) return false;
      let value = 0;
      const start = p;
      do {
        value = value * 10 + d;
        d = text.charCodeAt(++p) - 48;
      } while (d >= 0 && d <= 9);
      if (p - start > 15) return false;
      values[k] = value;
      const separator = d + 48;
      if (k < 2) {
        if (separator !== 32) return false;
      } else if (separator === 13) {
        if (text.charCodeAt(++p) !== 10) return false;
      } else if (separator !== 10) {
        return false;
      }
      p++;
    }
    this.line = this.nextLine++;
    this.pos = p;
    return true;
  }

  private number(): number {
    const { text } = this;
    let value = 0, digits = 0;
    for (; this.pos < text.length; this.pos++, digits++) {
      const d = text.charCodeAt(this.pos) - 48;
      if (d < 0 || d > 9) break;
      value = value * 10 + d;
    }
    if (digits > 15) throw new ParseError(`line ${this.line}: number too large`);
    const after = this.pos < text.length ? text.charCodeAt(this.pos) : 10;
    if (after !== 32 && after !== 9 && after !== 13 && after !== 10) {
      throw new ParseError(`line ${this.line}: expected an integer, got '${text.slice(this.pos - digits, this.pos + 1)}…'`);
    }
    return value;
  }
}

function expectLine(scan: LineScanner, want: number, what: string, context: string): void {
  const got = scan.read();
  if (got === -1) throw new ParseError(`unexpected end of file: expected ${context}`);
  if (got !== want) throw new ParseError(`line ${scan.line}: expected ${want} number${want > 1 ? 's' : ''} ${what}, got ${got}`);
}

function parseHeader(scan: LineScanner): [number, number, number] {
  expectLine(scan, 3, "'students companies pairs'", 'the header line');
  const [n, m, e] = scan.values;
  if (n > 0x7fffffff || m > 0x7fffffff || e > 0x7fffffff) throw new ParseError(`line ${scan.line}: counts must fit in 32 bits`);
  // Each capacity line takes at least 2 characters and each pair line 6: a large header promising
  // more than the file can hold is rejected before allocating arrays for it (small ones get the
  // more precise end-of-file message later).
  if (m + e > 65536 && 2 * m + 6 * e > scan.remainingChars + 1) {
    throw new ParseError(`line ${scan.line}: header promises ${m} capacity lines and ${e} pair lines, more than the ${scan.remainingChars} characters left can hold`);
  }
  return [n, m, e];
}

function parseBody(scan: LineScanner, students: number, companies: number, pairs: number): AssignmentInstance {
  const capacity = new Int32Array(companies);
  for (let j = 0; j < companies; j++) {
    expectLine(scan, 1, "'capacity'", `${companies} capacity lines, found ${j}`);
    if (scan.values[0] > 0x7fffffff) throw new ParseError(`line ${scan.line}: capacity too large`);
    capacity[j] = scan.values[0];
  }
  const pairStudent = new Int32Array(pairs), pairCompany = new Int32Array(pairs), pairCost = new Float64Array(pairs);
  for (let p = 0; p < pairs; p++) {
    if (!scan.readTriple()) expectLine(scan, 3, "'student company cost'", `${pairs} pair lines, found ${p}`);
    const [i, j, c] = scan.values;
    if (i >= students) throw new ParseError(`line ${scan.line}: student ${i} out of range 0..${students - 1}`);
    if (j >= companies) throw new ParseError(`line ${scan.line}: company ${j} out of range 0..${companies - 1}`);
    pairStudent[p] = i;
    pairCompany[p] = j;
    pairCost[p] = c;
  }
  if (scan.read() !== -1) throw new ParseError(`line ${scan.line}: unexpected extra line after ${pairs} pairs`);
  return { students, companies, capacity, pairStudent, pairCompany, pairCost, unmatchedCost: TEXT_UNMATCHED_COST };
}

export function parseInstanceText(text: string): ParseResult {
  const scan = new LineScanner(text);
  try {
    const [students, companies, pairs] = parseHeader(scan);
    return { ok: true, instance: parseBody(scan, students, companies, pairs) };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, error: error.message };
    throw error;
  }
}

/** Formats an instance as text; yields chunks so huge instances never build one giant string. */
export function* formatInstanceChunks(instance: AssignmentInstance, linesPerChunk = 65536): Generator<string> {
  const { students, companies, capacity, pairStudent, pairCompany, pairCost } = instance;
  let lines: string[] = [`${students} ${companies} ${pairStudent.length}\n`];
  const flushIfFull = function* (): Generator<string> {
    if (lines.length < linesPerChunk) return;
    yield lines.join('');
    lines = [];
  };
  for (let j = 0; j < companies; j++) {
    lines.push(`${capacity[j]}\n`);
    yield* flushIfFull();
  }
  for (let p = 0; p < pairStudent.length; p++) {
    lines.push(`${pairStudent[p]} ${pairCompany[p]} ${pairCost[p]}\n`);
    yield* flushIfFull();
  }
  if (lines.length > 0) yield lines.join('');
}

export function formatInstanceText(instance: AssignmentInstance): string {
  return [...formatInstanceChunks(instance)].join('');
}
