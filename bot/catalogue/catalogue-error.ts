// One error class for everything that can go wrong loading a catalogue. The code tells callers
// what kind of failure it was; the problems tell the person who maintains the file what to fix.

export type CatalogueErrorCode =
  | 'CATALOGUE_FILE_NOT_FOUND'
  | 'CATALOGUE_UNREADABLE'
  | 'CATALOGUE_INVALID_JSON'
  | 'CATALOGUE_INVALID';

export interface CatalogueProblem {
  /** Where in the file, e.g. programmes[2].coreTasks[0].code; empty when the whole file is meant. */
  path: string;
  message: string;
}

export function describeProblem(problem: CatalogueProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

const HEADINGS: Record<CatalogueErrorCode, string> = {
  CATALOGUE_FILE_NOT_FOUND: 'Catalogue not found',
  CATALOGUE_UNREADABLE: 'Catalogue could not be read',
  CATALOGUE_INVALID_JSON: 'Catalogue is not valid JSON',
  CATALOGUE_INVALID: 'Catalogue has problems',
};

export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';

  constructor(
    readonly code: CatalogueErrorCode,
    /** The file that was being loaded, as an absolute path. */
    readonly source: string,
    readonly problems: readonly CatalogueProblem[],
  ) {
    super(CatalogueError.compose(code, source, problems));
  }

  /** One line per problem, so a long list stays readable in logs and chat. */
  private static compose(code: CatalogueErrorCode, source: string, problems: readonly CatalogueProblem[]): string {
    const lines = problems.map((p) => `- ${describeProblem(p)}`);
    return [`${HEADINGS[code]} (${source}):`, ...lines].join('\n');
  }
}
