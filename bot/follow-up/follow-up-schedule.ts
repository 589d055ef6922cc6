import type { LogFields } from '../logger.js';
import type { KoppelView } from '../koppel-data.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';
import { byIds, byKeys, roundKey, type KoppelStore } from '../store/index.js';
import { startFollowUp } from './archive-round.js';
import { toCompany, toStudent } from './follow-up-messages.js';
import { ACKNOWLEDGE_REMINDER_DAYS, DAY_MS, VOG_REMINDER_DAYS } from './follow-up-rules.js';
import type { Placement } from '../domain/placement.js';
import { changeWithMessages } from './with-messages.js';

// The follow-up's scheduled work, run by the reminder schedule: a round moves to follow-up when its
// internships start; a student who has not acknowledged their place after a few days is reminded
// once; student and company hear the day before their introduction meeting; a student whose VOG
// is not arranged two weeks before the start is reminded once. Each message has one
// key, stored once in the outbox, so however often this runs, across restarts and processes,
// nobody hears it twice.

export interface FollowUpPassDeps {
  store: KoppelStore;
  now: () => Date;
  /** Told when messages were queued, so the outbox's sender sends them at once. */
  queued?: () => void;
  /** Ids and counts only. */
  log?: (event: string, fields: LogFields) => void;
}

export async function runFollowUpPass(deps: FollowUpPassDeps): Promise<{ queued: number; started: string[] }> {
  const now = deps.now();
  const { rounds } = await deps.store.read({ rounds: 'all' });
  const active = Object.values(rounds).filter((r) => r.status === 'released' || r.status === 'follow-up').map((r) => r.id).sort();
  let queued = 0;
  const started: string[] = [];
  for (const roundId of active) {
    const ofRound = byKeys(roundKey(roundId));
    const { placements } = await deps.store.read({ placements: ofRound });
    const companies = byIds(...new Set(Object.values(placements).map((p) => p.companyId)));
    const offers = byIds(...new Set(Object.values(placements).map((p) => p.offerId)));
    const outcome = await changeWithMessages(deps.store, { rounds: byIds(roundId), placements: ofRound, students: ofRound, companies, offers }, (draft) => {
      const moved = startFollowUp(draft, roundId, now);
      return { moved, messages: dueMessages(draft, roundId, now) };
    }, now);
    if (outcome.moved) started.push(roundId);
    queued += outcome.queued;
  }
  if (queued > 0) deps.queued?.();
  if (queued > 0 || started.length > 0) deps.log?.('follow-up.pass', { queued, started: started.length });
  return { queued, started };
}

/** A VOG the offer asks that is not arranged yet, from some days before the internship starts until it starts. */
function vogReminderDue(view: Readonly<KoppelView>, placement: Placement, now: Date): boolean {
  const offer = Object.hasOwn(view.offers, placement.offerId) ? view.offers[placement.offerId] : undefined;
  const round = Object.hasOwn(view.rounds, placement.roundId) ? view.rounds[placement.roundId] : undefined;
  if (!offer?.requirements.includes('certificate_of_conduct') || !round || placement.certificateOfConduct?.state === 'arranged') return false;
  const start = Date.parse(`${round.internshipStart}T00:00:00+01:00`);
  return now.getTime() >= start - VOG_REMINDER_DAYS * DAY_MS && now.getTime() < start;
}

/** Every follow-up message due now in the round (already queued or not: the outbox keys decide). */
export function dueMessages(view: Readonly<KoppelView>, roundId: string, now: Date): QueuedNotification[] {
  const messages: QueuedNotification[] = [];
  for (const placement of Object.values(view.placements)) {
    if (placement.roundId !== roundId || placement.endedAt) continue;
    if (!placement.acknowledgedAt && now.getTime() - Date.parse(placement.placedAt) >= ACKNOWLEDGE_REMINDER_DAYS * DAY_MS) {
      messages.push(...toStudent(view, placement, 'acknowledge-reminder'));
    }
    if (vogReminderDue(view, placement, now)) messages.push(...toStudent(view, placement, 'vog-reminder'));
    const chosen = placement.meeting?.chosen;
    const until = chosen ? Date.parse(chosen) - now.getTime() : -1;
    if (chosen && until > 0 && until <= DAY_MS) {
      messages.push(...toStudent(view, placement, 'meeting-tomorrow', chosen), ...toCompany(view, placement, 'meeting-tomorrow', chosen));
    }
  }
  return messages;
}
