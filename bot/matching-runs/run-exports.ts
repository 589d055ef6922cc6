// The two CSV exports. Only what a coordinator needs to act on: student numbers (no names), the
// company, the place and why. Wish texts, support details and the free text of a pin stay in Koppel.
import { MESSAGES, renderCause, renderHelp, renderReason, type Language, type MatchReason } from '../../matching/index.js';
import { findProgramme, type Catalogue } from '../catalogue/index.js';
import { usableCapacity } from '../domain/offer.js';
import type { Round } from '../domain/round.js';
import type { KoppelView } from '../koppel-data.js';
import { toCsv, type Cell } from './csv.js';
import { EXPORT_MESSAGES } from './run-messages.js';
import { compareText, unusedPlaces } from './run-preview.js';
import { isBotCause, type PreviewCause, type PreviewStudent, type RunPreview } from './run-types.js';
import { ownRecord } from '../own-record.js';
import { titledHint, titledReason } from '../explanations.js';

function reasonText(reason: MatchReason, catalogue: Catalogue, lang: Language): string {
  if (reason.code === 'learning_wish') return EXPORT_MESSAGES[lang].learningWish;
  if (reason.code !== 'pinned') return renderReason(titledReason(reason, catalogue, lang), lang);
  const t = EXPORT_MESSAGES[lang];
  const broken = reason.brokenRules.map((r) => MESSAGES[lang].rule[r]).join(', ');
  return broken === '' ? t.pinned : `${t.pinned} (${t.brokenRules(broken)})`;
}

function causeText(cause: PreviewCause, lang: Language): string {
  return isBotCause(cause) ? EXPORT_MESSAGES[lang].unknownProgramme(cause.programme) : renderCause(cause, lang);
}

function locationOf(data: Readonly<KoppelView>, offerId: string): string {
  const offer = ownRecord(data.offers, offerId);
  const company = offer && ownRecord(data.companies, offer.companyId);
  return company?.locations.find((l) => l.id === offer?.locationId)?.municipality ?? '';
}

function resultRow(data: Readonly<KoppelView>, s: PreviewStudent, catalogue: Catalogue, lang: Language): Cell[] {
  const t = EXPORT_MESSAGES[lang];
  switch (s.status) {
    case 'matched': {
      const reasons = s.reasons.map((r) => reasonText(r, catalogue, lang)).join('; ');
      return [s.studentNumber, t.status.matched, s.companyName, s.offerId, locationOf(data, s.offerId), s.minutes, s.pinned ? t.yes : t.no, reasons, null];
    }
    case 'unmatched': {
      const causes = s.causes.map((c) => causeText(c, lang)).join('; ');
      const help = s.help.map((h) => renderHelp(titledHint(h, catalogue, lang), lang)).join('; ');
      return [s.studentNumber, t.status.unmatched, null, null, null, null, t.no, causes, help];
    }
    case 'proposed':
      // The proposals stage: the offers a student may choose from, best first.
      return [s.studentNumber, t.status.proposed, s.proposals.map((p) => p.companyName).join(' | '), s.proposals.map((p) => p.offerId).join(' | '), null, null, t.no, null, null];
    case 'left-out':
      return [s.studentNumber, t.status[s.reason], null, null, null, null, t.no, null, null];
  }
}

export function resultCsv(data: Readonly<KoppelView>, preview: RunPreview, catalogue: Catalogue, lang: Language): string {
  return toCsv(EXPORT_MESSAGES[lang].resultHeader, preview.students.map((s) => resultRow(data, s, catalogue, lang)));
}

interface Figures {
  students: number;
  confirmed: number;
  ownPlace: number;
  matched: number;
  unmatched: number;
  usable: number;
  unused: number;
}

function figuresOf(data: Readonly<KoppelView>, round: Round, students: readonly PreviewStudent[], code?: string): Figures {
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

const cells = (f: Figures): Cell[] => [f.students, f.confirmed, f.ownPlace, f.matched, f.unmatched, f.usable, f.unused];

export function figuresCsv(data: Readonly<KoppelView>, round: Round, preview: RunPreview, catalogue: Catalogue, lang: Language): string {
  const codes = new Set([...round.programmeCodes, ...Object.values(data.students).filter((s) => s.roundId === round.id).map((s) => s.programmeCode)]);
  const rows = [...codes].sort(compareText).map((code): Cell[] => {
    const programme = findProgramme(catalogue, code);
    const name = programme ? (lang === 'nl' ? programme.name : programme.nameEn) : '';
    return [code, name, ...cells(figuresOf(data, round, preview.students, code))];
  });
  const total: Cell[] = [EXPORT_MESSAGES[lang].total, null, ...cells(figuresOf(data, round, preview.students))];
  return toCsv(EXPORT_MESSAGES[lang].figuresHeader, [...rows, total]);
}
