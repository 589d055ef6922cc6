// Asks companies for their offer when a round opens, and reminds those without one before the
// offers deadline. The same rules as the students' wish reminders (bot/reminders): only the latest
// passed moment counts, never at or after the deadline, never twice, and safe across restarts and
// processes: each message is queued in the outbox under its key (one per round, company, moment and
// contact), in the unit of work that re-checks it is still due; the outbox's sender delivers it.
import type { Company } from '../domain/company.js';
import type { Round } from '../domain/round.js';
import type { KoppelView } from '../koppel-data.js';
import type { QueuedSignal } from '../notifications.js';
import { isQueued, queueAllDraft, queueDraft, queueInUnitOfWork, type QueuedNotification } from '../outbox/queue-notifications.js';
import type { PersonKey } from '../people.js';
import { currentMoment, DEFAULT_REMINDER_HOURS, type ReminderDeps } from '../reminders/index.js';
import { acceptsOffers } from '../rounds/round-lifecycle.js';
import { byIds, byKeys, roundKey, type KoppelStore, type Scope } from '../store/index.js';

export interface DueOfferReminder {
  /** One per round, company and moment; each contact's message is keyed by this and the contact. */
  key: string;
  roundId: string;
  companyId: string;
  /** Every contact of the company; empty when nobody can be reached yet. */
  recipients: PersonKey[];
  deadline: string;
  /** Hours before the offers deadline this reminder belongs to. */
  moment: number;
}

/** The same options as the wish reminders (moments are hours before the offers deadline here). */
export type OfferReminderDeps = Omit<ReminderDeps, 'signal'>;

/** Counted per contact; a company without any contact counts once as unreachable. */
export interface OfferQueueCounts {
  queued: number;
  unreachable: number;
}

export function offerReminderKey(roundId: string, companyId: string, moment: number): string {
  return `offer-reminder:${roundId}:${companyId}:${moment}h`;
}

/** Each contact is a person of their own: one message per contact. */
export function offerReminderContactKey(roundId: string, companyId: string, moment: number, contactUserId: string): string {
  return `${offerReminderKey(roundId, companyId, moment)}:${contactUserId}`;
}

export function offerRequestKey(roundId: string, companyId: string, contactUserId: string): string {
  return `offer-requested:${roundId}:${companyId}:${contactUserId}`;
}

/** Every offer reminder due now (queued already or not), ordered by round id, then company id. */
export function dueOfferReminders(
  data: Readonly<KoppelView>, now: Date, moments: readonly number[] = DEFAULT_REMINDER_HOURS,
): DueOfferReminder[] {
  const due: DueOfferReminder[] = [];
  for (const round of Object.values(data.rounds)) {
    for (const company of Object.values(data.companies)) {
      const reminder = planFor(data, round, company, now, moments);
      if (reminder) due.push(reminder);
    }
  }
  return due.sort((a, b) => compare(a.roundId, b.roundId) || compare(a.companyId, b.companyId));
}

function planFor(
  data: Readonly<KoppelView>, round: Round, company: Company, now: Date, moments: readonly number[],
): DueOfferReminder | undefined {
  if (!acceptsOffers(round, now) || !invited(company) || hasOffer(data, round.id, company.id)) return undefined;
  const moment = currentMoment(round.offersDeadline, now, moments);
  if (moment === undefined) return undefined;
  const key = offerReminderKey(round.id, company.id, moment);
  return { key, roundId: round.id, companyId: company.id, recipients: contactsOf(company), deadline: round.offersDeadline, moment };
}

/** The messages of the due reminders: one per contact, under the company's old key for files from before the outbox. */
export function offerReminderMessages(due: readonly DueOfferReminder[]): QueuedNotification[] {
  return due.flatMap((reminder) => reminder.recipients.map((recipient) => ({
    key: offerReminderContactKey(reminder.roundId, reminder.companyId, reminder.moment, recipient.userId),
    legacyKey: reminder.key,
    recipient,
    notification: { kind: 'offer-reminder' as const, roundId: reminder.roundId, companyId: reminder.companyId, deadline: reminder.deadline },
  })));
}

/** What planning one round's offer reminders reads: the round, every company, the round's offers. */
function roundScope(roundId: string): Scope {
  return { rounds: byIds(roundId), companies: 'all', offers: byKeys(roundKey(roundId)) };
}

/**
 * The planning pass: queues the due reminders, one unit of work per round. A company that saved its
 * offer, a closed round or another pass since the read wins, because the unit plans again on its own
 * draft. A contact who cannot be reached yet is not queued, and hears the current moment's reminder
 * once they can be, at a later pass.
 */
export async function runOfferReminders(deps: OfferReminderDeps): Promise<OfferQueueCounts> {
  const moments = deps.moments ?? DEFAULT_REMINDER_HOURS;
  const log = deps.log ?? (() => {});
  const now = deps.now();
  const counts: OfferQueueCounts = { queued: 0, unreachable: 0 };
  const { rounds } = await deps.store.read({ rounds: 'all' });
  const candidates = Object.values(rounds).filter((r) => acceptsOffers(r, now) && currentMoment(r.offersDeadline, now, moments) !== undefined);
  for (const { id } of candidates.sort((a, b) => compare(a.id, b.id))) {
    const round = await queueInUnitOfWork(deps.store, {
      scope: roundScope(id),
      plan: (view) => offerReminderMessages(dueOfferReminders(view, now, moments)),
      change: (draft) => {
        const tally: OfferQueueCounts = { queued: 0, unreachable: 0 };
        for (const reminder of dueOfferReminders(draft, now, moments)) {
          if (reminder.recipients.length === 0) tally.unreachable += 1;
          const counts = queueAllDraft(draft, offerReminderMessages([reminder]), now, { retryUnreached: false });
          tally.queued += counts.queued;
          tally.unreachable += counts.unreachable;
        }
        return tally;
      },
    });
    counts.queued += round.queued;
    counts.unreachable += round.unreachable;
    if (round.queued > 0) log('offer-reminders.queued', { roundId: id, ...round });
  }
  if (counts.queued > 0) deps.notifier?.queued?.();
  return counts;
}

/** 'offer-requested' to every contact of every registered company (queued once per contact and round). */
export function offerRequests(data: Readonly<KoppelView>, round: Round, now: Date): QueuedNotification[] {
  if (!acceptsOffers(round, now)) return [];
  return Object.values(data.companies).filter(invited).sort((a, b) => compare(a.id, b.id)).flatMap((company) => contactsOf(company).map((recipient) => ({
    key: offerRequestKey(round.id, company.id, recipient.userId),
    recipient,
    notification: { kind: 'offer-requested' as const, roundId: round.id, companyId: company.id },
  })));
}

/** Companies asked for their offer that nobody can be reached at yet (known by e-mail only). */
export function companiesWithoutContact(data: Readonly<KoppelView>): number {
  return Object.values(data.companies).filter((c) => invited(c) && c.contacts.length === 0).length;
}

/**
 * Asks for every company's offer in one unit of work; opening a round does the same in its own unit
 * of work, so after an open this finds every request queued already. A contact that could not be
 * reached is asked again, and a newly linked contact for the first time.
 */
export async function requestOffers(
  deps: { store: KoppelStore; now: () => Date; notifier?: QueuedSignal }, roundId: string,
): Promise<OfferQueueCounts> {
  const now = deps.now();
  const counts = await queueInUnitOfWork(deps.store, {
    scope: { rounds: byIds(roundId), companies: 'all' },
    plan: (view) => {
      const round = ownValue(view.rounds, roundId);
      return round ? offerRequests(view, round, now) : [];
    },
    change: (draft, messages) => {
      const round = ownValue(draft.rounds, roundId);
      const tally: OfferQueueCounts = { queued: 0, unreachable: round && acceptsOffers(round, now) ? companiesWithoutContact(draft) : 0 };
      for (const message of messages) {
        const outcome = queueDraft(draft, message, now, { retryUnreached: true });
        if (isQueued(outcome)) tally.queued += 1;
        else if (outcome === 'unreachable') tally.unreachable += 1;
      }
      return tally;
    },
  });
  if (counts.queued > 0) deps.notifier?.queued?.();
  return counts;
}

// Registered companies the school can reach or will once a contact links: these are asked.
export function invited(company: Company): boolean {
  return company.contacts.length > 0 || company.pendingContactEmails.length > 0;
}

export function hasOffer(data: Readonly<KoppelView>, roundId: string, companyId: string): boolean {
  return Object.values(data.offers).some((o) => o.roundId === roundId && o.companyId === companyId);
}

export function contactsOf(company: Company): PersonKey[] {
  return company.contacts.map((c) => ({ platform: c.platform, userId: c.userId }));
}

function ownValue<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
