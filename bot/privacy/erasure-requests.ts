import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit-log.js';
import type { ErasureRequest } from '../domain/erasure-request.js';
import { PRIVACY_ROUND_ID } from '../domain/notification.js';
import { queueDraft, queueForCoordinators, queueScope, type QueuedNotification } from '../outbox/queue-notifications.js';
import { removeStudent } from '../people-removal.js';
import { conversationKey, personScope, rolesHeld, type PersonKey } from '../people.js';
import { byIds, byKeys, erasureStateKey, identityKey, roundKindKey, studentKey, type KoppelStore } from '../store/index.js';

// People ask for their data to be erased; a coordinator decides. A student's erasure is the one
// `student verwijderen` does; a company contact's removes their account from the company and their
// chat details (the company, an organisation, stays). The audit trail keeps ids, never the reason.

export type ErasureAsk = { ok: true; request: ErasureRequest; already: boolean } | { ok: false; reason: 'unknown' };

/** An open request as a coordinator sees it: whose record, and whether an internship is still running. */
export interface OpenErasure {
  request: ErasureRequest;
  /** A student number, or the company's name. */
  label: string;
  /** A student's round (a coordinator limited to some programmes sees only their rounds' requests); none for a company contact. */
  roundId?: string;
  internshipRunning: boolean;
}

export type ErasureDecision = { ok: true } | { ok: false; reason: 'unknown-request' | 'decided' };

export interface ErasureRequestService {
  ask(person: PersonKey): Promise<ErasureAsk>;
  /** One request, for the words of a message about it. */
  get(requestId: string): Promise<ErasureRequest | undefined>;
  /** This person's latest request, to tell them how it stands. */
  own(person: PersonKey): Promise<ErasureRequest | undefined>;
  open(): Promise<OpenErasure[]>;
  carryOut(requestId: string, actorId: string): Promise<ErasureDecision>;
  refuse(requestId: string, actorId: string, reason: string): Promise<ErasureDecision>;
}

export interface ErasureRequestOptions {
  store: KoppelStore;
  /** Told of each new request, through the outbox. */
  coordinators: readonly string[];
  now: () => Date;
  /** Told when messages were queued, so the outbox's sender sends them at once. */
  queued?: () => void;
}

export function createErasureRequestService(options: ErasureRequestOptions): ErasureRequestService {
  const { store, now } = options;
  const own = async (person: PersonKey) => Object.values((await store.read({ erasureRequests: byKeys(identityKey(person.platform, person.userId)) })).erasureRequests)
    .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))[0];
  const decide = (requestId: string, actorId: string, outcome: 'carried-out' | 'refused', change: (request: ErasureRequest) => void) =>
    store.update({ erasureRequests: byIds(requestId) }, (data): ErasureDecision => {
      const request = data.erasureRequests[requestId];
      if (!request) return { ok: false, reason: 'unknown-request' };
      if (request.state !== 'open') return { ok: false, reason: 'decided' };
      request.state = outcome;
      change(request);
      request.decidedBy = actorId;
      request.decidedAt = now().toISOString();
      appendAudit(data, { actorId, action: outcome === 'refused' ? 'erasure.refused' : 'erasure.carried-out', subjectType: 'person', subjectId: request.id }, now());
      return { ok: true };
    });
  return {
    own,
    get: async (requestId) => (await store.read({ erasureRequests: byIds(requestId) })).erasureRequests[requestId],
    async ask(person) {
      // Without coordinators: staff are configured, not stored; only a student's or a contact's record can be erased.
      const role = rolesHeld(await store.read(personScope(person)), [], person).find((r) => r.kind === 'student' || r.kind === 'company-contact');
      if (!role) return { ok: false, reason: 'unknown' };
      const existing = await own(person);
      if (existing?.state === 'open') return { ok: true, request: existing, already: true };
      const request: ErasureRequest = {
        id: `er-${randomUUID().slice(0, 12)}`, requestedAt: now().toISOString(), requester: { platform: person.platform, userId: person.userId },
        subject: role.kind === 'student' ? { kind: 'student', studentId: role.studentId } : { kind: 'company-contact', companyId: role.companyId },
        state: 'open',
      };
      await store.update({ erasureRequests: byIds(request.id) }, (data) => {
        data.erasureRequests[request.id] = request;
        appendAudit(data, { actorId: 'self', action: 'erasure.requested', subjectType: 'person', subjectId: request.id }, now());
      });
      const notified = await queueForCoordinators(store, options.coordinators, { kind: 'erasure', event: 'requested', roundId: PRIVACY_ROUND_ID, requestId: request.id }, 'new', now());
      if (notified.queued > 0) options.queued?.();
      return { ok: true, request, already: false };
    },
    async open() {
      const requests = Object.values((await store.read({ erasureRequests: byKeys(erasureStateKey('open')) })).erasureRequests);
      const studentIds = requests.flatMap((r) => (r.subject.kind === 'student' ? [r.subject.studentId] : []));
      const companyIds = requests.flatMap((r) => (r.subject.kind === 'company-contact' ? [r.subject.companyId] : []));
      const data = await store.read({ students: byIds(...studentIds), companies: byIds(...companyIds), placements: byKeys(...studentIds.map(studentKey)), rounds: 'all' });
      const at = now().getTime();
      // A placement whose round is released or in follow-up and has started: erasing now would end the school's follow-up of it.
      const running = (studentId: string) => Object.values(data.placements).some((p) => {
        const round = data.rounds[p.roundId];
        return p.studentId === studentId && round !== undefined && ['released', 'follow-up'].includes(round.status) && Date.parse(`${round.internshipStart}T00:00:00Z`) <= at;
      });
      return requests.sort((a, b) => a.requestedAt.localeCompare(b.requestedAt)).map((request) => ({
        request,
        label: request.subject.kind === 'student' ? data.students[request.subject.studentId]?.studentNumber ?? request.subject.studentId : data.companies[request.subject.companyId]?.name ?? request.subject.companyId,
        ...(request.subject.kind === 'student' && data.students[request.subject.studentId] ? { roundId: data.students[request.subject.studentId].roundId } : {}),
        internshipRunning: request.subject.kind === 'student' && running(request.subject.studentId),
      }));
    },
    async carryOut(requestId, actorId) {
      const request = (await store.read({ erasureRequests: byIds(requestId) })).erasureRequests[requestId];
      if (!request) return { ok: false, reason: 'unknown-request' };
      if (request.state !== 'open') return { ok: false, reason: 'decided' };
      if (request.subject.kind === 'student') {
        const student = (await store.read({ students: byIds(request.subject.studentId) })).students[request.subject.studentId];
        if (student) await removeStudent(store, student.studentNumber, actorId, now());
      } else if (request.requester) {
        await removeContact(store, request.subject.companyId, request.requester, actorId, now());
      }
      const decided = await decide(requestId, actorId, 'carried-out', (r) => {
        delete r.requester;
      });
      // Earlier requests of the same person (refused ones) no longer say who asked, nor why they were
      // refused, and no message about them is kept for that account.
      const account = request.requester;
      if (decided.ok && account) {
        await store.update({ erasureRequests: byKeys(identityKey(account.platform, account.userId)), outbox: byKeys(roundKindKey(PRIVACY_ROUND_ID, 'erasure')) }, (data) => {
          for (const earlier of Object.values(data.erasureRequests)) {
            delete earlier.requester;
            delete earlier.refusalReason;
          }
          for (const [key, entry] of Object.entries(data.outbox)) {
            if (entry.recipient.platform === account.platform && entry.recipient.userId === account.userId) delete data.outbox[key];
          }
        });
      }
      return decided;
    },
    async refuse(requestId, actorId, reason) {
      const decided = await decide(requestId, actorId, 'refused', (r) => {
        r.refusalReason = reason;
      });
      const requester = decided.ok ? (await store.read({ erasureRequests: byIds(requestId) })).erasureRequests[requestId]?.requester : undefined;
      if (requester) {
        // The reason itself is worded when the message is sent, so it never sits in the outbox.
        const message: QueuedNotification = {
          key: `erasure:${requestId}:refused`, recipient: requester, notification: { kind: 'erasure', event: 'refused', roundId: PRIVACY_ROUND_ID, requestId },
        };
        const outcome = await store.update(queueScope([message]), (draft) => queueDraft(draft, message, now(), { retryUnreached: false }));
        if (outcome === 'queued') options.queued?.();
      }
      return decided;
    },
  };
}

/** A contact leaves their company: their account, the e-mail it was invited by, their chat details. */
async function removeContact(store: KoppelStore, companyId: string, account: { platform: PersonKey['platform']; userId: string }, actorId: string, now: Date) {
  const chat = byIds(conversationKey(account));
  await store.update({ companies: byIds(companyId), conversations: chat, preferences: chat }, (data) => {
    const company = data.companies[companyId];
    if (!company) return;
    company.contacts = company.contacts.filter((c) => !(c.platform === account.platform && c.userId === account.userId));
    if (account.platform === 'email') company.pendingContactEmails = company.pendingContactEmails.filter((e) => e !== account.userId.toLowerCase());
    delete data.conversations[conversationKey(account)];
    delete data.preferences[conversationKey(account)];
    appendAudit(data, { actorId, action: 'company.contact-removed', subjectType: 'company', subjectId: companyId }, now);
  });
}
