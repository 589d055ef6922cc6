import type { Round } from '../domain/round.js';
import type { RoundFigures } from './round-figures.js';

// A school year runs from 1 August to 31 July: a round belongs to the year its internships start in.

export function schoolYearOf(round: Pick<Round, 'internshipStart'>): string {
  const [year, month] = round.internshipStart.split('-').map(Number);
  const first = month >= 8 ? year : year - 1;
  return `${first}-${first + 1}`;
}

/** The totals of several rounds' figures added up (a school year's), with how many rounds they cover. */
export function addTotals(figures: readonly RoundFigures[]): RoundFigures['totals'] & { rounds: number } {
  const sum = (key: keyof RoundFigures['totals']) => figures.reduce((n, f) => n + f.totals[key], 0);
  return { rounds: figures.length, imported: sum('imported'), confirmed: sum('confirmed'), ownPlace: sum('ownPlace'), placed: sum('placed'), waiting: sum('waiting') };
}
