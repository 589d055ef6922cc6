// The README example, run for real: the CLI on the example round file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const example = 'matching/examples/example-round.json';

function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'matching/cli/match.ts', ...args], { cwd: root, encoding: 'utf8' });
}

describe('match CLI', () => {
  it('matches the example round and explains it in Dutch', () => {
    const res = run(example, '--lang', 'nl');
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out).toMatchObject({ status: 'ok', mechanism: 'school', stage: 'final', seed: 'ronde-2026-voorjaar' });
    expect(out.statistics).toMatchObject({ candidates: 10, matched: 8, unmatched: 2, pinned: 1 });
    const c05 = out.results.find((r: { candidateId: string }) => r.candidateId === 'c05');
    expect(c05).toMatchObject({ status: 'matched', offerId: 'zorgboerderij-zoetermeer', mode: 'ebike' });
    expect(c05.text.lines[0]).toMatch(/^deelt al je 2 werkprocessen: 25491\/B1-K2-W1, 25491\/B1-K2-W3; .*ongeveer 5 min met de e-bike$/);
    const c07 = out.results.find((r: { candidateId: string }) => r.candidateId === 'c07');
    expect(c07).toMatchObject({ status: 'matched', offerId: 'zorgcentrum-schiedam', pinned: true });
  });

  it('speaks English with --lang en', () => {
    const out = JSON.parse(run(example, '--lang', 'en').stdout);
    const unmatched = out.results.filter((r: { status: string }) => r.status === 'unmatched');
    expect(unmatched.map((r: { text: { summary: string } }) => r.text.summary)).toEqual(['No internship yet', 'No internship yet']);
  });

  it('refuses a bad round file with the JSON path and exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koppel-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ candidates: [{ id: 'x', name: 'Fatima' }], offers: [], policy: { seed: 1 } }));
    const res = run(file);
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('candidates[0]: Unrecognized key: "name"');
    expect(res.stderr).toContain('candidates[0].programme:');
  });

  it('runs the second pass of the proposals mechanism with --choices', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koppel-'));
    const choices = join(dir, 'choices.json');
    writeFileSync(choices, JSON.stringify([{ candidateId: 'c02', offerId: 'zorgcentrum-schiedam' }]));
    const out = JSON.parse(run(example, '--choices', choices).stdout);
    expect(out.results.find((r: { candidateId: string }) => r.candidateId === 'c02')).toMatchObject({ status: 'matched', offerId: 'zorgcentrum-schiedam' });
  });
});
