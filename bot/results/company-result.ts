import { studentWorkProcessRefs, workProcessTitle, type Catalogue } from '../catalogue/index.js';
import type { Requirement } from '../domain/common.js';
import type { Placement } from '../domain/placement.js';
import type { KoppelView } from '../koppel-data.js';
import { latestRun } from '../matching-runs/run-records.js';
import { resultsVisible } from '../rounds/round-lifecycle.js';
import { byIds, byKeys, companyKey, roundKey, type Scope } from '../store/index.js';

/**
 * What a company may know of its students, per round: nothing before the release moment; after it
 * only what the work needs — first name, learning wish, work processes and start date. That the
 * student asked for extra support, and what they need, only when the student chose to share it: the
 * intake promises that support is seen by the school alone unless the student says otherwise.
 */
export interface CompanyStudents {
  roundId: string;
  roundName: string;
  released: boolean;
  releaseAt: string;
  internshipStart: string;
  students: CompanyStudent[];
  /** Places offered but not needed this round, once the result is out: nobody keeps them free for nothing. */
  placesLeft: number;
}

export interface CompanyStudent {
  firstName: string;
  learningWish: string;
  /** titles, not bare codes: a code alone means different work in different qualifications */
  workProcesses: { ref: string; nl: string; en: string }[];
  /** True only when the student asked for support and chose that the company may know. */
  extraSupport: boolean;
  supportDetails?: string;
  location: string;
  /** The follow-up (absent in the moment between the release and the placements being made). */
  placementId?: string;
  meeting?: { proposed: string[]; chosen?: string; otherAsked: boolean; heldConfirmed: boolean; passed: boolean };
  refusalPending: boolean;
  /** The offer's own requirements, the only ones a refusal may name. */
  requirements: Requirement[];
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
    const placedLater = Object.values(data.placements).filter((p) => p.companyId === companyId && !p.endedAt).map((p) => p.studentId);
    return {
      companies: byIds(companyId), offers: byKeys(companyKey(companyId)), rounds: byIds(...new Set(offers.map((o) => o.roundId))),
      matchRuns: shown, matches: shown, students: byIds(...placed, ...placedLater), placements: byKeys(companyKey(companyId)),
    };
  };
}

/** The matches of the round's latest run that place a student with the company. */
function placedWith(data: Readonly<KoppelView>, roundId: string, companyId: string) {
  const run = latestRun(data, roundId);
  return Object.values(data.matches).filter((m) => m.runId === run?.id && m.offerId && data.offers[m.offerId]?.companyId === companyId);
}

export function companyStudents(data: Readonly<KoppelView>, companyId: string, now: Date, catalogue: Pick<Catalogue, 'programmes'> = { programmes: [] }): CompanyStudents[] {
  const rounds = Object.values(data.rounds).filter((r) => Object.values(data.offers).some((o) => o.roundId === r.id && o.companyId === companyId));
  return rounds.map((round) => {
    const released = resultsVisible(round, now);
    const base = { roundId: round.id, roundName: round.name, released, releaseAt: round.releaseAt, internshipStart: round.internshipStart };
    if (!released) return { ...base, students: [], placesLeft: 0 };
    const placements = Object.values(data.placements).filter((p) => p.roundId === round.id && p.companyId === companyId);
    // The placements decide once they exist; in the moment before, the released matches do.
    const holding = placements.length > 0
      ? placements.filter((p) => !p.endedAt).map((p) => ({ studentId: p.studentId, offerId: p.offerId, placement: p }))
      : placedWith(data, round.id, companyId).map((m) => ({ studentId: m.studentId, offerId: m.offerId!, placement: undefined }));
    const students = holding.map(({ studentId, offerId, placement }) => studentAsCompanySees(data, companyId, studentId, offerId, placement, now, catalogue))
      .sort((a, b) => a.firstName.localeCompare(b.firstName));
    const offered = Object.values(data.offers).filter((o) => o.roundId === round.id && o.companyId === companyId)
      .reduce((sum, o) => sum + Math.min(o.places, o.supervisionCapacity), 0);
    return { ...base, students, placesLeft: Math.max(0, offered - students.length) };
  });
}

function studentAsCompanySees(data: Readonly<KoppelView>, companyId: string, studentId: string, offerId: string, placement: Placement | undefined, now: Date, catalogue: Pick<Catalogue, 'programmes'>): CompanyStudent {
  const student = data.students[studentId];
  const offer = data.offers[offerId];
  const location = data.companies[companyId]?.locations.find((l) => l.id === offer?.locationId);
  const meeting = placement?.meeting;
  return {
    firstName: (student?.displayName && firstNameOf(student.displayName)) || student?.studentNumber || '',
    learningWish: student?.learningWish?.text ?? '',
    workProcesses: studentWorkProcessRefs(student?.programmeCode ?? '', student?.learningWish?.workProcesses ?? [])
      .map((ref) => ({ ref, nl: workProcessTitle(catalogue, ref, 'nl'), en: workProcessTitle(catalogue, ref, 'en') })),
    // Only what the student chose to share with the company: not even that support was asked, otherwise.
    extraSupport: sharedSupport(student) !== undefined,
    ...(sharedSupport(student)?.details ? { supportDetails: sharedSupport(student)?.details } : {}),
    location: location ? `${location.label}, ${location.municipality}` : '',
    ...(placement ? { placementId: placement.id } : {}),
    ...(meeting ? { meeting: { proposed: [...meeting.proposed], ...(meeting.chosen ? { chosen: meeting.chosen } : {}), otherAsked: meeting.otherAskedAt !== undefined, heldConfirmed: meeting.heldByCompanyAt !== undefined, passed: meeting.chosen !== undefined && Date.parse(meeting.chosen) <= now.getTime() } } : {}),
    refusalPending: placement?.refusal !== undefined && placement.refusal.decision === undefined,
    requirements: [...(offer?.requirements ?? [])],
  };
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

function sharedSupport(student: KoppelView['students'][string] | undefined) {
  const need = student?.supportNeed;
  return need?.wanted && need.shareWithCompany === true ? need : undefined;
}
