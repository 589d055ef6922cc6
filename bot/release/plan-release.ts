import type { PlatformIdentity } from '../domain/common.js';
import { platformsOf } from '../people.js';
import type { KoppelView } from '../koppel-data.js';
import { liveResultKey } from '../results/live-keys.js';
import { releaseKey, type OutboxKind, type PlannedMessage } from './outbox.js';

/**
 * Every message of a round's release, in the outbox's phases: each reachable student's result card
 * updated in place (when Koppel knows the card's message id) and a short notice; each contact of a
 * company that offered places; each coordinator. Ids only: the words are rendered when sending.
 */
export function planRelease(data: Readonly<KoppelView>, roundId: string, coordinators: readonly string[]): PlannedMessage[] {
  const plan = (kind: OutboxKind, recipient: PlatformIdentity, subjectIds: string[], activityId?: string): PlannedMessage => ({
    key: releaseKey(roundId, kind, recipient), roundId, kind, recipient, subjectIds, ...(activityId ? { activityId } : {}),
  });
  const students = Object.values(data.students).filter((s) => s.roundId === roundId && s.identities.length > 0)
    .sort((a, b) => a.id.localeCompare(b.id));
  const cards = students.flatMap((s) => {
    const card = data.liveMessages[liveResultKey(s.id)];
    return card ? [plan('student-result-card', { platform: card.platform, userId: card.userId }, [s.id], card.activityId)] : [];
  });
  const notices = students.map((s) => plan('student-result-notice', s.identities[0], [s.id]));
  // Every company that offered places hears: who their students are, and how many places were not
  // needed, so nobody keeps a place free for nothing.
  const companyIds = [...new Set(Object.values(data.offers)
    .filter((o) => o.roundId === roundId && Math.min(o.places, o.supervisionCapacity) > 0)
    .map((o) => o.companyId))].sort();
  const companies = companyIds.flatMap((id) => (data.companies[id]?.contacts ?? []).map((contact) => plan('company-result', contact, [id])));
  const summaries = coordinators.flatMap((userId) => platformsOf(data, userId).map((platform) => plan('coordinator-summary', { platform, userId }, [roundId])));
  return [...cards, ...notices, ...companies, ...summaries];
}

