// Asks companies for their offer when a round opens, and reminds those without one before the
// offers deadline. The same rules as the students' wish reminders (bot/reminders): only the latest
// passed moment counts, never at or after the deadline, never twice, and safe across restarts,
// because a reminder is claimed (its key written) in the update that re-checks it is still due.
// One key per company and moment: claimed once, then every contact of the company hears it.
import { deliverOnce } from '../deliver-once.js';
import type { Company } from '../domain/company.js';
import type { Round } from '../domain/round.js';
import type { KoppelView } from '../koppel-data.js';
import type { DeliveryResult, Notification, Notifier } from '../notifications.js';
import type { PersonKey } from '../people.js';
import { currentMoment, DEFAULT_REMINDER_HOURS, type ReminderDeps, type ReminderLog } from '../reminders/index.js';
import { errorName } from '../reminders/reminder-runner.js';
import { acceptsOffers } from '../rounds/round-lifecycle.js';
import { EVERYTHING, type KoppelStore } from '../store/index.js';

export interface DueOfferReminder {
  /** Idempotency key in `sentNotifications`: one per round, company and moment. */
  key: string;
  roundId: string;
  companyId: string;
  /** Every contact of the company; empty when nobody can be reached yet. */
  recipients: PersonKey[];
  deadline: string;
  /** Hours before the offers deadline this reminder belongs to. */
  moment: number;
}

type OfferReminderNotification = Extract<Notification, { kind: 'offer-reminder' }>;

/** The same options as the wish reminders (moments are hours before the offers deadline here). */
export type OfferReminderDeps = Omit<ReminderDeps, 'signal'>;

/** Counted per contact message; a company without any contact counts once as unreachable. */
export interface OfferDeliveryCounts {
  sent: number;
  unreachable: number;
  failed: number;
}

export function offerReminderKey(roundId: string, companyId: string, moment: number): string {
  return `offer-reminder:${roundId}:${companyId}:${moment}h`;
}

export function offerRequestKey(roundId: string, companyId: string, contactUserId: string): string {
  return `offer-requested:${roundId}:${companyId}:${contactUserId}`;
}

/** Every offer reminder due now and not yet claimed, ordered by round id, then company id. */
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

/** The reminder due now for one company and round, if any: the runner's re-check before claiming. */
export function offerReminderFor(
  data: Readonly<KoppelView>, roundId: string, companyId: string, now: Date, moments: readonly number[] = DEFAULT_REMINDER_HOURS,
): DueOfferReminder | undefined {
  const round = ownValue(data.rounds, roundId);
  const company = ownValue(data.companies, companyId);
  return round && company ? planFor(data, round, company, now, moments) : undefined;
}

function planFor(
  data: Readonly<KoppelView>, round: Round, company: Company, now: Date, moments: readonly number[],
): DueOfferReminder | undefined {
  if (!acceptsOffers(round, now) || !invited(company) || hasOffer(data, round.id, company.id)) return undefined;
  const moment = currentMoment(round.offersDeadline, now, moments);
  if (moment === undefined) return undefined;
  const key = offerReminderKey(round.id, company.id, moment);
  if (Object.hasOwn(data.sentNotifications, key)) return undefined;
  return { key, roundId: round.id, companyId: company.id, recipients: contactsOf(company), deadline: round.offersDeadline, moment };
}

export async function runOfferReminders(deps: OfferReminderDeps): Promise<OfferDeliveryCounts> {
  const moments = deps.moments ?? DEFAULT_REMINDER_HOURS;
  const log = deps.log ?? (() => {});
  const counts: OfferDeliveryCounts = { sent: 0, unreachable: 0, failed: 0 };
  const due = dueOfferReminders(await deps.store.read(EVERYTHING), deps.now(), moments);
  for (const planned of due) {
    const reminder = await claim(deps.store, planned, deps.now(), moments);
    if (!reminder) continue;
    const notification: OfferReminderNotification = { kind: 'offer-reminder', roundId: reminder.roundId, companyId: reminder.companyId, deadline: reminder.deadline };
    const results = await notifyAll(deps.notifier, reminder.recipients, notification, log);
    const outcome = combined(results);
    if (outcome !== 'sent') await recordResult(deps.store, reminder.key, outcome);
    const tally = tallyOf(results);
    add(counts, tally);
    log('offer-reminder.delivered', { roundId: reminder.roundId, companyId: reminder.companyId, moment: reminder.moment, ...tally });
  }
  if (due.length > 0) log('offer-reminders.pass', { due: due.length, ...counts });
  return counts;
}

/**
 * Claims the key inside the update that re-plans this company, so an offer saved, a closed round or
 * a second pass since planning wins. A company nobody can be reached at is recorded as such: it is
 * counted once for this moment, and its contacts hear the next moment once they are linked.
 */
async function claim(
  store: KoppelStore, planned: DueOfferReminder, now: Date, moments: readonly number[],
): Promise<DueOfferReminder | undefined> {
  return store.update(EVERYTHING, (draft) => {
    const current = offerReminderFor(draft, planned.roundId, planned.companyId, now, moments);
    if (current?.key !== planned.key) return undefined;
    const result: DeliveryResult = current.recipients.length === 0 ? 'no-conversation' : 'sent';
    draft.sentNotifications[current.key] = { at: now.toISOString(), result };
    return current;
  });
}

/** 'offer-requested' once to every contact of every company, when a round opens. */
export async function requestOffers(
  deps: { store: KoppelStore; notifier: Notifier; now: () => Date }, roundId: string,
): Promise<OfferDeliveryCounts> {
  const counts: OfferDeliveryCounts = { sent: 0, unreachable: 0, failed: 0 };
  const data = await deps.store.read(EVERYTHING);
  const round = ownValue(data.rounds, roundId);
  if (!round || !acceptsOffers(round, deps.now())) return counts;
  const companies = Object.values(data.companies).filter(invited).sort((a, b) => compare(a.id, b.id));
  for (const company of companies) {
    if (company.contacts.length === 0) counts.unreachable += 1;
    for (const recipient of contactsOf(company)) {
      const key = offerRequestKey(roundId, company.id, recipient.userId);
      const result = await deliverOnce(deps.store, deps.notifier, key, recipient, { kind: 'offer-requested', roundId, companyId: company.id }, deps.now);
      if (result !== 'already-sent') add(counts, tallyOf([result]));
    }
  }
  return counts;
}

async function notifyAll(notifier: Notifier, recipients: readonly PersonKey[], notification: OfferReminderNotification, log: ReminderLog): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = [];
  for (const recipient of recipients) {
    try {
      results.push(await notifier.notify(recipient, notification));
    } catch (error) {
      // The error's text may hold personal data; its name does not.
      log('offer-reminder.notify-threw', { roundId: notification.roundId, companyId: notification.companyId, error: errorName(error) });
      results.push('failed');
    }
  }
  return results;
}

// The company heard it if any contact did; otherwise the most hopeful of the failures.
function combined(results: readonly DeliveryResult[]): DeliveryResult {
  if (results.includes('sent')) return 'sent';
  return results.length === 0 || results.includes('no-conversation') ? 'no-conversation' : 'failed';
}

function tallyOf(results: readonly DeliveryResult[]): OfferDeliveryCounts {
  if (results.length === 0) return { sent: 0, unreachable: 1, failed: 0 };
  const count = (r: DeliveryResult) => results.filter((x) => x === r).length;
  return { sent: count('sent'), unreachable: count('no-conversation'), failed: count('failed') };
}

function add(total: OfferDeliveryCounts, part: OfferDeliveryCounts): void {
  total.sent += part.sent;
  total.unreachable += part.unreachable;
  total.failed += part.failed;
}

async function recordResult(store: KoppelStore, key: string, result: DeliveryResult): Promise<void> {
  await store.update(EVERYTHING, (draft) => {
    const entry = draft.sentNotifications[key];
    if (entry) entry.result = result;
  });
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
