import type { Catalogue, Programme } from '../catalogue/index.js';
import type { OrganisationSize } from '../domain/common.js';
import { findProgramme, workProcessesOf } from '../catalogue/index.js';
import type { Requirement } from '../domain/common.js';
import { requirementsToAsk, type AskedRequirement } from '../domain/requirement-kinds.js';
import type { Round } from '../domain/round.js';
import type { Student } from '../domain/student.js';
import type { KoppelView } from '../koppel-data.js';
import { acceptsWishes, lockedBecause, resultsVisible } from '../rounds/round-lifecycle.js';
import type { IntakeChange, IntakeRefusal } from './intake-change.js';
import type { WishAdvice } from './wish-coach.js';
import type { Notification } from '../notifications.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import { offersOpenTo, rankableOffers, type RankableOffer } from './rankable-offers.js';
import { missingParts, stepAfter } from './intake-steps.js';
import { readSettled, updateSettled } from '../scoped-work.js';
import { byIds, byKeys, roundKey, type KoppelStore, type Scope } from '../store/index.js';
import { ownRecord } from '../own-record.js';
import { abortable, type Abortable } from '../store/abort.js';
import { contactOf, type ContactInfo } from '../school-contact.js';

export interface IntakeView {
  student: Student;
  round: Round;
  programme: Programme;
  /** False after the deadline (or once the round closed): everything shows read-only. */
  editable: boolean;
  /** Why it is read-only, when it is: a closed round is not a passed deadline. */
  lockedBecause?: 'deadline-passed' | 'round-closed';
  /** Only from the release moment on may a student learn anything about the result. */
  resultsVisible: boolean;
  /** Ranked rounds only: the offers a student may put in their top 3. */
  rankable: RankableOffer[];
  /** The requirements asked of this student (yes or no): those an offer of their round for their programme needs. */
  requirementsAsked: AskedRequirement[];
  /** Whom the student can ask at school about this round. */
  contact?: ContactInfo;
}

/** `repeated`: the same confirmation again (a double click), which changed nothing. */
export type IntakeResult = { ok: true; view: IntakeView; repeated?: boolean } | { ok: false; refusal: IntakeRefusal; view: IntakeView };

/** Judges a learning wish before it is saved; blocking issues keep it from being stored. */
export type WishCheck = (text: string, programme: Programme) => Pick<WishAdvice, 'ok' | 'issues'>;

/** What a save decided on the intake it read: the change to make, or something to hand back instead (nothing saved). */
export type IntakeDecision<T> = { change: IntakeChange } | { keep: T };

/** A decided save: its result with the intake it was decided on, what was kept instead, or undefined when the student is in no round. */
export type DecidedSave<T> = (IntakeResult & { before: IntakeView; change: IntakeChange }) | { kept: T; before: IntakeView } | undefined;

export interface IntakeService {
  view(studentId: string): Promise<IntakeView | undefined>;
  save(studentId: string, change: IntakeChange): Promise<IntakeResult>;
  /**
   * Like save, with the change decided on the intake as the unit of work reads it: a card's submit
   * is checked against the same view it is saved on, so the turn reads nothing before it (on
   * PostgreSQL one round trip less). `decide` may run more than once and must only look at the view.
   */
  saveDecided<T>(studentId: string, decide: (view: IntakeView) => IntakeDecision<T>): Promise<DecidedSave<T>>;
}

// A refused change leaves the student as they were.
const refusals: Abortable<IntakeRefusal> = abortable();

export interface IntakeServiceOptions {
  store: KoppelStore;
  catalogue: Catalogue;
  gazetteer: Gazetteer;
  checkWish: WishCheck;
  now: () => Date;
  notifyCoordinators?: (notification: Notification) => Promise<void>;
  /** SCHOOL_CONTACT: whom to ask when the round names no contact person. */
  schoolContact?: string;
}

export function createIntakeService({ store, catalogue, gazetteer, checkWish, now, notifyCoordinators = async () => {}, schoolContact }: IntakeServiceOptions): IntakeService {
  const viewOf = (data: Readonly<KoppelView>, studentId: string): IntakeView | undefined => {
    const student = ownRecord(data.students, studentId);
    const round = student && ownRecord(data.rounds, student.roundId);
    const programme = student && findProgramme(catalogue, student.programmeCode);
    if (!student || !round || !programme) return undefined;
    const rankable = round.mechanism === 'ranked' ? rankableOffers(data, student, programme, gazetteer) : [];
    const locked = lockedBecause(round, round.wishesDeadline, now());
    const requirementsAsked = requirementsToAsk(Object.values(data.offers), round.id, student.programmeCode);
    const contact = contactOf(round, schoolContact);
    return {
      student, round, programme, editable: acceptsWishes(round, now()), ...(locked ? { lockedBecause: locked } : {}), resultsVisible: resultsVisible(round, now()), rankable, requirementsAsked,
      ...(contact ? { contact } : {}),
    };
  };

  // A student's own record, their round, its offers (which requirements to ask) and, in a ranked
  // round, the companies of the offers open to them (for the travel time): never other students.
  const scopeOf = (studentId: string) => (data: Readonly<KoppelView>): Scope => {
    const student = Object.hasOwn(data.students, studentId) ? data.students[studentId] : undefined;
    if (!student) return { students: byIds(studentId) };
    const round = Object.hasOwn(data.rounds, student.roundId) ? data.rounds[student.roundId] : undefined;
    const programme = findProgramme(catalogue, student.programmeCode);
    if (round?.mechanism !== 'ranked' || !programme) return { students: byIds(studentId), rounds: byIds(student.roundId), offers: byKeys(roundKey(student.roundId)) };
    const companyIds = offersOpenTo(data, student, programme).map((o) => o.companyId);
    return { students: byIds(studentId), rounds: byIds(student.roundId), offers: byKeys(roundKey(student.roundId)), companies: byIds(...companyIds) };
  };

  async function saveDecided<T>(studentId: string, decide: (view: IntakeView) => IntakeDecision<T>): Promise<DecidedSave<T>> {
    const result = await updateSettled(store, scopeOf(studentId), (data): DecidedSave<T> => {
      const current = viewOf(data, studentId);
      if (!current) return undefined;
      const decided = decide(current);
      if ('keep' in decided) return { kept: decided.keep, before: current };
      const { change } = decided;
      const done = (outcome: IntakeResult): DecidedSave<T> => ({ ...outcome, before: current, change });
      if (!current.editable) return done({ ok: false, refusal: { code: 'locked', deadline: current.round.wishesDeadline }, view: current });
      // Confirming what is already confirmed keeps the first moment of confirming: nothing is written.
      if (change.part === 'confirm' && alreadyConfirmed(current.student)) return done({ ok: true, view: current, repeated: true });
      // Changed on a copy: a refused change leaves the draft as it was, so nothing is written.
      const student = structuredClone(data.students[studentId]);
      const refusal = refusals.refusalOf(() => applyChange(student, change, current, checkWish, now()));
      if (refusal) return done({ ok: false, refusal, view: current });
      data.students[studentId] = student;
      return done({ ok: true, view: viewOf(data, studentId)! });
    }, `intake:${studentId}`);
    // A place found by the student is checked by a coordinator, so they hear of it at once.
    if (result && 'ok' in result && result.ok && result.change.part === 'own-placement') await notifyCoordinators({ kind: 'own-placement-reported', roundId: result.view.round.id, studentId });
    return result;
  }

  return {
    view: async (studentId) => viewOf(await readSettled(store, scopeOf(studentId), `intake:${studentId}`), studentId),
    save: async (studentId, change) => {
      const saved = await saveDecided(studentId, () => ({ change }));
      if (!saved || 'kept' in saved) return refusals.abort({ code: 'not-in-round' });
      return saved;
    },
    saveDecided,
  };
}

/** Confirmed, and nothing changed since (a change after confirming is confirmed anew). */
function alreadyConfirmed(student: Student): boolean {
  return student.intakeStatus === 'confirmed' && student.confirmedAt !== undefined && (student.updatedAt === undefined || student.updatedAt <= student.confirmedAt);
}

function applyChange(student: Student, change: IntakeChange, view: IntakeView, checkWish: WishCheck, at: Date): void {
  const { round, programme } = view;
  const step = stepOfChange(change, student);
  switch (change.part) {
    case 'privacy-seen':
      break;
    case 'wish': {
      const advice = checkWish(change.text, programme);
      if (!advice.ok) refusals.abort({ code: 'wish-needs-work', issues: advice.issues });
      student.learningWish = { ...emptyWish(), ...student.learningWish, text: change.text };
      break;
    }
    case 'work-processes':
      requireWishText(student);
      requireKnown('workProcesses', change.codes, workProcessesOf(programme).map((w) => w.code));
      student.learningWish = { ...emptyWish(), ...student.learningWish, workProcesses: change.codes };
      break;
    case 'organisation':
      requireWishText(student);
      requireKnown('organisationTypes', change.organisationTypes, programme.organisationTypes.map((o) => o.code));
      requireKnown('electives', change.electives, programme.electives.map((e) => e.code));
      student.learningWish = {
        ...emptyWish(), ...student.learningWish, organisationTypes: change.organisationTypes, electives: change.electives,
        ...(change.organisationSizes ? { organisationSizes: change.organisationSizes } : {}),
      };
      break;
    case 'travel':
      student.travel = change.travel;
      break;
    case 'days':
      student.availability = change.availability;
      break;
    case 'support':
      student.supportNeed = change.supportNeed;
      break;
    case 'requirements': {
      const answered = Object.keys(change.answers) as Requirement[];
      requireKnown('requirements', answered, [...view.requirementsAsked]);
      const yes = answered.filter((r) => change.answers[r] === true);
      student.requirementsMet = [...student.requirementsMet.filter((r) => !answered.includes(r)), ...yes];
      student.requirementsAnswered = [...new Set([...student.requirementsAnswered, ...answered])];
      break;
    }
    case 'ranking':
      if (round.mechanism !== 'ranked') refusals.abort({ code: 'no-ranking-here' });
      requireKnown('ranking', change.offerIds, view.rankable.map((o) => o.id));
      student.ranking = change.offerIds;
      break;
    case 'own-placement':
      student.ownPlacement = { ...change.ownPlacement, reportedAt: at.toISOString() };
      student.intakeStatus = 'own-placement';
      break;
    case 'undo-own-placement':
      student.ownPlacement = undefined;
      student.intakeStatus = student.confirmedAt ? 'confirmed' : 'started';
      break;
    case 'go-to':
      break;
    case 'confirm': {
      const missing = missingParts(student, round, view.requirementsAsked);
      if (missing.length > 0) refusals.abort({ code: 'incomplete', missing });
      student.intakeStatus = 'confirmed';
      student.confirmedAt = at.toISOString();
      break;
    }
  }
  if (student.intakeStatus === 'invited') student.intakeStatus = 'started';
  student.intakeStep = change.part === 'go-to' ? change.step : step === 'summary' ? 'summary' : stepAfter(step, student, round, view.requirementsAsked);
  if (student.intakeStep === 'summary') student.reachedSummary = true;
  student.updatedAt = at.toISOString();
}

function stepOfChange(change: IntakeChange, student: Student) {
  switch (change.part) {
    case 'privacy-seen': return 'privacy' as const;
    case 'wish': return 'wish' as const;
    case 'work-processes': return 'work-processes' as const;
    case 'organisation': return 'organisation' as const;
    case 'travel': return 'travel' as const;
    case 'days': return 'days' as const;
    case 'support': return 'support' as const;
    case 'requirements': return 'requirements' as const;
    case 'ranking': return 'ranking' as const;
    case 'confirm': return 'summary' as const;
    default: return student.intakeStep;
  }
}

function requireKnown(field: string, values: string[], known: string[]): void {
  const unknown = values.filter((v) => !known.includes(v));
  if (unknown.length > 0) refusals.abort({ code: 'unknown-choice', field, values: unknown });
}

/** Work processes and organisation types belong to a wish, so the wish text comes first. */
function requireWishText(student: Student): void {
  if (!student.learningWish?.text) refusals.abort({ code: 'incomplete', missing: ['wish'] });
}

function emptyWish() {
  return { text: '', workProcesses: [] as string[], organisationTypes: [] as string[], organisationSizes: [] as OrganisationSize[], electives: [] as string[] };
}
