import type { ProposalService } from '../bot/proposals/proposal-service.js';
import type { OtherRequirementItem, ReviewDecision, ReviewResult } from '../bot/offers/requirement-review.js';
import type { Offer } from '../bot/domain/offer.js';
import type { Programme } from '../bot/catalogue/index.js';
import type { IntakeService } from '../bot/intake/intake-service.js';
import type { RoundService } from '../bot/rounds/round-service.js';
import type { RemovalResult } from '../bot/people-removal.js';
import type { ReceivedCsv } from '../bot/import/received-file.js';
import type { Company } from '../bot/domain/company.js';
import type { RegisterCompanyInput, RegisterCompanyResult } from '../bot/companies/register-company.js';
import type { CompanyImportReport } from '../bot/companies/import-companies.js';
import type { StudentImportOutcome } from '../bot/import/import-students.js';
import type { OfferService } from '../bot/offers/offer-service.js';
import type { RetryResult } from '../bot/release/retry-release.js';
import type { DecisionResult } from '../bot/intake/own-placement-decision.js';
import type { RunService } from '../bot/matching-runs/run-service.js';
import type { ExtraPlaceAdvice } from '../bot/figures/extra-places.js';
import type { MatchRow } from '../bot/figures/match-table.js';
import type { RoundFigures } from '../bot/figures/round-figures.js';
import type { FollowUpService } from '../bot/follow-up/follow-up-service.js';
import type { MeldpuntService } from '../bot/meldpunt/meldpunt-service.js';
import type { CheckInService } from '../bot/check-ins/check-in-service.js';
import type { ContactMomentService } from '../bot/contact-moments/contact-moment-service.js';
import type { EvaluationService } from '../bot/evaluations/evaluation-service.js';
import type { StudentResult } from '../bot/results/student-result.js';
import type { CompanyStudents } from '../bot/results/company-result.js';
import type { RoundSupply } from '../bot/offers/round-supply.js';
import type { RemindNowResult, RemindWho } from '../bot/reminders/remind-now.js';
import type { ReleaseOverview } from '../bot/release/release-overview.js';
import type { WishAdvice } from '../bot/intake/wish-coach.js';
import type { Language, Reply, Role, Turn } from './turn.js';
import type { Verb } from './verbs.js';
import type { MessageProgress } from '../bot/outbox/message-progress.js';
import type { SupportDetailsService } from '../bot/privacy/support-details.js';
import type { RetentionPolicy } from '../bot/retention/retention-policy.js';
import type { PersonalData } from '../bot/privacy/personal-data.js';
import type { ErasureRequestService } from '../bot/privacy/erasure-requests.js';
import type { UpcomingDeletion } from '../bot/retention/upcoming-deletions.js';
import type { CoordinatorScopeService } from '../bot/coordinator-scope/scope-check.js';
import type { Round } from '../bot/domain/round.js';

// Routing as a list of {selector, handler}, built from small pure selector factories.
export interface DialogServices {
  roleOf(person: Turn['person']): Promise<Role>;
  /** Coordinators limited to some programmes see and run only those rounds (COORDINATOR_PROGRAMMES). */
  coordinatorScope: CoordinatorScopeService;
  /** A language the person chose themselves; it wins over the platform's locale. */
  languagePreference(person: Turn['person']): Promise<Language | undefined>;
  setLanguagePreference(person: Turn['person'], language: Language): Promise<void>;
  /** The language of this person's turn (see PeopleService.settleLanguage): the adapter asks it once per activity. */
  settleLanguage(person: Turn['person'], reported: Language | undefined): Promise<Language>;
  intake: IntakeService;
  /** A proposals round's places for a student to choose from, and their choice (bot/proposals/). */
  proposals: ProposalService;
  coachWish(text: string, programme: Programme): WishAdvice;
  /** Municipality names students choose from (the gazetteer's). */
  municipalities(): string[];
  /** Koppel's clock: what `morgen` means when a coordinator types a moment. */
  now(): Date;
  /** A coordinator's decision on a student's own place, with a reason the student reads. */
  decideOwnPlacement(studentId: string, outcome: 'accepted' | 'more-asked', reason: string, actorId: string): Promise<DecisionResult>;
  /** Companies' other requirements (free text): the school reviews them; they never enter the matching. */
  otherRequirements: {
    list(): Promise<OtherRequirementItem[]>;
    review(offerId: string, decision: ReviewDecision, reason: string, actorId: string): Promise<ReviewResult>;
    ofOffer(offerId: string): Promise<Offer['otherRequirement']>;
  };
  /** How many coordinators are configured (for a round: who may run it, see COORDINATOR_PROGRAMMES): four eyes needs two. */
  coordinatorCount(round?: Pick<Round, 'programmeCodes'>): number;
  /** Where a postcode area lies when that is clearly not the municipality given (6511 is Nijmegen); undefined when it fits or is unknown. */
  postcodeElsewhere(postcodeArea: string, municipality: string): string | undefined;
  programmes(): Programme[];
  rounds: RoundService;
  /** Imports a pasted or sent CSV: all or nothing, every problem with its line (dialogs/coordinator/import-report-text.ts words it). */
  importStudents(roundId: string, csv: string, actorId: string): Promise<StudentImportOutcome>;
  removeStudent(studentNumber: string, actorId: string): Promise<RemovalResult>;
  /** CSV files sent in the chat: which import they are for, and a short wait while a round is chosen. */
  receivedFiles: {
    kindOf(csv: string): ReceivedCsv;
    keep(csv: string, actorId: string): Promise<string>;
    take(id: string, actorId: string): Promise<string | undefined>;
  };
  /** Reminds now who has not answered (at most once per person, round and day); refused unless the round is open and its deadline ahead. */
  remindNow(roundId: string, actorId: string, who: RemindWho): Promise<RemindNowResult>;
  offers: OfferService;
  companies: {
    list(): Promise<Company[]>;
    /** One company from a card, checked like a line of the CSV import; a problem's column names the value. */
    register(input: RegisterCompanyInput, actorId: string): Promise<RegisterCompanyResult>;
    importCsv(csv: string, actorId: string): Promise<CompanyImportReport>;
    createInvite(companyId: string, actorId: string): Promise<{ ok: true; code: string; expiresAt: string } | { ok: false; reason: string }>;
    redeemInvite(person: Turn['person'], code: string): Promise<{ ok: true; companyId: string; companyName: string } | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'already-linked' }>;
    /** Stops every personal web link of a company that still works; returns how many. */
    revokeLinks(companyId: string, actorId: string): Promise<number>;
  };
  roundSupply(roundId: string): Promise<RoundSupply>;
  messageProgress(roundId: string): Promise<MessageProgress>;
  runs: RunService;
  /** A round's figures and matches for the dashboard, and a coordinator's short-lived link to it. */
  figures: {
    round(roundId: string): Promise<RoundFigures | undefined>;
    matches(roundId: string): Promise<MatchRow[]>;
    dashboardLink(person: Turn['person']): Promise<{ url: string; expiresAt: string }>;
  };
  /** Where extra places would place the most unplaced students of a round's match. */
  extraPlaces(roundId: string, shortlist?: number): Promise<ExtraPlaceAdvice[]>;
  /** After the release: placements, introduction meetings, refusals, rematches (bot/follow-up/). */
  followUp: FollowUpService;
  /** Reports of discrimination: filing, the reporter's own cases, and the meldpunt staff's work (bot/meldpunt/). */
  meldpunt: MeldpuntService;
  /** A student's support details, for care coordinators only, each read audited (bot/privacy/). */
  supportDetails: SupportDetailsService;
  /** People's requests to erase their data, and the coordinators' decisions (bot/privacy/). */
  erasureRequests: ErasureRequestService;
  /** Everything Koppel keeps about the person asking (their right of access), with the moment it was taken. */
  personalData: { export(person: Turn['person']): Promise<{ at: string; data: PersonalData }> };
  /** How long Koppel keeps each kind of data (the intake's promise), and what the retention pass erases next. */
  retention: { policy: RetentionPolicy; upcoming(): Promise<UpcomingDeletion[]> };
  /** Private check-ins during the internship: the student's answers, and anonymous figures for staff (bot/check-ins/). */
  checkIns: CheckInService;
  /** Contact moments between student, school and company, planned by coordinators and BPV-docenten (bot/contact-moments/). */
  contactMoments: ContactMomentService;
  /** The look back after the internship by student and company, and its figures (bot/evaluations/). */
  evaluations: EvaluationService;
  release: {
    /** How far a round's release is: sent, waiting, failed per kind of message. */
    overview(roundId: string): Promise<ReleaseOverview | undefined>;
    /** Sends a released round's failed messages again; returns how many. */
    retry(roundId: string, actorId: string): Promise<RetryResult>;
  };
  /** The offers of a round as a coordinator may see them (company, location), for placing by hand. */
  offersOfRound(roundId: string): Promise<Array<{ id: string; label: string }>>;
  /** What the student may see of their result right now (decided on the server from the release moment). */
  studentResult(studentId: string): Promise<StudentResult | undefined>;
  /** A company's students per round: empty until the release moment. */
  companyStudents(companyId: string): Promise<CompanyStudents[]>;
  /** True only in the demo (`npm start -- --demo`), where one person may switch between roles. */
  demoMode: boolean;
  chooseRole(person: Turn['person'], role: 'coordinator' | 'student' | 'company-contact'): Promise<boolean>;
}

export type Selector = (turn: Turn) => boolean;
export type Handler = (turn: Turn, services: DialogServices) => Promise<Reply[]>;
export interface Route { selector: Selector; handler: Handler }

/** Matches a text message whose whole content (trimmed, any case) is one of the words. */
export function textIs(...words: string[]): Selector {
  const wanted = new Set(words.map((w) => w.toLowerCase()));
  const selector: Selector = (turn) => turn.input.kind === 'text' && wanted.has(normalise(turn.input.text));
  commandWords.set(selector, [...wanted]);
  return selector;
}

/**
 * Matches a command, alone or followed by arguments (`ronde match`, `ronde match Zorg 2027`); the
 * router hands the arguments to the handler as `input.args`. A handler that cannot use them opens its
 * card, so wrong or missing arguments never fail.
 */
export function commandIs(...words: string[]): Selector {
  const wanted = words.map((w) => w.toLowerCase());
  const selector: Selector = (turn) => turn.input.kind === 'text' && argumentsAfter(wanted, turn.input.text) !== undefined;
  commandWords.set(selector, wanted);
  withArguments.add(selector);
  return selector;
}

/** The text after the longest matching command word ('' for the word alone); undefined when none matches. */
function argumentsAfter(words: readonly string[], text: string): string | undefined {
  const said = normalise(text);
  const word = [...words].sort((a, b) => b.length - a.length).find((w) => said === w || said.startsWith(`${w} `));
  return word === undefined ? undefined : text.trim().slice(word.length).trim().replace(/[!.?]+$/, '');
}

// The words of each `textIs` and `commandIs` selector, so help texts and command lists can be checked against the routes.
const commandWords = new WeakMap<Selector, readonly string[]>();
const withArguments = new WeakSet<Selector>();

/** The words a `textIs` or `commandIs` selector matches; undefined for any other selector. */
export function wordsOf(selector: Selector): readonly string[] | undefined {
  return commandWords.get(selector);
}

/** Matches a text message that starts with a word, e.g. `code ABCD-EFGH`. */
export function textStartsWith(word: string): Selector {
  return (turn) => turn.input.kind === 'text' && normalise(turn.input.text).startsWith(`${word.toLowerCase()} `);
}

/** Matches a file sent in the chat. */
export function fileSent(): Selector {
  return (turn) => turn.input.kind === 'file';
}

export function submitVerb(verb: Verb): Selector {
  const selector: Selector = (turn) => turn.input.kind === 'submit' && turn.input.verb === verb;
  submitVerbs.set(selector, verb);
  return selector;
}

// The verb of each `submitVerb` selector, so tests can check that every card action is accounted for.
const submitVerbs = new WeakMap<Selector, Verb>();

/** The card action a `submitVerb` selector matches; undefined for any other selector. */
export function verbOf(selector: Selector): Verb | undefined {
  return submitVerbs.get(selector);
}

export function submitVerbPrefix(prefix: string): Selector {
  return (turn) => turn.input.kind === 'submit' && turn.input.verb.startsWith(prefix);
}

/**
 * Runs before the chosen handler, with the turn as the handler gets it: it may answer instead (a
 * refusal) or hand the handler other services (a narrower view for the person).
 */
export type Guard = (turn: Turn, services: DialogServices) => Promise<{ replies: Reply[] } | { services: DialogServices }>;

/** The router; its `routes` stay readable, so help texts and command lists can be checked against them. */
export function createRouter(routes: Route[], fallback: Handler, guard?: Guard) {
  const guarded = async (handler: Handler, turn: Turn, services: DialogServices): Promise<Reply[]> => {
    if (!guard) return handler(turn, services);
    const outcome = await guard(turn, services);
    return 'replies' in outcome ? outcome.replies : handler(turn, outcome.services);
  };
  const route = async function route(incoming: Turn, services: DialogServices): Promise<Reply[]> {
    const preferred = await services.languagePreference(incoming.person);
    const turn = preferred ? { ...incoming, language: preferred } : incoming;
    const match = routes.find((r) => r.selector(turn));
    if (!match) return fallback(turn, services);
    const words = wordsOf(match.selector);
    if (words && withArguments.has(match.selector) && turn.input.kind === 'text') {
      const args = argumentsAfter(words, turn.input.text);
      if (args) return guarded(match.handler, { ...turn, input: { ...turn.input, args } }, services);
    }
    return guarded(match.handler, turn, services);
  };
  return Object.assign(route, { routes: routes as readonly Route[] });
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[!.?]+$/, '');
}
