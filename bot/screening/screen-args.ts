// The command line's arguments and output line, apart from its I/O so tests can call them.
import { parseArgs } from 'node:util';
import { z } from 'zod/v4';
import { ScreenKind } from './grounds.js';
import { screen } from './screen.js';

export const SCREEN_USAGE = 'usage: npm run -s screen -- --kind wish|requirement  < texts.txt   (one text per line)';

const Args = z.strictObject({ kind: ScreenKind });

export type ScreenArgs = { ok: true; kind: ScreenKind } | { ok: false; message: string };

export function parseScreenArgs(argv: readonly string[]): ScreenArgs {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: [...argv], options: { kind: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n${SCREEN_USAGE}` };
  }
  const parsed = Args.safeParse(values);
  if (parsed.success) return { ok: true, kind: parsed.data.kind };
  const problem = values.kind === undefined ? '--kind is required' : `--kind must be wish or requirement, not "${String(values.kind)}"`;
  return { ok: false, message: `${problem}\n${SCREEN_USAGE}` };
}

/** One output line: the text as read, the verdict and the grounds. */
export function screenLine(kind: ScreenKind, text: string): string {
  const { verdict, grounds } = screen(kind, text);
  return JSON.stringify({ text, verdict, grounds });
}
