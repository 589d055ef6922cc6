import { z } from 'zod/v4';
import { AuditEvent } from './domain/audit-event.js';
import { Id, IsoDateTime, Locale, Platform } from './domain/common.js';
import { Company } from './domain/company.js';
import { Match } from './domain/match.js';
import { MatchRun } from './domain/match-run.js';
import { OutboxEntry } from './domain/outbox-entry.js';
import { Placement, Rematch } from './domain/placement.js';
import { WebLink } from './domain/web-link.js';
import { Offer } from './domain/offer.js';
import { Round } from './domain/round.js';
import { Student } from './domain/student.js';
import { Report, ReportLink } from './domain/report.js';
import { CheckIn } from './domain/check-in.js';
import { ContactMoment } from './domain/contact-moment.js';
import { Evaluation } from './domain/evaluation.js';
import { ErasureRequest } from './domain/erasure-request.js';

/** Bump when the stored shape changes, and add a migration from the previous version below. */
export const KOPPEL_DATA_VERSION = 1;

/** A one-time code a coordinator hands to a company contact, to link their chat account to the company. */
export const InviteCode = z.object({
  companyId: Id,
  createdBy: Id,
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
  usedBy: z.string().optional(),
  usedAt: IsoDateTime.optional(),
});

export const Lease = z.object({ owner: z.string().min(1).max(200), until: IsoDateTime });
export type Lease = z.infer<typeof Lease>;

/**
 * Something that waits for a person's next request, which may reach another Koppel process: a Slack
 * form behind its **Openen** button or a modal's long metadata, a Teams file until the user allows
 * it, a CSV until the coordinator chooses its round. The payload is checked again by its reader.
 */
export const WaitingItem = z.object({
  kind: z.enum(['slack-form', 'slack-modal', 'file-offer', 'received-file']),
  /** The platform user id it was made for: nobody else gets it. */
  ownerId: z.string().min(1).max(200),
  payload: z.json(),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
});
export type WaitingItem = z.infer<typeof WaitingItem>;

/**
 * A platform activity Koppel has taken on, so that the platform's retry of it (Teams re-sends an
 * activity the bot took more than 15 s to answer) changes nothing a second time. Kept a day.
 */
export const HandledActivity = z.object({
  platform: Platform,
  handledAt: IsoDateTime,
});
export type HandledActivity = z.infer<typeof HandledActivity>;

export const ConversationRecord = z.object({
  platform: Platform,
  userId: z.string().min(1),
  /** The platform's own reference (Teams ConversationReference), kept as the platform gave it. */
  reference: z.record(z.string(), z.unknown()),
  updatedAt: IsoDateTime,
});

// Records keyed by id: a round of thousands of students stays quick to update.
export const KoppelData = z.object({
  schemaVersion: z.literal(KOPPEL_DATA_VERSION),
  rounds: z.record(Id, Round),
  students: z.record(Id, Student),
  companies: z.record(Id, Company),
  offers: z.record(Id, Offer),
  matches: z.record(Id, Match),
  conversations: z.record(z.string(), ConversationRecord),
  /** Choices a person made for themselves, keyed like conversations (platform:userId). */
  preferences: z.record(z.string(), z.object({
    language: Locale.optional(),
    /**
     * The language the person's platform last reported (a Teams activity's locale). Until they choose,
     * it decides for everything Koppel says to them, in a turn and proactively alike.
     */
    platformLanguage: Locale.optional(),
    /** For someone who holds several roles (e.g. in the demo): the one they act in now. */
    role: z.enum(['coordinator', 'student', 'company-contact']).optional(),
  })),
  audit: z.array(AuditEvent),
  inviteCodes: z.record(z.string(), InviteCode).default({}),
  matchRuns: z.record(Id, MatchRun).default({}),
  outbox: z.record(z.string(), OutboxEntry).default({}),
  /** The platform's id of the latest live card per key (e.g. a student's result card), so the release can update it in place. */
  liveMessages: z.record(z.string(), z.object({ platform: Platform, userId: z.string().min(1), activityId: z.string().min(1).max(300), sentAt: IsoDateTime })).default({}),
  /**
   * Proactive messages handed to a platform before they went through the outbox, by idempotency key
   * (kind:round:person:moment). No longer written; kept so that files from then stay valid, and read
   * when queueing so such a message is not sent again (see bot/outbox/queue-notifications.ts).
   */
  sentNotifications: z.record(z.string(), z.object({ at: IsoDateTime, result: z.enum(['sent', 'no-conversation', 'failed']) })).default({}),
  /**
   * Work only one Koppel process may do at a time (e.g. sending the outbox, so the platform's rate
   * limit holds across instances), by name: who holds it, and until when unless renewed.
   */
  leases: z.record(z.string(), Lease).default({}),
  /** Waiting items by an unguessable key (see bot/waiting/waiting-items.ts). */
  waiting: z.record(z.string(), WaitingItem).default({}),
  /** Students' places after a release, as they live on (bot/follow-up/). */
  placements: z.record(Id, Placement).default({}),
  /** Rematches of refused and unplaced students, each approved by a second coordinator. */
  rematches: z.record(Id, Rematch).default({}),
  /** Activities taken on, by platform and a hash of conversation and activity id (see bot/handled-activities.ts). */
  handledActivities: z.record(z.string(), HandledActivity).default({}),
  /** Personal web links for company contacts reached by e-mail, by the hash of their token (bot/web-links/). */
  webLinks: z.record(z.string(), WebLink).default({}),
  /** Reports to the meldpunt, by case number: read only by meldpunt staff and the reporter (bot/meldpunt/). */
  reports: z.record(Id, Report).default({}),
  /** The sealed links from a case to the chat account that reported it, apart from the cases. */
  reportLinks: z.record(Id, ReportLink).default({}),
  /** Private check-ins during the internship and their answers (bot/check-ins/). */
  checkIns: z.record(Id, CheckIn).default({}),
  /** Contact moments between student, school and company during the internship (bot/contact-moments/). */
  contactMoments: z.record(Id, ContactMoment).default({}),
  /** Evaluations after the internship, by student and company (bot/evaluations/). */
  evaluations: z.record(Id, Evaluation).default({}),
  /** People's requests to erase their data, decided by a coordinator (bot/privacy/). */
  erasureRequests: z.record(Id, ErasureRequest).default({}),
});
export type KoppelData = z.infer<typeof KoppelData>;

/** What services and pure functions see: the data a unit of work loaded (see `bot/store/koppel-store.ts`). */
export type KoppelView = Omit<KoppelData, 'schemaVersion'>;

export function emptyKoppelData(): KoppelData {
  return { schemaVersion: KOPPEL_DATA_VERSION, rounds: {}, students: {}, companies: {}, offers: {}, matches: {}, conversations: {}, preferences: {}, audit: [], inviteCodes: {}, matchRuns: {}, outbox: {}, liveMessages: {}, sentNotifications: {}, leases: {}, waiting: {}, placements: {}, rematches: {}, handledActivities: {}, reports: {}, reportLinks: {}, checkIns: {}, contactMoments: {}, evaluations: {}, webLinks: {}, erasureRequests: {} };
}

/** Migrations by the version they start from: migrations[n] turns a version-n document into n+1. */
export const koppelMigrations: Record<number, (doc: unknown) => unknown> = {};
