// Turns zod's validation issues into problems a coordinator can act on: the JSON path of the
// field, and what is wrong with it in plain words instead of zod's type vocabulary.
import { z } from 'zod/v4';
import type { CatalogueProblem } from './catalogue-error.js';

/** A JSON path the way people write it: programmes[2].coreTasks[0].code */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { ... }',
  array: 'a list [ ... ]',
};

function describeValue(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return `the text '${input}'`;
  if (typeof input === 'object') return 'an object';
  return `${typeof input === 'number' ? 'the number ' : ''}${String(input)}`;
}

function plural(count: number | bigint, word: string): string {
  return `${count} ${word}${Number(count) === 1 ? '' : 's'}`;
}

function tooSmall(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooSmall>): string | undefined {
  if (issue.origin === 'string') return 'must not be empty';
  if (issue.origin === 'array') return `needs at least ${plural(issue.minimum, 'item')}`;
  if (issue.origin === 'number') return `must be at least ${issue.minimum}`;
  return undefined;
}

function tooBig(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooBig>): string | undefined {
  if (issue.origin === 'number') return `must be at most ${issue.maximum}`;
  return undefined;
}

/**
 * Error map for parsing a catalogue. Messages set on a schema itself (codes, levels) win over
 * these; anything not handled here keeps zod's own message.
 */
export const catalogueErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required field is missing';
      return `should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => `'${key}'`).join(', ');
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${keys} (check the spelling)`;
    }
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    default:
      return undefined;
  }
};

const DuplicateParams = z.object({ firstAt: z.array(z.union([z.string(), z.number()])), depth: z.number() });

/** For duplicates: where the first occurrence is, as an absolute path. */
function firstOccurrence(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'custom') return '';
  const params = DuplicateParams.safeParse(issue.params);
  if (!params.success) return '';
  const prefix = issue.path.slice(0, issue.path.length - params.data.depth);
  return ` (first at ${formatPath([...prefix, ...params.data.firstAt])})`;
}

export function toProblems(error: z.ZodError): CatalogueProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message + firstOccurrence(issue),
  }));
}
