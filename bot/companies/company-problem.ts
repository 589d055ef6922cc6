// The problem type of the company import and registration: the student import's shape
// ({line, column?, code, message}), with the codes that only companies have.
import type { ImportProblem as StudentImportProblem, ImportProblemCode } from '../import/import-problem.js';

export type CompanyProblemCode =
  | ImportProblemCode
  | 'company-name' | 'sbb-number' | 'kvk-number' | 'location-label' | 'postcode' | 'municipality'
  | 'municipality-unknown' | 'postcode-elsewhere' | 'no-contact' | 'sbb-name-conflict' | 'kvk-conflict'
  | 'duplicate-in-store' | 'contact-known' | 'contact-conflict';

/**
 * One thing to fix (or, as a warning, to know). Line as in the file (header = 1); 0 means the file
 * as a whole, or, for a single registration, the form, with `column` naming the input field.
 */
export interface ImportProblem extends Omit<StudentImportProblem, 'code'> {
  code: CompanyProblemCode;
}

/** File order, so the coordinator can work top to bottom; stable within a line. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}
