import type { Catalogue, Programme } from './catalogue/index.js';
import type { CheckInService } from './check-ins/check-in-service.js';
import type { CompanyImportReport } from './companies/import-companies.js';
import type { CreateInviteResult, RedeemResult } from './companies/invite-codes.js';
import type { RegisterCompanyInput, RegisterCompanyResult } from './companies/register-company.js';
import type { ContactMomentService } from './contact-moments/contact-moment-service.js';
import type { CoordinatorScopeService } from './coordinator-scope/scope-check.js';
import type { Company } from './domain/company.js';
import type { Offer } from './domain/offer.js';
import type { Round } from './domain/round.js';
import type { EvaluationService } from './evaluations/evaluation-service.js';
import type { ExtraPlaceAdvice } from './figures/extra-places.js';
import type { MatchRow } from './figures/match-table.js';
import type { RoundFigures } from './figures/round-figures.js';
import type { FollowUpService } from './follow-up/follow-up-service.js';
import type { StudentImportOutcome } from './import/import-students.js';
import type { ReceivedCsv } from './import/received-file.js';
import type { IntakeService } from './intake/intake-service.js';
import type { DecisionResult } from './intake/own-placement-decision.js';
import type { WishAdvice } from './intake/wish-coach.js';
import type { RunService } from './matching-runs/run-service.js';
import type { MeldpuntService } from './meldpunt/meldpunt-service.js';
import type { OfferChoice } from './offers/offers-of-round.js';
import type { OfferService } from './offers/offer-types.js';
import type { OtherRequirementItem, ReviewDecision, ReviewResult } from './offers/requirement-review.js';
import type { RoundSupply } from './offers/round-supply.js';
import type { MessageProgress } from './outbox/message-progress.js';
import type { RemovalResult } from './people-removal.js';
import type { PeopleService } from './people-service.js';
import type { PersonKey } from './people.js';
import type { ErasureRequestService } from './privacy/erasure-requests.js';
import type { PersonalData } from './privacy/personal-data.js';
import type { SupportDetailsService } from './privacy/support-details.js';
import type { ProposalService } from './proposals/proposal-service.js';
import type { ReleaseOverview } from './release/release-overview.js';
import type { RetryResult } from './release/retry-release.js';
import type { RemindNowResult, RemindWho } from './reminders/remind-now.js';
import type { CompanyStudents } from './results/company-result.js';
import type { StudentResult } from './results/student-result.js';
import type { RetentionPolicy } from './retention/retention-policy.js';
import type { UpcomingDeletion } from './retention/upcoming-deletions.js';
import type { RoundService, RoundResult } from './rounds/round-service.js';

/**
 * Every domain service the conversations and adapters use, as the composition root builds them
 * (koppel-services.ts): what each part offers, declared here so that building them stays wiring.
 */
export interface KoppelServices extends PeopleService {
  /** True only in the demo, where one person may switch between roles. */
  demoMode: boolean;
  now(): Date;
  coordinatorScope: CoordinatorScopeService;
  /** How many coordinators may run a round (all of them without one): four eyes needs two. */
  coordinatorCount(round?: Pick<Round, 'programmeCodes'>): number;
  rounds: RoundService & {
    /** draft → open, with the welcomes and offer requests queued in the same unit of work. */
    open(roundId: string, actorId: string): Promise<RoundResult & { welcomed?: number; unreachable?: number }>;
  };
  offers: OfferService;
  offersOfRound(roundId: string): Promise<OfferChoice[]>;
  otherRequirements: {
    list(): Promise<OtherRequirementItem[]>;
    review(offerId: string, decision: ReviewDecision, reason: string, actorId: string): Promise<ReviewResult>;
    ofOffer(offerId: string): Promise<Offer['otherRequirement']>;
  };
  messageProgress(roundId: string): Promise<MessageProgress>;
  roundSupply(roundId: string): Promise<RoundSupply>;
  runs: RunService;
  figures: {
    round(roundId: string): Promise<RoundFigures | undefined>;
    matches(roundId: string): Promise<MatchRow[]>;
    dashboardLink(person: PersonKey): Promise<{ url: string; expiresAt: string }>;
  };
  extraPlaces(roundId: string, shortlist?: number): Promise<ExtraPlaceAdvice[]>;
  followUp: FollowUpService;
  meldpunt: MeldpuntService;
  supportDetails: SupportDetailsService;
  erasureRequests: ErasureRequestService;
  personalData: { export(person: PersonKey): Promise<{ at: string; data: PersonalData }> };
  retention: { policy: RetentionPolicy; upcoming(): Promise<UpcomingDeletion[]> };
  contactMoments: ContactMomentService;
  evaluations: EvaluationService;
  checkIns: CheckInService;
  release: {
    overview(roundId: string): Promise<ReleaseOverview | undefined>;
    retry(roundId: string, actorId: string): Promise<RetryResult>;
  };
  studentResult(studentId: string): Promise<StudentResult | undefined>;
  companyStudents(companyId: string): Promise<CompanyStudents[]>;
  companies: {
    list(): Promise<Company[]>;
    register(input: RegisterCompanyInput, actorId: string): Promise<RegisterCompanyResult>;
    importCsv(csv: string, actorId: string): Promise<CompanyImportReport>;
    createInvite(companyId: string, actorId: string): Promise<CreateInviteResult>;
    revokeLinks(companyId: string, actorId: string): Promise<number>;
    redeemInvite(person: PersonKey, code: string): Promise<RedeemResult>;
  };
  intake: IntakeService;
  proposals: ProposalService;
  coachWish(text: string, programme: Programme): WishAdvice;
  municipalities(): string[];
  postcodeElsewhere(postcodeArea: string, municipality: string): string | undefined;
  programmes(): Catalogue['programmes'];
  decideOwnPlacement(studentId: string, outcome: 'accepted' | 'more-asked', reason: string, actorId: string): Promise<DecisionResult>;
  removeStudent(studentNumber: string, actorId: string): Promise<RemovalResult>;
  remindNow(roundId: string, actorId: string, who: RemindWho): Promise<RemindNowResult>;
  receivedFiles: {
    kindOf(csv: string): ReceivedCsv;
    keep(csv: string, actorId: string): Promise<string>;
    take(id: string, actorId: string): Promise<string | undefined>;
  };
  importStudents(roundId: string, csv: string, actorId: string): Promise<StudentImportOutcome>;
}
