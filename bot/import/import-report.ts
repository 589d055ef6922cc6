// The chat message after an import: short enough to read in Teams or Slack.
import { reportMessages, type Language } from './import-messages.js';
import type { ImportProblem } from './import-problem.js';
import type { ImportReport } from './import-students.js';

export const MAX_PROBLEM_LINES = 20;

export function formatImportReport(report: ImportReport, language: Language): string {
  if (report.ok) return reportMessages.imported(report.imported)[language];
  const shown = report.problems.slice(0, MAX_PROBLEM_LINES).map((problem) => `- ${describe(problem, language)}`);
  const hidden = report.problems.length - shown.length;
  const more = hidden > 0 ? [reportMessages.more(hidden)[language]] : [];
  return [reportMessages.rejected(report.problems.length)[language], ...shown, ...more].join('\n');
}

function describe(problem: ImportProblem, language: Language): string {
  const where = problem.line > 0 ? `${reportMessages.line(problem.line)[language]}: ` : '';
  return `${where}${problem.message[language]}`;
}
