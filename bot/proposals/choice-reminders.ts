// One reminder to each student of a proposals round who has not chosen yet, a day before the choice
// deadline (or at once, when the proposals came out later than that). Run by the reminder schedule;
// its key (round, student) is stored in the outbox once, so however often this runs, across
// restarts and processes, nobody is reminded twice. The card it brings says that whoever does not
// choose is placed by the school on their best proposal.
import type { KoppelView } from '../koppel-data.js';
import type { QueuedNotification } from '../outbox/queue-notifications.js';
import { changeWithMessages } from '../follow-up/with-messages.js';
import { byIds, byKeys, roundKey, type KoppelStore } from '../store/index.js';
import { acceptsChoices, choiceDeadlineOf } from './proposal-stage.js';

export const CHOICE_REMINDER_HOURS = 24;

export function choiceReminderKey(roundId: string, studentId: string): string {
  return `choice-reminder:${roundId}:${studentId}`;
}

/** Whether the round's reminder is due now: the proposals are out, the deadline is near and has not passed. */
export function choiceReminderDue(view: Readonly<KoppelView>, roundId: string, now: Date): boolean {
  const round = Object.hasOwn(view.rounds, roundId) ? view.rounds[roundId] : undefined;
  const deadline = round && choiceDeadlineOf(round);
  return round !== undefined && deadline !== undefined && acceptsChoices(round, now)
    && now.getTime() >= Date.parse(deadline) - CHOICE_REMINDER_HOURS * 60 * 60 * 1000;
}

/** Every reminder due now in the round, already queued or not: the outbox keys decide. */
export function dueChoiceReminders(view: Readonly<KoppelView>, roundId: string, now: Date): QueuedNotification[] {
  if (!choiceReminderDue(view, roundId, now)) return [];
  const deadline = choiceDeadlineOf(view.rounds[roundId])!;
  return Object.values(view.students)
    .filter((s) => s.roundId === roundId && s.proposals?.roundId === roundId && s.proposals.chosen === undefined && s.identities.length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => ({
      key: choiceReminderKey(roundId, s.id),
      recipient: { platform: s.identities[0].platform, userId: s.identities[0].userId },
      notification: { kind: 'choice-reminder' as const, roundId, studentId: s.id, deadline },
    }));
}

export interface ChoiceReminderDeps {
  store: KoppelStore;
  now: () => Date;
  /** Told when reminders were queued, so the outbox's sender sends them at once. */
  queued?: () => void;
}

/** One unit of work per round that is choosing; returns how many reminders were newly queued. */
export async function runChoiceReminders(deps: ChoiceReminderDeps): Promise<number> {
  const now = deps.now();
  const { rounds } = await deps.store.read({ rounds: 'all' });
  let queued = 0;
  for (const round of Object.values(rounds).sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!choiceReminderDue({ rounds } as Readonly<KoppelView>, round.id, now)) continue;
    const outcome = await changeWithMessages(deps.store, { rounds: byIds(round.id), students: byKeys(roundKey(round.id)) }, (draft) => ({ messages: dueChoiceReminders(draft, round.id, now) }), now);
    queued += outcome.queued;
  }
  if (queued > 0) deps.queued?.();
  return queued;
}
