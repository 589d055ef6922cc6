import { createProposalService } from './proposals/proposal-service.js';
import type { Platform } from './domain/common.js';
import type { Catalogue } from './catalogue/index.js';
import { importCompanies } from './companies/import-companies.js';
import { createInviteCode, redeemInviteCode } from './companies/invite-codes.js';
import { issueDashboardLink, revokeLinks } from './web-links/web-links.js';
import { linkContactByEmail } from './companies/link-contact.js';
import { registerCompany, type RegisterCompanyInput } from './companies/register-company.js';
import { releaseOverview } from './release/release-overview.js';
import { retryRelease } from './release/retry-release.js';
import { createOfferService } from './offers/offer-service.js';
import { roundSupply } from './offers/round-supply.js';
import { offersOfRound } from './offers/offers-of-round.js';
import { loadDefaultGazetteer } from './geo/gazetteer.js';
import { createRunService, matchScope } from './matching-runs/run-service.js';
import { defaultSolve } from './matching-runs/run-compute.js';
import { extraPlaces } from './figures/extra-places.js';
import { figuresScope } from './figures/figures-scope.js';
import { matchTable } from './figures/match-table.js';
import { roundFigures } from './figures/round-figures.js';
import { createFollowUpService } from './follow-up/follow-up-service.js';
import { createMeldpuntService } from './meldpunt/meldpunt-service.js';
import { createSupportDetailsService } from './privacy/support-details.js';
import { exportPersonalData } from './privacy/personal-data.js';
import { createErasureRequestService } from './privacy/erasure-requests.js';
import { DEFAULT_RETENTION, type RetentionPolicy } from './retention/retention-policy.js';
import { upcomingDeletions } from './retention/upcoming-deletions.js';
import { createCheckInService } from './check-ins/check-in-service.js';
import { createContactMomentService } from './contact-moments/contact-moment-service.js';
import { createEvaluationService } from './evaluations/evaluation-service.js';
import { companyStudents, companyStudentsScope } from './results/company-result.js';
import { studentResult, studentResultScope } from './results/student-result.js';
import { importStudents, isImportError, type StudentImportOutcome } from './import/import-students.js';
import { createReceivedFiles, kindOfCsv } from './import/received-file.js';
import { createWaitingItems } from './waiting/waiting-items.js';
import { createIntakeService } from './intake/intake-service.js';
import { coachWish } from './intake/wish-coach.js';
import { rememberedAdvice } from './intake/remembered-advice.js';
import type { Notification, QueuedSignal } from './notifications.js';
import { removeStudent } from './people-removal.js';
import { remindNow, type RemindWho } from './reminders/remind-now.js';
import { createPeopleService } from './people-service.js';
import { conversationKey } from './people.js';
import { decideOwnPlacement } from './intake/own-placement-decision.js';
import { askAfterOfferSaved } from './intake/requirement-questions.js';
import { otherRequirements, reviewOtherRequirement, type ReviewDecision } from './offers/requirement-review.js';
import { createRoundService } from './rounds/round-service.js';
import type { KoppelView } from './koppel-data.js';
import type { PersonKey } from './people.js';
import { readSettled, type ScopeOf } from './scoped-work.js';
import { byIds, byKeys, reportStateKey, roundKey, type KoppelStore } from './store/index.js';
import { messageProgress, notificationsOf } from './outbox/message-progress.js';
import { requestOffers } from './offers/offer-reminders.js';
import { releaseEntriesOf } from './release/outbox.js';
import { queueForCoordinators } from './outbox/queue-notifications.js';
import { createCoordinatorScope } from './coordinator-scope/scope-check.js';
import { coordinatorsFor, type CoordinatorLimits } from './coordinator-scope/coordinator-scope.js';
import type { Round } from './domain/round.js';
import type { KoppelServices } from './koppel-services-types.js';

export type { KoppelServices } from './koppel-services-types.js';

export interface KoppelServicesOptions {
  store: KoppelStore;
  catalogue: Catalogue;
  coordinators: readonly string[];
  /** Coordinators limited to some programmes (COORDINATOR_PROGRAMMES); unlisted ones run every round. */
  coordinatorLimits?: CoordinatorLimits;
  /** User ids of the meldpunt's staff: the only ones who read reports. */
  meldpunt?: readonly string[];
  /** User ids of supervising teachers (BPV-docenten): with the coordinators, the school's contacts during the internship. */
  bpvDocenten?: readonly string[];
  /** User ids of care coordinators (zorgcoördinatoren): the only staff who read support details. */
  careCoordinators?: readonly string[];
  /** How long an internship lasts: the evaluation is asked after it. */
  internshipWeeks?: number;
  /** How long each kind of personal data is kept: what the intake promises and the retention pass does. */
  retention?: RetentionPolicy;
  now: () => Date;
  /** The demo, where one person may switch between the roles they hold. */
  demoMode?: boolean;
  /** Where links in messages point (the web pages); default: this computer. */
  publicUrl?: string;
  /** SCHOOL_CONTACT: whom to ask when a round names no contact person of its own. */
  schoolContact?: string;
  /** Tells the outbox's runner that messages were queued, so they go now rather than at its next look. */
  queued?: () => void;
}

/** Every domain service the conversations use, built once on one store and one clock. */
export function createKoppelServices({ store, catalogue, coordinators, coordinatorLimits = {}, meldpunt = [], bpvDocenten = [], careCoordinators = [], internshipWeeks = 20, retention = DEFAULT_RETENTION, now, demoMode = false, queued, publicUrl = 'http://localhost:3978', schoolContact }: KoppelServicesOptions): KoppelServices {
  const people = createPeopleService({ store, coordinators, now });
  const sendPendingRelease = () => queued?.();
  const outbox: QueuedSignal = { queued: sendPendingRelease };
  const gazetteer = loadDefaultGazetteer();
  // One per Koppel: the dialog and the intake service ask about the same wish in one turn.
  const coach = rememberedAdvice(coachWish);
  // A student's own place is checked by a coordinator: queued for each of them in the outbox, each
  // report its own message (a student who reports, undoes and reports again is heard twice).
  const notifyCoordinators = async (notification: Notification) => {
    await queueForCoordinators(store, coordinators, notification, now().toISOString(), now());
    sendPendingRelease?.();
  };
  const rounds = createRoundService({ store, catalogue, outbox, now });
  const offerService = createOfferService({ store, catalogue, coordinators, now, schoolContact });
  // A contact linked after a round opened is asked for their offer too; the outbox keys keep
  // everyone asked before from a second request.
  const askForOffers = async () => {
    for (const round of await rounds.list()) if (round.status === 'open') await requestOffers({ store, now, notifier: outbox }, round.id);
  };
  return {
    ...people,
    demoMode,
    /** Which rounds a coordinator may see and run (bot/coordinator-scope/). */
    coordinatorScope: createCoordinatorScope(store, coordinatorLimits),
    /** A first contact is linked as a student, else as a company contact, by the e-mail/UPN the platform reports. */
    linkByEmail: async (person: Parameters<typeof people.linkByEmail>[0], emails: readonly string[]) => {
      const studentId = await people.linkByEmail(person, emails);
      if (studentId) {
        await rounds.welcomeLate(studentId);
        return studentId;
      }
      const companyId = await linkContactByEmail(store, person, emails, now());
      if (companyId) await askForOffers();
      return companyId;
    },
    rounds: {
      ...rounds,
      // Opening a round also asks every registered company for its offer, once per contact.
      open: async (roundId: string, actorId: string) => {
        const opened = await rounds.open(roundId, actorId);
        // Welcomes and offer requests were queued with the transition: the runner sends them paced.
        if (opened.ok) sendPendingRelease?.();
        return opened;
      },
    },
    offers: {
      ...offerService,
      save: async (...args: Parameters<typeof offerService.save>) => {
        const saved = await offerService.save(...args);
        if (saved.ok && (await askAfterOfferSaved(store, saved.view.offer, now())) > 0) sendPendingRelease?.();
        return saved;
      },
    },
    /** A round's welcomes, requests and reminders: sent, waiting and failed, for the status card. */
    messageProgress: async (roundId: string) => messageProgress(await store.read({ outbox: notificationsOf(roundId) }), roundId),
    roundSupply: async (roundId: string) => {
      const ofRound = byKeys(roundKey(roundId));
      // Every company: the supply counts each company invited, also those without an offer in this round.
      const data = await readSettled(store, (seen) => ({
        rounds: byIds(roundId), students: ofRound, offers: ofRound, companies: 'all', conversations: conversationsOf(Object.values(seen.students)),
      }));
      return roundSupply(data, roundId, catalogue, now());
    },
    runs: createRunService({ store, catalogue, gazetteer, now, fourEyes: !demoMode }),
    /** A round's figures and its students' matches, for the coordinators' dashboard (a coordinator's link). */
    figures: {
      round: async (roundId: string) => roundFigures(await readSettled(store, figuresScope(roundId)), roundId),
      matches: async (roundId: string) => matchTable(await readSettled(store, figuresScope(roundId)), roundId),
      dashboardLink: async (person: Parameters<typeof people.linkByEmail>[0]) => {
        const { token, expiresAt } = await issueDashboardLink(store, person, now());
        return { url: `${publicUrl}/web/d/${token}`, expiresAt };
      },
    },
    /** Where extra places would place the most unplaced students (re-solved with the core). */
    extraPlaces: async (roundId: string, shortlist?: number) => extraPlaces(await readSettled(store, matchScope(roundId)), roundId, { catalogue, gazetteer, solve: defaultSolve }, shortlist === undefined ? {} : { shortlist }),
    followUp: createFollowUpService({ store, catalogue, gazetteer, coordinators, now, fourEyes: !demoMode, queued: () => sendPendingRelease?.() }),
    meldpunt: createMeldpuntService({ store, staff: meldpunt, coordinators, now, queued: () => sendPendingRelease?.() }),
    supportDetails: createSupportDetailsService({ store, careCoordinators, now }),
    erasureRequests: createErasureRequestService({ store, coordinators, now, queued: () => sendPendingRelease?.() }),
    personalData: {
      export: (person: PersonKey) => exportPersonalData(store, person, now()),
    },
    retention: {
      policy: retention,
      // Rounds, closed cases and companies (organisations): a coordinator sees what goes when, never which person's data it is.
      upcoming: async () => upcomingDeletions(await store.read({ rounds: 'all', reports: byKeys(reportStateKey('closed')), companies: 'all', offers: 'all', webLinks: 'all', inviteCodes: 'all' }), retention, internshipWeeks),
    },
    contactMoments: createContactMomentService({ store, planners: [...new Set([...coordinators, ...bpvDocenten])], now, queued: () => sendPendingRelease?.() }),
    evaluations: createEvaluationService({ store, now, internshipWeeks, queued: () => sendPendingRelease?.() }),
    checkIns: createCheckInService({ store, schoolContacts: [...new Set([...coordinators, ...bpvDocenten])], now, queued: () => sendPendingRelease?.() }),
    release: {
      overview: async (roundId: string) => releaseOverview(await readSettled(store, releaseOverviewScope(roundId)), roundId),
      retry: async (roundId: string, actorId: string) => {
        const result = await retryRelease(store, roundId, actorId, now());
        if (result.retried > 0) sendPendingRelease?.();
        return result;
      },
    },
    studentResult: async (studentId: string) => {
      // One moment for the scope and the answer: what may be shown must not change between them.
      const at = now();
      return studentResult(await readSettled(store, studentResultScope(studentId, at)), studentId, at, schoolContact);
    },
    companyStudents: async (companyId: string) => {
      const at = now();
      return companyStudents(await readSettled(store, companyStudentsScope(companyId, at)), companyId, at, catalogue);
    },
    offersOfRound: (roundId: string) => offersOfRound(store, roundId),
    companies: {
      // The coordinator's list of every company.
      list: async () => Object.values((await store.read({ companies: 'all' })).companies),
      register: (input: RegisterCompanyInput, actorId: string) => registerCompany(store, input, actorId, now(), gazetteer),
      importCsv: (csv: string, actorId: string) => importCompanies(store, { csv, actorId, gazetteer, now: now() }),
      createInvite: (companyId: string, actorId: string) => createInviteCode(store, companyId, actorId, now()),
      revokeLinks: (companyId: string, actorId: string) => revokeLinks(store, companyId, actorId, now()),
      redeemInvite: async (person: Parameters<typeof people.linkByEmail>[0], code: string) => {
        const redeemed = await redeemInviteCode(store, person, code, now());
        if (redeemed.ok) await askForOffers();
        return redeemed;
      },
    },
    intake: createIntakeService({ store, catalogue, gazetteer, checkWish: coach, now, notifyCoordinators, schoolContact }),
    proposals: createProposalService({ store, catalogue, gazetteer, now }),
    coachWish: coach,
    municipalities: () => gazetteer.names(),
    coordinatorCount: (round?: Pick<Round, 'programmeCodes'>) => coordinatorsFor(coordinators, coordinatorLimits, round),
    decideOwnPlacement: async (studentId: string, outcome: 'accepted' | 'more-asked', reason: string, actorId: string) => {
      const result = await decideOwnPlacement(store, studentId, outcome, reason, actorId, now());
      if (result.ok && result.notified) sendPendingRelease?.();
      return result;
    },
    otherRequirements: {
      list: async () => otherRequirements(await store.read({ offers: 'all', rounds: 'all', companies: 'all' })),
      review: async (offerId: string, decision: ReviewDecision, reason: string, actorId: string) => {
        const result = await reviewOtherRequirement(store, offerId, decision, reason, actorId, now());
        if (result.ok && result.notified > 0) sendPendingRelease?.();
        return result;
      },
      /** One offer's other requirement as it stands now, for the message to its company. */
      ofOffer: async (offerId: string) => {
        const { offers } = await store.read({ offers: byIds(offerId) });
        return Object.hasOwn(offers, offerId) ? offers[offerId].otherRequirement : undefined;
      },
    },
    now,
    postcodeElsewhere: (postcodeArea: string, municipality: string) =>
      gazetteer.postcodeFits(postcodeArea, municipality) ? undefined : gazetteer.nearestMunicipality(postcodeArea),
    programmes: () => catalogue.programmes,
    removeStudent: (studentNumber: string, actorId: string) => removeStudent(store, studentNumber, actorId, now()),
    remindNow: (roundId: string, actorId: string, who: RemindWho) => remindNow({ store, notifier: outbox, now }, roundId, actorId, who),
    receivedFiles: { kindOf: kindOfCsv, ...createReceivedFiles(createWaitingItems({ store, now })) },
    importStudents: async (roundId: string, csv: string, actorId: string): Promise<StudentImportOutcome> => {
      try {
        return await importStudents(store, { roundId, csv, actorId, catalogue, now: now() });
      } catch (error) {
        if (isImportError(error)) return { ok: false, refusal: error.refusal };
        throw error;
      }
    },
  };
}

/**
 * What a round's release overview reads: the round, its outbox, runs and students, and the
 * companies a failed company message was for (their names).
 */
function releaseOverviewScope(roundId: string): ScopeOf {
  const ofRound = byKeys(roundKey(roundId));
  return (data: Readonly<KoppelView>) => ({
    rounds: byIds(roundId), outbox: releaseEntriesOf(roundId), matchRuns: ofRound, students: ofRound,
    conversations: conversationsOf(Object.values(data.students).filter((s) => s.roundId === roundId)),
    companies: byIds(...Object.values(data.outbox).filter((e) => e.kind === 'company-result' && e.status === 'failed').map((e) => e.subjectIds[0])),
  });
}

/** The conversations Koppel has with these people: who can be written to (see canWriteTo). */
function conversationsOf(people: ReadonlyArray<{ identities: ReadonlyArray<{ platform: Platform; userId: string }> }>) {
  return byIds(...people.flatMap((p) => p.identities.map((identity) => conversationKey(identity))));
}
