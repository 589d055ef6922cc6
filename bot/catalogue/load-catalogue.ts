// Loads a programme catalogue: the example set shipped with Koppel, or a school's own file.
// Every way a file can be wrong ends in a CatalogueError that lists each problem with its path,
// so whoever maintains the file can fix it in one pass.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CatalogueError } from './catalogue-error.js';
import { catalogueErrorMap, toProblems } from './describe-issues.js';
import { findJsonSyntaxProblem } from './json-location.js';
import { CatalogueSchema, type Catalogue, type Programme, type WorkProcess } from './programme.js';

export type Lang = 'nl' | 'en';

/** The example catalogue that ships with Koppel; resolved next to this module, not the cwd. */
export const EXAMPLE_CATALOGUE_PATH = fileURLToPath(new URL('./example-programmes.json', import.meta.url));

/** With no path: the shipped example set. With a path: the school's own catalogue file. */
export async function loadCatalogue(path?: string): Promise<Catalogue> {
  const source = path === undefined ? EXAMPLE_CATALOGUE_PATH : resolve(path);
  const text = await readCatalogueFile(source);
  return parseCatalogueText(text, source);
}

async function readCatalogueFile(source: string): Promise<string> {
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new CatalogueError('CATALOGUE_FILE_NOT_FOUND', source, [{ path: '', message: `file not found: ${source}` }]);
    }
    const reason =
      code === 'EISDIR' ? 'it is a folder, not a file'
      : code === 'EACCES' || code === 'EPERM' ? 'no permission to read it'
      : (error as Error).message;
    throw new CatalogueError('CATALOGUE_UNREADABLE', source, [{ path: '', message: `cannot read ${source}: ${reason}` }]);
  }
}

/** Parses catalogue JSON text; `source` names the file in error messages. */
export function parseCatalogueText(text: string, source = 'catalogue text'): Catalogue {
  // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse rejects.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const message = describeJsonError(json, error as Error);
    throw new CatalogueError('CATALOGUE_INVALID_JSON', source, [{ path: '', message }]);
  }
  return parseCatalogue(data, source);
}

function describeJsonError(json: string, error: Error): string {
  if (json.trim() === '') return 'the file is empty';
  const problem = findJsonSyntaxProblem(json);
  if (!problem) return `not valid JSON: ${error.message}`;
  return `not valid JSON at line ${problem.line} column ${problem.column}: ${problem.message}`;
}

/** Validates already-parsed data, e.g. a catalogue uploaded through a coordinator command. */
export function parseCatalogue(data: unknown, source = 'catalogue data'): Catalogue {
  const result = CatalogueSchema.safeParse(data, { error: catalogueErrorMap });
  if (!result.success) throw new CatalogueError('CATALOGUE_INVALID', source, toProblems(result.error));
  return result.data;
}

export function findProgramme(catalogue: Catalogue, code: string): Programme | undefined {
  return catalogue.programmes.find((programme) => programme.code === code.trim());
}

/** All work processes of a programme in qualification-file order, across its core tasks. */
export function workProcessesOf(programme: Programme): WorkProcess[] {
  return programme.coreTasks.flatMap((task) => task.workProcesses);
}

/**
 * "B1-K1-W2 Stelt het zorgplan op" in the chosen language; falls back to the Dutch title when a
 * school's file has no English one. Undefined when the programme has no such work process.
 */
export function describeWorkProcess(programme: Programme, code: string, lang: Lang): string | undefined {
  const workProcess = workProcessesOf(programme).find((wp) => wp.code === code.trim());
  if (!workProcess) return undefined;
  const title = lang === 'en' ? (workProcess.titleEn ?? workProcess.title) : workProcess.title;
  return `${workProcess.code} ${title}`;
}
