// Command line: solve a round file and print the outcome, with explanations, as JSON.
//   npx tsx matching/cli/match.ts <round.json> [--lang nl|en] [--choices <choices.json>]
// --choices runs the second pass of the proposals mechanism (resolveChoices) with a JSON array
// of {candidateId, offerId}. Bad input prints one line per problem: JSON path and what is wrong.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { matchRound, resolveChoices } from '../match-round.js';
import { LANGUAGES, outcomeWithText, type Language } from '../messages.js';
import { Choices, formatPath, parseRound, type Choice } from '../round-input.js';

export interface CliIo {
  readonly readFile: (path: string) => string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const USAGE = 'usage: match <round.json> [--lang nl|en] [--choices <choices.json>]';

interface Args {
  readonly file: string;
  readonly lang: Language;
  readonly choices: string | null;
}

function parseArgs(argv: readonly string[]): Args | string {
  let file: string | null = null;
  let lang: Language = 'nl';
  let choices: string | null = null;
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === '--lang') {
      const v = argv[++k];
      if (!LANGUAGES.includes(v as Language)) return `--lang must be one of ${LANGUAGES.join(', ')}`;
      lang = v as Language;
    } else if (a === '--choices') {
      choices = argv[++k] ?? null;
      if (choices === null) return '--choices needs a file';
    } else if (file === null && !a.startsWith('--')) file = a;
    else return `unexpected argument ${a}`;
  }
  return file === null ? 'missing round file' : { file, lang, choices };
}

function readJson(io: CliIo, path: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(io.readFile(path)) };
  } catch (e) {
    return { ok: false, message: `${path}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function readChoices(io: CliIo, path: string): Choice[] | string[] {
  const raw = readJson(io, path);
  if (!raw.ok) return [raw.message];
  const parsed = Choices.safeParse(raw.value);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((i) => `${path}: ${formatPath(i.path)}: ${i.message}`);
}

export function runMatchCli(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`${args}\n${USAGE}`);
    return 2;
  }
  const raw = readJson(io, args.file);
  if (!raw.ok) {
    io.err(raw.message);
    return 1;
  }
  const round = parseRound(raw.value);
  if (!round.ok) {
    io.err(round.issues.map((i) => `${args.file}: ${i.path}: ${i.message}`).join('\n'));
    return 1;
  }
  const choices = args.choices === null ? null : readChoices(io, args.choices);
  if (choices !== null && choices.some((c) => typeof c === 'string')) {
    io.err(choices.join('\n'));
    return 1;
  }
  const outcome = choices === null ? matchRound(round.value) : resolveChoices(round.value, choices as Choice[]);
  io.out(JSON.stringify(outcomeWithText(outcome, args.lang), null, 2));
  return outcome.status === 'ok' ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runMatchCli(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
}
