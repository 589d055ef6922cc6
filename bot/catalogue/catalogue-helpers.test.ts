import { beforeAll, describe, expect, it } from 'vitest';
import { describeWorkProcess, findProgramme, loadCatalogue, workProcessesOf } from './load-catalogue.js';
import type { Catalogue, Programme } from './programme.js';

let catalogue: Catalogue;
let care: Programme;

beforeAll(async () => {
  catalogue = await loadCatalogue();
  const found = findProgramme(catalogue, '90001');
  if (!found) throw new Error('example programme 90001 is missing');
  care = found;
});

describe('findProgramme', () => {
  it('finds a programme by crebo, ignoring stray spaces', () => {
    expect(care.name).toBe('Verzorgende-IG');
    expect(findProgramme(catalogue, ' 90003 ')?.name).toBe('Software developer');
  });

  it('gives undefined for an unknown crebo', () => {
    expect(findProgramme(catalogue, '99999')).toBeUndefined();
  });
});

describe('workProcessesOf', () => {
  it('lists every work process of every core task, in order', () => {
    const codes = workProcessesOf(care).map((wp) => wp.code);
    const expected = care.coreTasks.flatMap((t) => t.workProcesses.map((wp) => wp.code));
    expect(codes).toEqual(expected);
    expect(codes[0]).toBe('B1-K1-W1');
    expect(codes).toContain('B1-K2-W1');
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('describeWorkProcess', () => {
  it('gives code and Dutch title in Dutch, code and English title in English', () => {
    expect(describeWorkProcess(care, 'B1-K1-W2', 'nl')).toBe('B1-K1-W2 Stelt het zorgplan op en evalueert het');
    expect(describeWorkProcess(care, 'B1-K1-W2', 'en')).toBe('B1-K1-W2 Draws up and evaluates the care plan');
  });

  it('falls back to the Dutch title when there is no English one', () => {
    const bare: Programme = {
      ...care,
      coreTasks: [{ code: 'B1-K1', title: 'Taak', workProcesses: [{ code: 'B1-K1-W1', title: 'Doet iets' }] }],
    };
    expect(describeWorkProcess(bare, 'B1-K1-W1', 'en')).toBe('B1-K1-W1 Doet iets');
  });

  it('gives undefined for a code the programme does not have', () => {
    expect(describeWorkProcess(care, 'B1-K9-W1', 'nl')).toBeUndefined();
  });
});
