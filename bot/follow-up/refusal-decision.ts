import { appendAudit } from '../audit-log.js';
import type { Placement } from '../domain/placement.js';
import type { KoppelView } from '../koppel-data.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';
import { toCompany, toStudent } from './follow-up-messages.js';
import { capacityAfterRefusal, DAY_MS, NEW_PLACE_WITHIN_DAYS } from './follow-up-rules.js';

// A coordinator decides on a company's refusal: upheld, the place ends, the capacity follows the
// reason, the student hears from the school (never only from the company) by when they will hear
// of a new place, and the student waits for a rematch; overturned, the place stands and the
// company hears so. The draft holds the placement, its offer, student and company, the company's
// and its match.

export type Decision = 'upheld' | 'overturned';

export type DecisionOutcome =
  | { ok: true; placement: Placement }
  | { ok: false; reason: 'not-found' | 'no-refusal' | 'already-decided' };

export function decideRefusal(draft: KoppelView, placementId: string, decision: Decision, actorId: string, now: Date): { outcome: DecisionOutcome; messages: QueuedNotification[] } {
  const placement = Object.hasOwn(draft.placements, placementId) ? draft.placements[placementId] : undefined;
  if (!placement) return { outcome: { ok: false, reason: 'not-found' }, messages: [] };
  const refusal = placement.refusal;
  if (!refusal) return { outcome: { ok: false, reason: 'no-refusal' }, messages: [] };
  if (refusal.decision) return { outcome: { ok: false, reason: 'already-decided' }, messages: [] };
  const at = now.toISOString();
  Object.assign(refusal, { decision, decidedBy: actorId, decidedAt: at });
  appendAudit(draft, { actorId, action: 'placement.refusal-decided', subjectType: 'placement', subjectId: placement.id, detail: { decision, reason: refusal.reason } }, now);
  if (decision === 'overturned') {
    return { outcome: { ok: true, placement }, messages: toCompany(draft, placement, 'refusal-overturned') };
  }
  placement.endedAt = at;
  refusal.newPlaceBy = new Date(now.getTime() + NEW_PLACE_WITHIN_DAYS * DAY_MS).toISOString();
  const offer = Object.hasOwn(draft.offers, placement.offerId) ? draft.offers[placement.offerId] : undefined;
  if (offer) Object.assign(offer, capacityAfterRefusal(offer, refusal.reason));
  const match = Object.hasOwn(draft.matches, placement.matchId) ? draft.matches[placement.matchId] : undefined;
  if (match) match.status = 'rejected';
  return {
    outcome: { ok: true, placement },
    messages: [...toStudent(draft, placement, 'refusal-upheld'), ...toCompany(draft, placement, 'refusal-upheld')],
  };
}
