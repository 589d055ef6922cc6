import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueError, type CatalogueProblem } from './catalogue-error.js';
import { EXAMPLE_CATALOGUE_PATH, loadCatalogue, parseCatalogueText } from './load-catalogue.js';
import { CORE_TASK_CODE, CREBO_CODE, ELECTIVE_CODE, LABEL_CODE, WORK_PROCESS_CODE } from './programme.js';

// The raw example as plain JSON, so each test can break one thing in a fresh copy.
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let exampleText: string;
let dir: string;

beforeAll(async () => {
  exampleText = await readFile(EXAMPLE_CATALOGUE_PATH, 'utf8');
  dir = await mkdtemp(join(tmpdir(), 'koppel-catalogue-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function freshExample(): Json {
  return JSON.parse(exampleText) as Json;
}

async function writeCatalogue(name: string, content: Json | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

async function loadError(path: string): Promise<CatalogueError> {
  const error: unknown = await loadCatalogue(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof CatalogueError)) throw new Error(`expected a CatalogueError, got ${String(error)}`);
  return error;
}

describe('the shipped example catalogue', () => {
  it('loads without a path and says plainly it is an example set', async () => {
    const catalogue = await loadCatalogue();
    expect(catalogue.isExample).toBe(true);
    expect(catalogue.description).toMatch(/VOORBEELD/);
    expect(catalogue.description).toMatch(/EXAMPLE/);
    expect(catalogue.description).toMatch(/not the official/);
    expect(catalogue.description).toMatch(/own current catalogue/);
  });

  it('is resolved next to the module, not against the working directory', () => {
    expect(isAbsolute(EXAMPLE_CATALOGUE_PATH)).toBe(true);
    expect(EXAMPLE_CATALOGUE_PATH.replaceAll('\\', '/')).toMatch(/bot\/catalogue\/example-programmes\.json$/);
  });

  it('has at least six programmes from at least five sectors, at levels 1 to 4', async () => {
    const { programmes } = await loadCatalogue();
    expect(programmes.length).toBeGreaterThanOrEqual(6);
    expect(new Set(programmes.map((p) => p.sector.code)).size).toBeGreaterThanOrEqual(5);
    for (const p of programmes) expect([1, 2, 3, 4]).toContain(p.level);
  });

  it('uses valid codes everywhere and English titles for every Dutch one', async () => {
    for (const p of (await loadCatalogue()).programmes) {
      expect(p.code).toMatch(CREBO_CODE);
      expect(p.nameEn.length).toBeGreaterThan(0);
      for (const label of [p.sector, ...p.organisationTypes]) expect(label.code).toMatch(LABEL_CODE);
      for (const e of p.electives) {
        expect(e.code).toMatch(ELECTIVE_CODE);
        expect(e.titleEn).toBeTruthy();
      }
      for (const task of p.coreTasks) {
        expect(task.code).toMatch(CORE_TASK_CODE);
        for (const wp of task.workProcesses) {
          expect(wp.code).toMatch(WORK_PROCESS_CODE);
          expect(wp.code.startsWith(`${task.code}-`)).toBe(true);
          expect(wp.titleEn).toBeTruthy();
        }
      }
    }
  });

  it('gives each programme 2-3 core tasks of 3-6 work processes, organisation types and electives', async () => {
    for (const p of (await loadCatalogue()).programmes) {
      expect(p.coreTasks.length, p.name).toBeGreaterThanOrEqual(2);
      expect(p.coreTasks.length, p.name).toBeLessThanOrEqual(3);
      for (const task of p.coreTasks) {
        expect(task.workProcesses.length, `${p.name} ${task.code}`).toBeGreaterThanOrEqual(3);
        expect(task.workProcesses.length, `${p.name} ${task.code}`).toBeLessThanOrEqual(6);
      }
      expect(p.organisationTypes.length, p.name).toBeGreaterThanOrEqual(3);
      expect(p.electives.length, p.name).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('a school catalogue with problems', () => {
  function problemAt(error: CatalogueError, path: string): CatalogueProblem | undefined {
    return error.problems.find((p) => p.path === path);
  }

  it('names a badly written work-process code with its path', async () => {
    const data = freshExample();
    data.programmes[2].coreTasks[0].workProcesses[1].code = 'B1K1W2';
    const error = await loadError(await writeCatalogue('bad-code.json', data));
    expect(error.code).toBe('CATALOGUE_INVALID');
    expect(error.message).toContain(
      "programmes[2].coreTasks[0].workProcesses[1].code: 'B1K1W2' is not a work-process code like B1-K1-W1",
    );
    expect(error.problems).toHaveLength(1);
  });

  it('names a duplicate programme and where the first one is', async () => {
    const data = freshExample();
    data.programmes.push(structuredClone(data.programmes[0]));
    const last = data.programmes.length - 1;
    const error = await loadError(await writeCatalogue('duplicate.json', data));
    expect(problemAt(error, `programmes[${last}].code`)?.message).toBe(
      `crebo '${data.programmes[0].code}' appears more than once (first at programmes[0].code)`,
    );
    expect(error.problems).toHaveLength(1);
  });

  it('names a missing field', async () => {
    const data = freshExample();
    delete data.programmes[1].sector;
    const error = await loadError(await writeCatalogue('missing.json', data));
    expect(error.message).toContain('programmes[1].sector: required field is missing');
  });

  it('gives the line and column of broken JSON', async () => {
    const path = await writeCatalogue('broken.json', '{\n  "description": "x",\n  "year": 2026,\n}\n');
    const error = await loadError(path);
    expect(error.code).toBe('CATALOGUE_INVALID_JSON');
    expect(error.message).toContain('not valid JSON at line 4 column 1');
    expect(error.message).toContain("expected a property name in double quotes but found '}'");
  });

  it('finds a missing comma deep inside the example', async () => {
    const lines = exampleText.split('\n');
    const target = lines.findIndex((line) => line.includes('"titleEn": "Designs software"'));
    lines[target - 1] = lines[target - 1].replace(/,$/, '');
    const error = await loadError(await writeCatalogue('no-comma.json', lines.join('\n')));
    const column = lines[target].indexOf('"') + 1;
    expect(error.message).toContain(`not valid JSON at line ${target + 1} column ${column}: expected ',' or '}'`);
  });

  it('says which file was not found', async () => {
    const path = join(dir, 'nope', 'catalogue.json');
    const error = await loadError(path);
    expect(error.code).toBe('CATALOGUE_FILE_NOT_FOUND');
    expect(error.message).toContain(`file not found: ${path}`);
  });

  it('says when the path is a folder', async () => {
    const error = await loadError(dir);
    expect(error.code).toBe('CATALOGUE_UNREADABLE');
    expect(error.message).toContain('it is a folder, not a file');
  });

  it('names a work process filed under the wrong core task', async () => {
    const data = freshExample();
    data.programmes[0].coreTasks[1].workProcesses[0].code = 'B1-K1-W9';
    const error = await loadError(await writeCatalogue('wrong-task.json', data));
    expect(problemAt(error, 'programmes[0].coreTasks[1].workProcesses[0].code')?.message).toBe(
      "'B1-K1-W9' does not belong to core task B1-K2 (it should start with B1-K2-)",
    );
  });

  it('names a work-process code used twice in one programme', async () => {
    const data = freshExample();
    data.programmes[3].coreTasks[0].workProcesses[2].code = 'B1-K1-W1';
    const error = await loadError(await writeCatalogue('dup-wp.json', data));
    expect(problemAt(error, 'programmes[3].coreTasks[0].workProcesses[2].code')?.message).toBe(
      "work process 'B1-K1-W1' appears more than once (first at programmes[3].coreTasks[0].workProcesses[0].code)",
    );
  });

  it('lists every problem at once, each with its own path', async () => {
    const data = freshExample();
    data.programmes[0].level = 5;
    data.programmes[1].code = '123';
    data.programmes[4].coreTasks[0].workProcesses[0].titelEn = 'typo';
    data.programmes[5].organisationTypes = [];
    data.year = '2026';
    // Duplicates are still found next to structural problems in the same programme.
    data.programmes[6].coreTasks[1].workProcesses[2].code = 'B1-K2-W1';
    data.programmes[6].name = '';
    data.programmes.push({ ...structuredClone(data.programmes[2]), level: undefined });
    const error = await loadError(await writeCatalogue('many.json', data));
    expect(error.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "year: should be a number, not the text '2026'",
      'programmes[0].level: must be a level from 1 to 4',
      "programmes[1].code: '123' is not a crebo number of 5 digits like 25491",
      "programmes[4].coreTasks[0].workProcesses[0]: unknown field 'titelEn' (check the spelling)",
      'programmes[5].organisationTypes: needs at least one type of organisation',
      'programmes[6].name: must not be empty',
      "programmes[6].coreTasks[1].workProcesses[2].code: work process 'B1-K2-W1' appears more than once (first at programmes[6].coreTasks[1].workProcesses[0].code)",
      'programmes[7].level: required field is missing',
      `programmes[7].code: crebo '${data.programmes[2].code}' appears more than once (first at programmes[2].code)`,
    ]);
  });

  it('says when the file is empty', async () => {
    const error = await loadError(await writeCatalogue('empty.json', '\n'));
    expect(error.code).toBe('CATALOGUE_INVALID_JSON');
    expect(error.problems).toEqual([{ path: '', message: 'the file is empty' }]);
  });

  it('rejects a file that is not a catalogue object at all', () => {
    expect(() => parseCatalogueText('[]', 'list.json')).toThrowError(
      /\(top level\): should be an object \{ \.\.\. \}, not a list/,
    );
  });
});

describe('a valid school catalogue', () => {
  it('loads from a relative path and a file saved with a byte-order mark', async () => {
    const data = freshExample();
    data.isExample = false;
    data.description = 'Catalogus van het ROC, schooljaar 2026-2027';
    data.programmes = [data.programmes[0]];
    delete data.programmes[0].electives;
    const path = await writeCatalogue('school.json', `\uFEFF${JSON.stringify(data)}`);
    const catalogue = await loadCatalogue(relative(process.cwd(), path));
    expect(catalogue.isExample).toBe(false);
    expect(catalogue.programmes).toHaveLength(1);
    expect(catalogue.programmes[0].electives).toEqual([]);
  });
});
