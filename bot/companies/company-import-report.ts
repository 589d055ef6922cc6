// The chat message after a company import: short enough to read in Teams or Slack.
import { companyReportMessages as m, type Language } from './company-import-messages.js';
import type { ImportProblem } from './company-problem.js';
import type { CompanyImportReport } from './import-companies.js';

export const MAX_PROBLEM_LINES = 20;

export function formatCompanyImportReport(report: CompanyImportReport, language: Language): string {
  if (report.ok) {
    const notes = report.warnings.length > 0 ? [m.warnings(report.warnings.length)[language], ...listed(report.warnings, language)] : [];
    return [m.imported(report.imported)[language], ...notes].join('\n');
  }
  return [m.rejected(report.problems.length)[language], ...listed(report.problems, language)].join('\n');
}

function listed(problems: readonly ImportProblem[], language: Language): string[] {
  const shown = problems.slice(0, MAX_PROBLEM_LINES).map((problem) => `- ${describe(problem, language)}`);
  const hidden = problems.length - shown.length;
  return hidden > 0 ? [...shown, m.more(hidden)[language]] : shown;
}

function describe(problem: ImportProblem, language: Language): string {
  const where = problem.line > 0 ? `${m.line(problem.line)[language]}: ` : '';
  return `${where}${problem.message[language]}`;
}
