// `npm run -s screen -- --kind wish|requirement`: screens one text per line of stdin and prints one
// JSON line per text, {"text","verdict","grounds"}, for schools checking texts in bulk and for
// checking the screens on a set of their own. Empty lines are skipped; exit code 2 on bad arguments.
import { createInterface } from 'node:readline';
import { parseScreenArgs, screenLine } from './screen-args.js';

async function main(): Promise<number> {
  const args = parseScreenArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(args.message);
    return 2;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const text = line.replace(/^\uFEFF/, '');
    if (text.trim() !== '') process.stdout.write(`${screenLine(args.kind, text)}\n`);
  }
  return 0;
}

process.exitCode = await main();
