// How the companies' offers of a round cover its students, per programme and per work process, for
// the coordinators while the round is open. Pure: a function of the stored document and catalogue.
//
// Capacity is what a company can really take: min(places, supervision) per offer (usableCapacity),
// summed over offers. An offer for two programmes counts in both lines (it can serve either), so
// lines of different programmes must not be added up.
import { findProgramme, offerWorkProcessRefs, workProcessesOf, workProcessRef, type Catalogue, type Programme } from '../catalogue/index.js';
import type { Offer } from '../domain/offer.js';
import { usableCapacity } from '../domain/offer.js';
import type { Student } from '../domain/student.js';
import { ASKED_OF_STUDENT, requirementsToAsk, type AskedRequirement } from '../domain/requirement-kinds.js';
import { unansweredRequirements } from '../intake/intake-steps.js';
import type { KoppelView } from '../koppel-data.js';
import { canWriteTo } from '../people.js';

export interface SupplyLine {
  /** Programme code, or `<programme code>:<work-process code>` (the same W-code means different work in another programme). */
  key: string;
  /** From the catalogue: the programme's name, or the work process's code and title. */
  label: string;
  places: number;
  supervision: number;
  usable: number;
  /** Confirmed students wanting it. */
  students: number;
  /** All students of the round in that programme (not own-placement) wanting it. */
  studentsTotal: number;
  /** max(0, studentsTotal - usable) */
  shortage: number;
  programmeCode: string;
  /** Set on work-process lines only. */
  workProcess?: string;
}

export interface RoundSupply {
  companiesInvited: number;
  companiesAnswered: number;
  perProgramme: SupplyLine[];
  /** Work processes that an offer offers or a student wants, per programme in catalogue order. */
  perWorkProcess: SupplyLine[];
  /** Invited companies without an offer in this round, by id. */
  unanswered: string[];
  /** How far the round's students are: imported, reachable in chat, and where they are in the intake. */
  students: { imported: number; reachable: number; started: number; confirmed: number; ownPlacement: number };
  /**
   * Per requirement an offer of the round needs: confirmed students of a programme it is asked in who
   * never answered it (they confirmed before the offer came, or were imported without it). Until they
   * answer, the matching treats them as not meeting it.
   */
  neverAsked: Array<{ requirement: AskedRequirement; students: number }>;
  /** Offers whose other requirement (free text) waits for the school's review (`ronde eisen`). */
  otherRequirementsPending: number;
  /** Calendar days (Europe/Amsterdam) until each moment of the round; negative once passed. Set when `now` is given. */
  daysLeft?: { wishes: number; offers: number; release: number };
}

export function roundSupply(data: Readonly<KoppelView>, roundId: string, catalogue: Catalogue, now?: Date): RoundSupply {
  const round = Object.hasOwn(data.rounds, roundId) ? data.rounds[roundId] : undefined;
  const offers = Object.values(data.offers).filter((o) => o.roundId === roundId && Object.hasOwn(data.companies, o.companyId));
  // Students who found their own place need none of these places.
  const students = Object.values(data.students).filter((s) => s.roundId === roundId && s.intakeStatus !== 'own-placement');
  const answered = new Set(offers.map((o) => o.companyId));
  // A company that answered was evidently reached, even if its contacts have since been removed.
  const invited = Object.values(data.companies)
    .filter((c) => c.contacts.length > 0 || c.pendingContactEmails.length > 0 || answered.has(c.id))
    .map((c) => c.id);
  const programmes = (round?.programmeCodes ?? []).map((code) => ({ code, programme: findProgramme(catalogue, code) }));
  return {
    companiesInvited: invited.length,
    companiesAnswered: answered.size,
    perProgramme: programmes.map(({ code, programme }) => programmeLine(code, programme, offers, students)),
    perWorkProcess: programmes.flatMap(({ programme }) => (programme ? workProcessLines(programme, offers, students) : [])),
    unanswered: invited.filter((id) => !answered.has(id)).sort(compare),
    students: studentProgress(data, Object.values(data.students).filter((s) => s.roundId === roundId)),
    neverAsked: neverAsked(offers, students.filter((s) => s.intakeStatus === 'confirmed'), roundId),
    otherRequirementsPending: offers.filter((o) => o.otherRequirement?.review === 'pending').length,
    ...(round && now ? { daysLeft: { wishes: daysBetween(now, round.wishesDeadline), offers: daysBetween(now, round.offersDeadline), release: daysBetween(now, round.releaseAt) } } : {}),
  };
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Whole calendar days from `now` to `moment` as people in the Netherlands count them (0: today). */
function daysBetween(now: Date, moment: string): number {
  const day = (d: Date) => Date.parse(`${amsterdamDay.format(d)}T00:00:00Z`);
  return Math.round((day(new Date(moment)) - day(now)) / 86_400_000);
}

function neverAsked(offers: readonly Offer[], confirmed: readonly Student[], roundId: string): RoundSupply['neverAsked'] {
  const counts = new Map<AskedRequirement, number>();
  for (const student of confirmed) {
    for (const r of unansweredRequirements(student, requirementsToAsk(offers, roundId, student.programmeCode))) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  return ASKED_OF_STUDENT.flatMap((requirement) => (counts.has(requirement) ? [{ requirement, students: counts.get(requirement)! }] : []));
}

function studentProgress(data: Pick<KoppelView, 'conversations'>, all: readonly Student[]): RoundSupply['students'] {
  const count = (status: Student['intakeStatus']) => all.filter((s) => s.intakeStatus === status).length;
  return { imported: all.length, reachable: all.filter((s) => canWriteTo(data, s.identities)).length, started: count('started'), confirmed: count('confirmed'), ownPlacement: count('own-placement') };
}

function programmeLine(code: string, programme: Programme | undefined, offers: readonly Offer[], students: readonly Student[]): SupplyLine {
  return line(
    { key: code, label: programme?.name ?? code, programmeCode: code },
    offers.filter((o) => o.programmeCodes.includes(code)),
    students.filter((s) => s.programmeCode === code),
  );
}

function workProcessLines(programme: Programme, offers: readonly Offer[], students: readonly Student[]): SupplyLine[] {
  const ofProgramme = offers.filter((o) => o.programmeCodes.includes(programme.code));
  const inProgramme = students.filter((s) => s.programmeCode === programme.code);
  return workProcessesOf(programme).flatMap((wp) => {
    const ref = workProcessRef(programme.code, wp.code);
    const offering = ofProgramme.filter((o) => offerWorkProcessRefs(o).includes(ref));
    const wanting = inProgramme.filter((s) => s.learningWish?.workProcesses.includes(wp.code) === true);
    if (offering.length === 0 && wanting.length === 0) return [];
    const id = { key: `${programme.code}:${wp.code}`, label: `${wp.code} ${wp.title}`, programmeCode: programme.code, workProcess: wp.code };
    return [line(id, offering, wanting)];
  });
}

type LineId = Pick<SupplyLine, 'key' | 'label' | 'programmeCode' | 'workProcess'>;

function line(id: LineId, offers: readonly Offer[], students: readonly Student[]): SupplyLine {
  const usable = sum(offers.map((o) => usableCapacity(o)));
  const studentsTotal = students.length;
  return {
    ...id,
    places: sum(offers.map((o) => o.places)),
    supervision: sum(offers.map((o) => o.supervisionCapacity)),
    usable,
    students: students.filter((s) => s.intakeStatus === 'confirmed').length,
    studentsTotal,
    shortage: Math.max(0, studentsTotal - usable),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
