import type { ZodType } from 'zod/v4';
import { StoreCorruptError } from './store-errors.js';

// Enough to find the fault in a hand-edited file without flooding the log.
const MAX_PROBLEMS = 5;

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export function validate<T>(schema: ZodType<T>, doc: unknown): Validation<T> {
  const parsed = schema.safeParse(doc);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(document)';
    return `${path}: ${issue.message}`;
  });
  const more = parsed.error.issues.length - problems.length;
  if (more > 0) problems.push(`and ${more} more problem${more === 1 ? '' : 's'}`);
  return { ok: false, problems };
}

// What is validated is what a restart will read back: JSON drops undefined, turns Dates into
// strings and NaN into null. A value that only survives in memory is refused now, not at the next start.
export function validateAsStored<T>(schema: ZodType<T>, doc: unknown): Validation<T> {
  let stored: unknown;
  try {
    stored = JSON.parse(JSON.stringify(doc) ?? 'null');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`(document): cannot be saved as JSON (${reason})`] };
  }
  return validate(schema, stored);
}

export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreCorruptError(file, [`not valid JSON (${reason})`]);
  }
}

export function schemaVersionOf(doc: unknown, file: string): number {
  const version = isRecord(doc) ? doc.schemaVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new StoreCorruptError(file, ['schemaVersion: missing or not a positive whole number']);
  }
  return version;
}


export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
