// What the two exports of a round's latest run hold, as data: only what a coordinator needs to act on
// (student numbers, no names; the company, the place and why, as codes). Wish texts, support details
// and the free text of a pin stay in Koppel. The files themselves, with their words and columns, are
// written by dialogs/coordinator/export-csv.ts in the coordinator's language.
import { findProgramme, type Catalogue, type Programme } from '../catalogue/index.js';
import { usableCapacity } from '../domain/offer.js';
import type { Round } from '../domain/round.js';
import type { KoppelView } from '../koppel-data.js';
import { ownRecord } from '../own-record.js';
import { compareText, unusedPlaces } from './run-preview.js';
import type { PreviewStudent, RunPreview } from './run-types.js';

/** A student's row: the preview's, with the municipality of a placed student's place. */
export type ExportedStudent = PreviewStudent & { municipality?: string };

export interface ExportFigures {
  students: number;
  confirmed: number;
  ownPlace: number;
  matched: number;
  unmatched: number;
  usable: number;
  unused: number;
}

export interface RunExport {
  runId: string;
  students: ExportedStudent[];
  /** Per programme of the round (or of one of its students), then the total. */
  programmes: Array<{ code: string; programme?: Programme; figures: ExportFigures }>;
  total: ExportFigures;
}

function municipalityOf(data: Readonly<KoppelView>, offerId: string): string {
  const offer = ownRecord(data.offers, offerId);
  const company = offer && ownRecord(data.companies, offer.companyId);
  return company?.locations.find((l) => l.id === offer?.locationId)?.municipality ?? '';
}

function figuresOf(data: Readonly<KoppelView>, round: Round, students: readonly PreviewStudent[], code?: string): ExportFigures {
  const inRound = Object.values(data.students).filter((s) => s.roundId === round.id && (code === undefined || s.programmeCode === code));
  const ids = new Set(inRound.map((s) => s.id));
  const mine = students.filter((s) => ids.has(s.studentId));
  const offers = Object.values(data.offers).filter((o) => o.roundId === round.id && (code === undefined || o.programmeCodes.includes(code)));
  return {
    students: inRound.length,
    confirmed: inRound.filter((s) => s.intakeStatus === 'confirmed').length,
    ownPlace: inRound.filter((s) => s.intakeStatus === 'own-placement').length,
    matched: mine.filter((s) => s.status === 'matched').length,
    unmatched: mine.filter((s) => s.status === 'unmatched').length,
    usable: offers.reduce((sum, o) => sum + usableCapacity(o), 0),
    // An offer open to several programmes counts in each of their rows, and once in the total.
    unused: unusedPlaces(data, round.id, students, code),
  };
}

export function runExport(data: Readonly<KoppelView>, round: Round, preview: RunPreview, catalogue: Catalogue): RunExport {
  const codes = new Set([...round.programmeCodes, ...Object.values(data.students).filter((s) => s.roundId === round.id).map((s) => s.programmeCode)]);
  return {
    runId: preview.run.id,
    students: preview.students.map((s) => (s.status === 'matched' ? { ...s, municipality: municipalityOf(data, s.offerId) } : s)),
    programmes: [...codes].sort(compareText).map((code) => {
      const programme = findProgramme(catalogue, code);
      return { code, ...(programme ? { programme } : {}), figures: figuresOf(data, round, preview.students, code) };
    }),
    total: figuresOf(data, round, preview.students),
  };
}
