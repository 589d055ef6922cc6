// Usage: npx tsx matching/cli/solve.ts <file | ->
// Prints one JSON line {"matched","cost","seconds"}; seconds is solve time only, reading excluded.
import { readFileSync } from 'node:fs';
import { parseInstanceText } from '../solver/instance-text.js';
import { solveAssignment } from '../solver/solve-assignment.js';

function main(args: string[]): number {
  if (args.length !== 1) {
    console.error('usage: npx tsx matching/cli/solve.ts <file | ->');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args[0] === '-' ? 0 : args[0], 'latin1');
  } catch (error) {
    console.error(`cannot read ${args[0]}: ${(error as Error).message}`);
    return 1;
  }
  const parsed = parseInstanceText(text);
  if (!parsed.ok) {
    console.error(`${args[0]}: ${parsed.error}`);
    return 1;
  }
  const started = performance.now();
  const result = solveAssignment(parsed.instance);
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 'optimal') {
    console.error(`${args[0]}: ${result.reason}`);
    return 1;
  }
  console.log(JSON.stringify({ matched: result.matched, cost: result.cost, seconds: Number(seconds.toFixed(3)) }));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
