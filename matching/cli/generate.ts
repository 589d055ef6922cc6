// Usage: npx tsx matching/cli/generate.ts --students N --companies M [--seed S] [--max-pairs K]
//        [--capacity-ratio R] --out FILE
// Writes a seeded instance in the bench text format (FILE may be - for stdout).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { generateInstance } from '../solver/generate-instance.js';
import { formatInstanceChunks } from '../solver/instance-text.js';

const USAGE = 'usage: npx tsx matching/cli/generate.ts --students N --companies M [--seed S] [--max-pairs K] [--capacity-ratio R] --out FILE';

function count(name: string, text: string | undefined, fallback?: number): number {
  const value = text === undefined ? fallback : Number(text);
  if (value === undefined || !Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a non-negative integer`);
  return value;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { students: { type: 'string' }, companies: { type: 'string' }, seed: { type: 'string' }, 'max-pairs': { type: 'string' }, 'capacity-ratio': { type: 'string' }, out: { type: 'string' } },
  });
  if (values.out === undefined) throw new Error('--out is required');
  const capacityRatio = Number(values['capacity-ratio'] ?? 1.1);
  if (!(capacityRatio > 0)) throw new Error('--capacity-ratio must be a positive number');
  const instance = generateInstance({
    students: count('students', values.students), companies: count('companies', values.companies),
    seed: count('seed', values.seed, 1), maxPairs: count('max-pairs', values['max-pairs'], 50), capacityRatio,
  });
  const out = values.out === '-' ? process.stdout : createWriteStream(values.out);
  for (const chunk of formatInstanceChunks(instance)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  console.error(`wrote ${values.out}: N=${instance.students} M=${instance.companies} E=${instance.pairStudent.length}`);
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (error: Error) => { console.error(`${error.message}\n${USAGE}`); process.exitCode = 1; },
);
