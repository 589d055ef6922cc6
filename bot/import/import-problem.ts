import type { ImportMessage } from './import-messages.js';

export type ImportProblemCode =
  | 'file-empty' | 'file-too-large' | 'too-many-rows' | 'no-rows' | 'not-csv' | 'csv-syntax' | 'column-count'
  | 'header-unknown' | 'header-missing' | 'header-duplicate'
  | 'student-number' | 'programme' | 'programme-not-in-round' | 'programme-not-in-catalogue'
  | 'identity-missing' | 'teams-id' | 'email' | 'name' | 'language' | 'yes-no'
  | 'duplicate-in-file' | 'duplicate-in-round';

/** One thing to fix. Line as in the file (header = 1); 0 means the file as a whole. */
export interface ImportProblem {
  line: number;
  /** The column as the file names it, when the problem is about one value. */
  column?: string;
  code: ImportProblemCode;
  message: ImportMessage;
}

/** File order, so the coordinator can work top to bottom; the sort is stable within a line. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}
