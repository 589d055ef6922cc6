// The school's review of a company's other requirement (free text, already screened for protected
// grounds when saved): a coordinator approves it or refuses it with a reason, and the company hears
// it through the outbox. Approved or not, the text never enters the matching: an approved one is
// a thing the coordinator checks by hand with the placed student. Audited by ids only.
import { appendAudit } from '../audit-log.js';
import type { Offer } from '../domain/offer.js';
import type { KoppelView } from '../koppel-data.js';
import { queueAllDraft, queueInUnitOfWork, type QueuedNotification } from '../outbox/queue-notifications.js';
import { ownRecord } from '../own-record.js';
import { byIds, type KoppelStore } from '../store/index.js';
import { contactsOf } from './offer-reminders.js';

export type ReviewDecision = 'approved' | 'refused';
export type ReviewRefusal = 'unknown-offer' | 'not-pending' | 'no-reason';
export type ReviewResult = { ok: true; companyName: string; notified: number } | { ok: false; refusal: ReviewRefusal };

/** One other requirement as coordinators see it: waiting for review, or approved and to be checked by hand. */
export interface OtherRequirementItem {
  offerId: string;
  roundId: string;
  roundName: string;
  companyName: string;
  text: string;
  review: NonNullable<Offer['otherRequirement']>['review'];
  reason?: string;
}

const ACTIVE = new Set(['draft', 'open', 'closed', 'matched', 'approved', 'scheduled', 'released', 'follow-up']);

/** Of every round not archived: the requirements waiting for review and those approved, pending first. */
export function otherRequirements(view: Readonly<KoppelView>): OtherRequirementItem[] {
  return Object.values(view.offers).flatMap((offer) => {
    const other = offer.otherRequirement;
    const round = ownRecord(view.rounds, offer.roundId);
    if (!other || other.review === 'refused' || !round || !ACTIVE.has(round.status)) return [];
    return [{
      offerId: offer.id, roundId: round.id, roundName: round.name, companyName: ownRecord(view.companies, offer.companyId)?.name ?? offer.companyId,
      text: other.text, review: other.review, ...(other.reason ? { reason: other.reason } : {}),
    }];
  }).sort((a, b) => Number(a.review !== 'pending') - Number(b.review !== 'pending') || a.roundName.localeCompare(b.roundName) || a.companyName.localeCompare(b.companyName));
}

export async function reviewOtherRequirement(
  store: KoppelStore, offerId: string, decision: ReviewDecision, reason: string, actorId: string, now: Date,
): Promise<ReviewResult> {
  const text = reason.trim();
  if (text !== '' && (text.length < 3 || text.length > 300)) return { ok: false, refusal: 'no-reason' };
  if (decision === 'refused' && text === '') return { ok: false, refusal: 'no-reason' };
  const at = now.toISOString();
  const offerOf = (view: Readonly<KoppelView>) => ownRecord(view.offers, offerId);
  return queueInUnitOfWork(store, {
    scope: (await scopeOf(store, offerId)),
    plan: (view): QueuedNotification[] => {
      const offer = offerOf(view);
      const company = offer && ownRecord(view.companies, offer.companyId);
      if (!offer || !company) return [];
      return contactsOf(company).map((recipient) => ({
        key: `offer-requirement-reviewed:${offer.id}:${at}:${recipient.platform}:${recipient.userId}`, recipient,
        notification: { kind: 'offer-requirement-reviewed', roundId: offer.roundId, companyId: offer.companyId, offerId: offer.id, reviewedAt: at },
      }));
    },
    change: (draft, messages): ReviewResult => {
      const offer = offerOf(draft);
      if (!offer?.otherRequirement) return { ok: false, refusal: 'unknown-offer' };
      if (offer.otherRequirement.review !== 'pending') return { ok: false, refusal: 'not-pending' };
      offer.otherRequirement = { text: offer.otherRequirement.text, review: decision, ...(text ? { reason: text } : {}), reviewedBy: actorId, reviewedAt: at };
      appendAudit(draft, { actorId, action: 'offer.requirement-reviewed', subjectType: 'offer', subjectId: offer.id, detail: { decision } }, now);
      const queued = queueAllDraft(draft, messages, now, { retryUnreached: false });
      return { ok: true, companyName: ownRecord(draft.companies, offer.companyId)?.name ?? offer.companyId, notified: queued.queued };
    },
  });
}

async function scopeOf(store: KoppelStore, offerId: string) {
  const { offers } = await store.read({ offers: byIds(offerId) });
  const offer = ownRecord(offers, offerId);
  return { offers: byIds(offerId), companies: byIds(offer?.companyId) };
}
