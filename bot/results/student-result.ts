import { resultsVisible } from '../rounds/round-lifecycle.js';
import type { KoppelView } from '../koppel-data.js';
import { byIds, byKeys, roundKey, studentKey, type Scope } from '../store/index.js';
import type { Requirement } from '../domain/common.js';
import { isArrangedAfterMatch } from '../domain/requirement-kinds.js';
import type { Placement } from '../domain/placement.js';
import { activePlacement, placementsOf, releasedMatch } from '../follow-up/placements.js';
import { ownRecord } from '../own-record.js';
import { contactOf, type ContactInfo } from '../school-contact.js';
import type { Round } from '../domain/round.js';
import type { Student } from '../domain/student.js';

/**
 * What a student may see of their result, decided here on the server at the moment of asking:
 * before the release moment nothing but the moment itself, whatever the client shows or caches.
 */
export type StudentResult = StudentResultKind & {
  /** Whom the student can ask: the round's contact person, else the school's. */
  contact?: ContactInfo;
};

type StudentResultKind =
  | { kind: 'not-yet'; roundName: string; releaseAt: string }
  | {
    kind: 'placed'; roundName: string; companyName: string; locationLabel: string; municipality: string; learnText: string; internshipStart: string; minutes?: number; mode?: string; allowancePerMonth?: number;
    /** The follow-up: whether the student acknowledged, the introduction meeting, and what to arrange (a VOG). */
    acknowledged: boolean; meeting?: StudentMeeting; todos: Requirement[];
    /** How the VOG stands, when the offer asks one and the student (or a coordinator) marked it. */
    certificateOfConduct?: 'requested' | 'arranged';
  }
  | { kind: 'own-placement'; roundName: string; companyName: string; place: string }
  /** `newPlaceBy`: a place fell through, and the school promised a new one by then. */
  | { kind: 'no-place-yet'; roundName: string; newPlaceBy?: string };

export interface StudentMeeting {
  proposed: string[];
  chosen?: string;
  otherAsked: boolean;
  heldConfirmed: boolean;
  /** The chosen moment has come: the student may confirm the meeting took place. */
  passed: boolean;
}


/**
 * What `studentResult` reads, given what was read so far: the student, their round and, once it may
 * be shown, the round's runs and matches, the offer they were placed on and its company.
 */
export function studentResultScope(studentId: string, now: Date): (data: Readonly<KoppelView>) => Scope {
  return (data) => {
    const student = Object.hasOwn(data.students, studentId) ? data.students[studentId] : undefined;
    if (!student) return { students: byIds(studentId) };
    const round = Object.hasOwn(data.rounds, student.roundId) ? data.rounds[student.roundId] : undefined;
    if (!round || !resultsVisible(round, now) || student.ownPlacement) return { students: byIds(studentId), rounds: byIds(student.roundId) };
    const placement = activePlacement(data, studentId);
    const match = releasedMatch(data, round.id, studentId);
    const offerId = placement?.offerId ?? match?.offerId ?? undefined;
    const offer = offerId && Object.hasOwn(data.offers, offerId) ? data.offers[offerId] : undefined;
    const ofRound = byKeys(roundKey(round.id));
    return {
      students: byIds(studentId), rounds: byIds(round.id), matchRuns: ofRound, matches: ofRound, rematches: ofRound, placements: byKeys(studentKey(studentId)),
      offers: byIds(offerId), companies: byIds(offer?.companyId),
    };
  };
}

export function studentResult(data: Readonly<KoppelView>, studentId: string, now: Date, fallbackContact?: string): StudentResult | undefined {
  const student = ownRecord(data.students, studentId);
  const round = student && ownRecord(data.rounds, student.roundId);
  if (!student || !round) return undefined;
  const contact = contactOf(round, fallbackContact);
  const result = resultOf(data, student, round, now);
  return contact ? { ...result, contact } : result;
}

function resultOf(data: Readonly<KoppelView>, student: Student, round: Round, now: Date): StudentResultKind {
  const studentId = student.id;
  if (!resultsVisible(round, now)) return { kind: 'not-yet', roundName: round.name, releaseAt: round.releaseAt };
  if (student.ownPlacement) return { kind: 'own-placement', roundName: round.name, companyName: student.ownPlacement.companyName, place: student.ownPlacement.place };
  const placements = placementsOf(data, studentId).filter((p) => p.roundId === round.id);
  const placement = activePlacement(data, studentId);
  // Once the follow-up started, the placement decides: a place that fell through is not shown again.
  if (placements.length > 0 && !placement) return { kind: 'no-place-yet', roundName: round.name, ...newPlaceBy(placements) };
  const match = placement ? undefined : releasedMatch(data, round.id, studentId);
  const offerId = placement?.offerId ?? match?.offerId;
  const offer = offerId ? ownRecord(data.offers, offerId) : undefined;
  const company = offer && ownRecord(data.companies, offer.companyId);
  const location = company?.locations.find((l) => l.id === offer?.locationId);
  if (!offer || !company || !location) return { kind: 'no-place-yet', roundName: round.name };
  const travel = (placement ? reasonsOf(data, placement) : match?.reasons)?.find((r) => r.code === 'travel')?.params;
  return {
    kind: 'placed', roundName: round.name, companyName: company.name, locationLabel: location.label, municipality: location.municipality,
    learnText: offer.learnText, internshipStart: round.internshipStart,
    ...(offer.allowancePerMonth === undefined ? {} : { allowancePerMonth: offer.allowancePerMonth }),
    ...(typeof travel?.minutes === 'number' ? { minutes: travel.minutes } : {}), ...(typeof travel?.mode === 'string' ? { mode: travel.mode } : {}),
    acknowledged: placement?.acknowledgedAt !== undefined,
    ...(placement?.meeting ? { meeting: {
      proposed: [...placement.meeting.proposed], ...(placement.meeting.chosen ? { chosen: placement.meeting.chosen } : {}),
      otherAsked: placement.meeting.otherAskedAt !== undefined, heldConfirmed: placement.meeting.heldByStudentAt !== undefined,
      passed: placement.meeting.chosen !== undefined && Date.parse(placement.meeting.chosen) <= now.getTime(),
    } } : {}),
    todos: offer.requirements.filter(isArrangedAfterMatch),
    ...(placement?.certificateOfConduct ? { certificateOfConduct: placement.certificateOfConduct.state } : {}),
  };
}

function newPlaceBy(placements: readonly Placement[]): { newPlaceBy?: string } {
  const by = placements.map((p) => p.refusal?.newPlaceBy).filter((at): at is string => at !== undefined).sort().at(-1);
  return by ? { newPlaceBy: by } : {};
}

/** The explanation the place came with: its run's match, or its rematch's proposal (none for a placement by hand). */
function reasonsOf(data: Readonly<KoppelView>, placement: Placement) {
  if (placement.origin === 'match') return Object.hasOwn(data.matches, placement.matchId) ? data.matches[placement.matchId].reasons : undefined;
  return Object.values(data.rematches).find((r) => placement.matchId.startsWith(`${r.id}_`))?.proposals.find((p) => p.studentId === placement.studentId)?.reasons;
}
