import type { PlatformIdentity } from '../domain/common.js';
import { platformsOf } from '../people.js';
import type { KoppelView } from '../koppel-data.js';
import { latestRun } from '../matching-runs/run-records.js';
import { liveResultKey } from '../results/live-keys.js';
import { releaseKey, type OutboxKind, type PlannedMessage } from './outbox.js';

/**
 * Every message of a round's release, in the outbox's phases: each reachable student's result card
 * updated in place (when Koppel knows the card's message id) and a short notice; each contact of a
 * company with students; each coordinator. Ids only: the words are rendered when sending.
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
  const run = latestRun(data, roundId);
  const companyIds = [...new Set(Object.values(data.matches)
    .filter((m) => m.runId === run?.id && m.offerId)
    .map((m) => data.offers[m.offerId!]?.companyId)
    .filter((id): id is string => Boolean(id)))].sort();
  const companies = companyIds.flatMap((id) => (data.companies[id]?.contacts ?? []).map((contact) => plan('company-result', contact, [id])));
  const summaries = coordinators.flatMap((userId) => platformsOf(data, userId).map((platform) => plan('coordinator-summary', { platform, userId }, [roundId])));
  return [...cards, ...notices, ...companies, ...summaries];
}

