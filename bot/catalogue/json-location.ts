// Finds where a JSON text first goes wrong, as a line and column. JSON.parse on Node 20 names
// neither line nor column (and for some errors not even the position), and a coordinator
// fixing a hand-edited catalogue needs to know where to look.

export interface JsonSyntaxProblem {
  line: number;
  column: number;
  /** e.g. "expected ',' or '}' but found '\"'" */
  message: string;
}

class SyntaxFailure {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(expected: string): never {
    throw new SyntaxFailure(this.pos, expected);
  }

  skipWhitespace(): void {
    while (WHITESPACE.has(this.text[this.pos])) this.pos++;
  }

  peek(): string | undefined {
    return this.text[this.pos];
  }

  expect(char: string, expected = `'${char}'`): void {
    if (this.peek() !== char) this.fail(expected);
    this.pos++;
  }

  value(): void {
    this.skipWhitespace();
    const c = this.peek();
    if (c === '{') this.object();
    else if (c === '[') this.array();
    else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else this.literal();
  }

  object(): void {
    this.expect('{');
    this.skipWhitespace();
    if (this.peek() === '}') return void this.pos++;
    for (;;) {
      this.skipWhitespace();
      if (this.peek() !== '"') this.fail('a property name in double quotes');
      this.string();
      this.skipWhitespace();
      this.expect(':');
      this.value();
      this.skipWhitespace();
      if (this.peek() === '}') return void this.pos++;
      this.expect(',', "',' or '}'");
    }
  }

  array(): void {
    this.expect('[');
    this.skipWhitespace();
    if (this.peek() === ']') return void this.pos++;
    for (;;) {
      this.value();
      this.skipWhitespace();
      if (this.peek() === ']') return void this.pos++;
      this.expect(',', "',' or ']'");
    }
  }

  string(): void {
    this.expect('"');
    for (;;) {
      const c = this.peek();
      if (c === undefined || c < ' ') this.fail('a closing double quote');
      this.pos++;
      if (c === '"') return;
      if (c === '\\') this.escape();
    }
  }

  private escape(): void {
    const c = this.peek();
    if (c === 'u') {
      this.pos++;
      for (let i = 0; i < 4; i++) this.digits(/[0-9a-fA-F]/, 'a hexadecimal digit', 1);
    } else if (c !== undefined && ESCAPES.has(c)) this.pos++;
    else this.fail('a valid escape after \\');
  }

  number(): void {
    if (this.peek() === '-') this.pos++;
    if (this.peek() === '0') this.pos++;
    else this.digits(/[0-9]/, 'a digit');
    if (this.peek() === '.') {
      this.pos++;
      this.digits(/[0-9]/, 'a digit');
    }
    if (this.peek() === 'e' || this.peek() === 'E') {
      this.pos++;
      if (this.peek() === '+' || this.peek() === '-') this.pos++;
      this.digits(/[0-9]/, 'a digit');
    }
  }

  private digits(pattern: RegExp, expected: string, max = Infinity): void {
    const start = this.pos;
    while (this.pos - start < max && pattern.test(this.peek() ?? '')) this.pos++;
    if (this.pos === start) this.fail(expected);
  }

  literal(): void {
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) return void (this.pos += word.length);
    }
    this.fail('a value (text in double quotes, a number, true, false, null, an object or a list)');
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

function found(text: string, offset: number): string {
  const char = text[offset];
  if (char === undefined) return 'the file ends';
  if (char === '\n' || char === '\r') return 'found a line break';
  return `found '${char}'`;
}

/** The first syntax problem in a JSON text, or undefined when the text is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.skipWhitespace();
    if (scanner.peek() !== undefined) scanner.fail('the end of the file');
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxFailure)) throw error;
    const where = lineAndColumn(text, error.offset);
    return { ...where, message: `expected ${error.expected} but ${found(text, error.offset)}` };
  }
}
