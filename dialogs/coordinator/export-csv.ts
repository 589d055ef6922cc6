// The two export files of a round's latest run, written in the coordinator's language from the
// run's data (bot/matching-runs/run-exports.ts): the matching per student number and the figures
// per programme, as CSV that Excel opens (bot/matching-runs/csv.ts).
import type { Programme } from '../../bot/catalogue/index.js';
import { renderTitledHelp, renderTitledReason, ruleNames, type MatchReason } from '../../bot/explanations.js';
import { toCsv, type Cell } from '../../bot/matching-runs/csv.js';
import type { ExportedStudent, ExportFigures, RunExport } from '../../bot/matching-runs/run-service.js';
import { textsFor } from '../texts/index.js';
import type { Language } from '../turn.js';
import { previewCauseText } from './preview-cause.js';

type Titles = { programmes: Programme[] };

function reasonText(reason: MatchReason, catalogue: Titles, language: Language): string {
  const t = textsFor(language).exportFiles;
  if (reason.code === 'learning_wish') return t.learningWish;
  if (reason.code !== 'pinned') return renderTitledReason(reason, catalogue, language);
  const broken = ruleNames(reason.brokenRules, language);
  return broken === '' ? t.pinned : `${t.pinned} (${t.brokenRules(broken)})`;
}

function resultRow(s: ExportedStudent, catalogue: Titles, language: Language): Cell[] {
  const t = textsFor(language).exportFiles;
  switch (s.status) {
    case 'matched': {
      const reasons = s.reasons.map((r) => reasonText(r, catalogue, language)).join('; ');
      return [s.studentNumber, t.status.matched, s.companyName, s.offerId, s.municipality ?? '', s.minutes, s.pinned ? t.yes : t.no, reasons, null];
    }
    case 'unmatched': {
      const causes = s.causes.map((c) => previewCauseText(c, language)).join('; ');
      const help = s.help.map((h) => renderTitledHelp(h, catalogue, language)).join('; ');
      return [s.studentNumber, t.status.unmatched, null, null, null, null, t.no, causes, help];
    }
    case 'proposed':
      // The proposals stage: the offers a student may choose from, best first.
      return [s.studentNumber, t.status.proposed, s.proposals.map((p) => p.companyName).join(' | '), s.proposals.map((p) => p.offerId).join(' | '), null, null, t.no, null, null];
    case 'left-out':
      return [s.studentNumber, t.status[s.reason], null, null, null, null, t.no, null, null];
  }
}

const cells = (f: ExportFigures): Cell[] => [f.students, f.confirmed, f.ownPlace, f.matched, f.unmatched, f.usable, f.unused];

export interface ExportFile {
  name: string;
  csv: string;
}

/** Ids may hold ':', which Windows does not allow in a file name. */
function fileName(roundId: string, runId: string, what: string): string {
  return `koppel-${roundId}-${runId}-${what}.csv`.replace(/[^A-Za-z0-9_.-]/g, '-');
}

export function resultFile(roundId: string, exported: RunExport, catalogue: Titles, language: Language): ExportFile {
  const t = textsFor(language).exportFiles;
  return { name: fileName(roundId, exported.runId, t.resultFile), csv: toCsv(t.resultHeader, exported.students.map((s) => resultRow(s, catalogue, language))) };
}

export function figuresFile(roundId: string, exported: RunExport, language: Language): ExportFile {
  const t = textsFor(language).exportFiles;
  const rows = exported.programmes.map(({ code, programme, figures }): Cell[] => [code, programme ? (language === 'nl' ? programme.name : programme.nameEn) : '', ...cells(figures)]);
  return { name: fileName(roundId, exported.runId, t.figuresFile), csv: toCsv(t.figuresHeader, [...rows, [t.total, null, ...cells(exported.total)]]) };
}
