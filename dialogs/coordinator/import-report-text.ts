import type { CompanyImportReport } from '../../bot/companies/import-companies.js';
import type { ImportMessage } from '../../bot/import/import-messages.js';
import type { ImportProblem } from '../../bot/import/import-problem.js';
import type { StudentImportOutcome } from '../../bot/import/import-students.js';
import { textsFor, type Texts } from '../texts/index.js';
import type { Language } from '../turn.js';

// The chat message after an import, in the coordinator's language: short enough to read in Teams or
// Slack, every problem with its line, the first ones only when there are many.

export const MAX_PROBLEM_LINES = 20;

/** One import message in the coordinator's language. */
export function importMessageText(message: ImportMessage, language: Language): string {
  // The table is typed per code (ImportMessageTexts); TypeScript cannot follow a code and its values
  // through a union together, so the one call is untyped here.
  const say = textsFor(language).importMessages[message.code] as (...values: readonly unknown[]) => string;
  return say(...message.values);
}

export function studentImportText(outcome: StudentImportOutcome, language: Language): string {
  const t = textsFor(language).importReport.students;
  if (outcome.ok) return t.imported(outcome.imported);
  if ('refusal' in outcome) return importMessageText(outcome.refusal, language);
  return [t.rejected(outcome.problems.length), ...listed(outcome.problems, language, t)].join('\n');
}

export function companyImportText(report: CompanyImportReport, language: Language): string {
  const t = textsFor(language).importReport.companies;
  if (report.ok) {
    const notes = report.warnings.length > 0 ? [t.warnings(report.warnings.length), ...listed(report.warnings, language, t)] : [];
    return [t.imported(report.imported), ...notes].join('\n');
  }
  return [t.rejected(report.problems.length), ...listed(report.problems, language, t)].join('\n');
}

type Lines = Pick<Texts['importReport']['students'], 'line' | 'more'>;

function listed(problems: readonly Pick<ImportProblem, 'line' | 'message'>[], language: Language, t: Lines): string[] {
  const shown = problems.slice(0, MAX_PROBLEM_LINES).map((problem) => {
    const where = problem.line > 0 ? `${t.line(problem.line)}: ` : '';
    return `- ${where}${importMessageText(problem.message, language)}`;
  });
  const hidden = problems.length - shown.length;
  return hidden > 0 ? [...shown, t.more(hidden)] : shown;
}
