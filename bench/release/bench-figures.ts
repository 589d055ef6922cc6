import type { KoppelView } from '../../bot/koppel-data.js';
import type { Delivery } from '../../bot/release/testing/fake-connector.js';
import { UNKNOWN_AFTER_RESTART } from '../../bot/release/outbox-claims.js';
import { isIdempotent } from '../../bot/release/outbox.js';
import { conversationIdFor } from '../../bot/release/testing/release-fixture.js';

// The release benchmark's figures, from what the fake connector delivered and what the store holds.

export interface ReleaseFigures {
  cardsUpdated: number;
  cardSpreadMs: number;
  noticesDoneMs: number;
  allDoneMs: number;
  delivered: number;
  duplicates: number;
  repeatedCardUpdates: number;
  lostCards: number;
  lostMessages: number;
  inDoubtDelivered: number;
  inDoubtNotDelivered: number;
  otherFailed: number;
}

export function releaseFigures(deliveries: readonly Delivery[], data: Readonly<KoppelView>, releaseAtMs: number): ReleaseFigures {
  const updates = deliveries.filter((d) => d.op === 'update');
  const sends = deliveries.filter((d) => d.op === 'send');
  const firstUpdate = new Map<string, number>();
  for (const d of updates) if (!firstUpdate.has(d.conversationId)) firstUpdate.set(d.conversationId, d.at);
  const sendCounts = countBy(sends, (d) => `${d.conversationId}|${d.text}`);
  const figures: ReleaseFigures = {
    cardsUpdated: firstUpdate.size,
    cardSpreadMs: Math.max(0, ...firstUpdate.values()) - releaseAtMs,
    noticesDoneMs: Math.max(0, ...sends.filter((d) => d.text === 'student-result-notice').map((d) => d.at)) - releaseAtMs,
    allDoneMs: Math.max(0, ...deliveries.map((d) => d.at)) - releaseAtMs,
    delivered: deliveries.length,
    duplicates: [...sendCounts.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    repeatedCardUpdates: updates.length - firstUpdate.size,
    lostCards: 0, lostMessages: 0, inDoubtDelivered: 0, inDoubtNotDelivered: 0, otherFailed: 0,
  };
  for (const entry of Object.values(data.outbox)) {
    const conversation = conversationIdFor(entry.recipient);
    if (isIdempotent(entry.kind)) {
      if (!firstUpdate.has(conversation)) figures.lostCards += 1;
      continue;
    }
    const delivered = sendCounts.has(`${conversation}|${entry.kind}`);
    if (entry.status === 'failed' && entry.lastError === UNKNOWN_AFTER_RESTART) {
      figures[delivered ? 'inDoubtDelivered' : 'inDoubtNotDelivered'] += 1;
    } else if (entry.status === 'failed') {
      figures.otherFailed += 1;
    } else if (entry.status !== 'sent' || !delivered) {
      // Neither delivered nor visible to a coordinator as failed: this is what 'lost' means.
      figures.lostMessages += 1;
    }
  }
  return figures;
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
