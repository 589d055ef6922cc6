import type { KoppelView } from '../koppel-data.js';
import { latestRun } from '../matching-runs/run-records.js';
import { resultsVisible } from '../rounds/round-lifecycle.js';
import { byIds, byKeys, companyKey, roundKey, type Scope } from '../store/index.js';

/**
 * What a company may know of its students, per round: nothing before the release moment; after it
 * only what the work needs — first name, learning wish, work processes, start date, and whether
 * extra support was asked; the details only when the student chose to share them with the company.
 */
export interface CompanyStudents {
  roundId: string;
  roundName: string;
  released: boolean;
  releaseAt: string;
  internshipStart: string;
  students: Array<{ firstName: string; learningWish: string; workProcesses: string[]; extraSupport: boolean; supportDetails?: string; location: string }>;
}

/**
 * What `companyStudents` reads, given what was read so far: the company and its offers, the rounds
 * of those offers and, of the rounds whose results may be shown, the runs, the matches and the
 * students placed with the company. Never other companies' students.
 */
export function companyStudentsScope(companyId: string, now: Date): (data: Readonly<KoppelView>) => Scope {
  return (data) => {
    const offers = Object.values(data.offers).filter((o) => o.companyId === companyId);
    const rounds = Object.values(data.rounds).filter((r) => offers.some((o) => o.roundId === r.id));
    const shown = byKeys(...rounds.filter((r) => resultsVisible(r, now)).map((r) => roundKey(r.id)));
    const placed = rounds.flatMap((r) => placedWith(data, r.id, companyId)).map((m) => m.studentId);
    return {
      companies: byIds(companyId), offers: byKeys(companyKey(companyId)), rounds: byIds(...new Set(offers.map((o) => o.roundId))),
      matchRuns: shown, matches: shown, students: byIds(...placed),
    };
  };
}

/** The matches of the round's latest run that place a student with the company. */
function placedWith(data: Readonly<KoppelView>, roundId: string, companyId: string) {
  const run = latestRun(data, roundId);
  return Object.values(data.matches).filter((m) => m.runId === run?.id && m.offerId && data.offers[m.offerId]?.companyId === companyId);
}

export function companyStudents(data: Readonly<KoppelView>, companyId: string, now: Date): CompanyStudents[] {
  const rounds = Object.values(data.rounds).filter((r) => Object.values(data.offers).some((o) => o.roundId === r.id && o.companyId === companyId));
  return rounds.map((round) => {
    const released = resultsVisible(round, now);
    const base = { roundId: round.id, roundName: round.name, released, releaseAt: round.releaseAt, internshipStart: round.internshipStart };
    if (!released) return { ...base, students: [] };
    const students = placedWith(data, round.id, companyId)
      .map((m) => {
        const student = data.students[m.studentId];
        const offer = data.offers[m.offerId!];
        const location = data.companies[companyId]?.locations.find((l) => l.id === offer.locationId);
        return {
          firstName: (student?.displayName && firstNameOf(student.displayName)) || student?.studentNumber || '',
          learningWish: student?.learningWish?.text ?? '',
          workProcesses: student?.learningWish?.workProcesses ?? [],
          extraSupport: student?.supportNeed?.wanted ?? false,
          // Only what the student chose to share with the company.
          ...(student?.supportNeed?.shareWithCompany && student.supportNeed.details ? { supportDetails: student.supportNeed.details } : {}),
          location: location ? `${location.label}, ${location.municipality}` : '',
        };
      })
      .sort((a, b) => a.firstName.localeCompare(b.firstName));
    return { ...base, students };
  });
}

/**
 * The first name in a name as school records write it: "Jansen, Piet" and "van der Berg, Anna" put
 * it after the comma, "Piet Jansen" first. A company never sees more than this.
 */
export function firstNameOf(displayName: string): string {
  const comma = displayName.indexOf(',');
  const given = comma >= 0 ? displayName.slice(comma + 1) : displayName;
  return given.trim().split(/\s+/)[0] ?? '';
}
