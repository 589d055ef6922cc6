import type { ZodType } from 'zod/v4';
import { KoppelData, type KoppelView } from '../koppel-data.js';
import type { AuditEvent } from '../domain/audit-event.js';

// The collections of Koppel's data, what each record is validated with, and the index keys a unit
// of work can select records by. Both store implementations use these definitions, so a key means
// the same in the JSON file and in PostgreSQL.

export type CollectionName = Exclude<keyof KoppelData, 'schemaVersion' | 'audit'>;

export type { KoppelView };

type RecordOf<C extends CollectionName> = KoppelData[C][string];

const identityKeys = (identities: ReadonlyArray<{ platform: string; userId: string }>): string[] =>
  identities.map((i) => identityKey(i.platform, i.userId));

export const identityKey = (platform: string, userId: string): string => `identity:${platform}:${userId}`;
export const roundKey = (roundId: string): string => `round:${roundId}`;
export const companyKey = (companyId: string): string => `company:${companyId}`;
export const studentKey = (studentId: string): string => `student:${studentId}`;
export const emailKey = (email: string): string => `email:${email.toLowerCase()}`;
/** Conversations and preferences are keyed platform:userId; coordinators are configured by user id alone. */
export const userKey = (userId: string): string => `user:${userId}`;

/** A round's outbox entries of one kind: a release is planned and followed without its round's welcomes and reminders. */
export const roundKindKey = (roundId: string, kind: string): string => `round:${roundId}:kind:${kind}`;

/** Outbox entries by status and kind: a sender loads only what is left to send, not a whole release. */
export const outboxStateKey = (status: string, kind: string): string => `state:${status}:${kind}`;

/** Waiting items of one kind (for pruning), and of one kind and owner (for the cap per person). */
export const waitingKindKey = (kind: string): string => `waiting:${kind}`;
export const waitingOwnerKey = (kind: string, ownerId: string): string => `waiting:${kind}:${ownerId}`;

/** Meldpunt cases by state; a case's sealed reporter link by its case. */
export const reportStateKey = (state: string): string => `report-state:${state}`;
/** Closed cases by the day of their aftercare moment, so the scheduled pass finds the day's cases only. */
export const reportFollowUpKey = (date: string): string => `report-follow-up:${date}`;
/** Named cases by the record of who reported them, so that erasing a student's data finds them. */
export const reportNamedKey = (recordId: string): string => `report-named:${recordId}`;
export const reportKey = (reportId: string): string => `report:${reportId}`;
/** Erasure requests by state, so coordinators list the open ones only. */
export const erasureStateKey = (state: string): string => `erasure-state:${state}`;
export const placementKey = (placementId: string): string => `placement:${placementId}`;

/** Handled activities by the hour they were handled in, so old ones are found without reading the rest. */
export const handledHourKey = (handledAt: string): string => `handled:${handledAt.slice(0, 13)}`;

const userOf = (conversationKey: string): string[] => [userKey(conversationKey.slice(conversationKey.indexOf(':') + 1))];

const INDEX_KEYS: { [C in CollectionName]: (record: RecordOf<C>, id: string) => string[] } = {
  rounds: () => [],
  students: (s) => [roundKey(s.roundId), ...identityKeys(s.identities), ...(s.pendingEmail ? [emailKey(s.pendingEmail)] : [])],
  companies: (c) => [...identityKeys(c.contacts), ...(c.pendingContactEmails ?? []).map(emailKey)],
  offers: (o) => [roundKey(o.roundId), companyKey(o.companyId)],
  matches: (m) => [roundKey(m.roundId)],
  matchRuns: (r) => [roundKey(r.roundId)],
  conversations: (_c, id) => userOf(id),
  preferences: (_p, id) => userOf(id),
  inviteCodes: (i) => [companyKey(i.companyId)],
  outbox: (e) => [roundKey(e.roundId), `kind:${e.kind}`, outboxStateKey(e.status, e.kind), roundKindKey(e.roundId, e.kind)],
  liveMessages: () => [],
  sentNotifications: () => [],
  leases: () => [],
  waiting: (w) => [waitingKindKey(w.kind), waitingOwnerKey(w.kind, w.ownerId)],
  placements: (p) => [roundKey(p.roundId), studentKey(p.studentId), companyKey(p.companyId)],
  rematches: (r) => [roundKey(r.roundId)],
  handledActivities: (h) => [handledHourKey(h.handledAt)],
  webLinks: (l) => (l.purpose === 'dashboard' ? [] : [companyKey(l.companyId)]),
  // Open cases by state, so staff list them without reading closed ones.
  reports: (r) => [reportStateKey(r.state), ...(r.aftercare ? [reportFollowUpKey(r.aftercare.followUpOn)] : []), ...(r.named?.recordId ? [reportNamedKey(r.named.recordId)] : [])],
  reportLinks: (l) => [reportKey(l.reportId), identityKey(l.platform, l.userId)],
  checkIns: (c) => [roundKey(c.roundId), studentKey(c.studentId), placementKey(c.placementId)],
  contactMoments: (m) => [roundKey(m.roundId), placementKey(m.placementId)],
  evaluations: (e) => [roundKey(e.roundId), placementKey(e.placementId)],
  // Open requests for the coordinators' list; a person's own by their account.
  erasureRequests: (r) => [erasureStateKey(r.state), ...(r.requester ? [identityKey(r.requester.platform, r.requester.userId)] : [])],
};

export const COLLECTIONS = Object.keys(INDEX_KEYS) as CollectionName[];

export function indexKeysOf<C extends CollectionName>(collection: C, record: RecordOf<C>, id: string): string[] {
  return INDEX_KEYS[collection](record, id);
}

/** The zod schema of one record of a collection, taken from the document schema so they cannot drift. */
export function recordSchema(collection: CollectionName): ZodType {
  const field = KoppelData.shape[collection] as unknown as { unwrap?: () => ZodType; valueType?: ZodType; def: { innerType?: ZodType; valueType?: ZodType } };
  let schema: { def: { innerType?: unknown; valueType?: unknown; type?: string } } = field as never;
  while (schema.def.innerType !== undefined) schema = schema.def.innerType as never;
  return schema.def.valueType as ZodType;
}

export const auditSchema: ZodType<AuditEvent> = KoppelData.shape.audit.element;

export function emptyView(): KoppelView {
  return { rounds: {}, students: {}, companies: {}, offers: {}, matches: {}, conversations: {}, preferences: {}, audit: [], inviteCodes: {}, matchRuns: {}, outbox: {}, liveMessages: {}, sentNotifications: {}, leases: {}, waiting: {}, placements: {}, rematches: {}, handledActivities: {}, reports: {}, reportLinks: {}, checkIns: {}, contactMoments: {}, evaluations: {}, webLinks: {}, erasureRequests: {} };
}
