import { describe, expect, it } from 'vitest';
import { generateInstance } from './generate-instance.js';
import { formatInstanceText, parseInstanceText, TEXT_UNMATCHED_COST } from './instance-text.js';

const errorOf = (text: string) => {
  const parsed = parseInstanceText(text);
  return parsed.ok ? 'parsed' : parsed.error;
};

describe('parseInstanceText', () => {
  it('reads the README example shape', () => {
    const parsed = parseInstanceText('2 2 3\n1\n2\n0 0 5\n0 1 7\r\n1 1 0\n\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { instance } = parsed;
    expect(instance).toMatchObject({ students: 2, companies: 2, unmatchedCost: TEXT_UNMATCHED_COST });
    expect([...instance.capacity]).toEqual([1, 2]);
    expect([...instance.pairStudent]).toEqual([0, 0, 1]);
    expect([...instance.pairCompany]).toEqual([0, 1, 1]);
    expect([...instance.pairCost]).toEqual([5, 7, 0]);
  });

  it('accepts extra blanks, tabs, blank lines and a missing final newline', () => {
    const parsed = parseInstanceText('2 2 3\n1\n\n2\n0  0 5\n0\t1 7\r\n 1 1 0');
    expect(parsed.ok && [...parsed.instance.pairCost]).toEqual([5, 7, 0]);
    expect(errorOf('1 1 2\n1\n0 0 4\n\n0 0 7 1\n')).toBe("line 5: expected 3 numbers 'student company cost', got 4");
  });

  it('round-trips a generated instance through format and parse', () => {
    const instance = generateInstance({ students: 300, companies: 120, seed: 7, maxPairs: 20 });
    const parsed = parseInstanceText(formatInstanceText(instance));
    expect(parsed).toEqual({ ok: true, instance });
  });

  it.each([
    ['a short pair line', '2 1 2\n1\n0 0 5\n1 0\n', "line 4: expected 3 numbers 'student company cost', got 2"],
    ['a long capacity line', '1 2 0\n1\n2 3\n', "line 3: expected 1 number 'capacity', got 2"],
    ['a bad header', '1 2\n', "line 1: expected 3 numbers 'students companies pairs', got 2"],
    ['a negative cost', '1 1 1\n1\n0 0 -4\n', "line 3: unexpected character '-' (numbers must be non-negative integers)"],
    ['a decimal cost', '1 1 1\n1\n0 0 4.5\n', "line 3: expected an integer, got '4.…'"],
    ['a stray word', '1 1 1\n1\n\n0 x 4\n', "line 4: unexpected character 'x'"],
    ['a student out of range', '1 1 1\n1\n1 0 4\n', 'line 3: student 1 out of range 0..0'],
    ['a company out of range', '1 1 1\n1\n0 3 4\n', 'line 3: company 3 out of range 0..0'],
    ['too few pairs', '1 1 2\n1\n0 0 4\n', 'unexpected end of file: expected 2 pair lines, found 1'],
    ['too few capacities', '1 3 0\n1\n', 'unexpected end of file: expected 3 capacity lines, found 1'],
    ['an extra line', '1 1 1\n1\n0 0 4\n0 0 5\n', 'line 4: unexpected extra line after 1 pairs'],
    ['an empty file', '', 'unexpected end of file: expected the header line'],
  ])('reports %s with its line number', (_name, text, message) => {
    expect(errorOf(text)).toBe(message);
  });
});

describe('regression fixtures', () => {
  it('header-overstates-pairs: a header promising 2e9 pairs fails at once instead of allocating 32 GB', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('./fixtures/header-overstates-pairs.txt', import.meta.url), 'latin1');
    expect(errorOf(text)).toBe('line 1: header promises 1 capacity lines and 2000000000 pair lines, more than the 14 characters left can hold');
  });
});
