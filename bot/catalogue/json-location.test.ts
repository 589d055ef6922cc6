import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem } from './json-location.js';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxProblem', () => {
  it('points at the line and column of the first problem', () => {
    expect(findJsonSyntaxProblem('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      line: 3,
      column: 3,
      message: "expected ',' or '}' but found '\"'",
    });
    expect(findJsonSyntaxProblem('[1, 2')).toEqual({ line: 1, column: 6, message: "expected ',' or ']' but the file ends" });
    expect(findJsonSyntaxProblem('{"a": "b\nc"}')?.message).toBe('expected a closing double quote but found a line break');
    expect(findJsonSyntaxProblem("{'a': 1}")?.message).toBe("expected a property name in double quotes but found '''");
    expect(findJsonSyntaxProblem('{} x')).toMatchObject({ column: 4, message: "expected the end of the file but found 'x'" });
    expect(findJsonSyntaxProblem('')?.message).toMatch(/^expected a value .* but the file ends$/);
  });

  it('accepts what JSON.parse accepts', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonSyntaxProblem(text)).toBeUndefined();
      }),
    );
  });

  it('agrees with JSON.parse on damaged JSON', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '"', '}', ']', ':', '-', '0', '.', 'e', '\\', '\n', 'u'), fc.boolean())
      .map(([text, at, insert, replace]) => {
        const i = at % (text.length + 1);
        // One character typed, deleted or replaced: the edits that break hand-edited files.
        return text.slice(0, i) + insert + text.slice(replace ? i + 1 : i);
      });
    fc.assert(
      fc.property(damaged, (text) => {
        expect(findJsonSyntaxProblem(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });
});
