// A coordinator's "remind now" (`ronde herinner`), besides the fixed reminder moments: students who
// still owe a confirmed wish and companies without an offer hear a reminder at once. At most one per
// person, round and day (Amsterdam time): the key is written before the message goes out
// (deliverOnce), so pressing twice, or two coordinators pressing at once, never sends a second one.
import { appendAudit } from '../audit-log.js';
import { deliverOnce } from '../deliver-once.js';
import type { Company } from '../domain/company.js';
import type { Round } from '../domain/round.js';
import type { KoppelView } from '../koppel-data.js';
import type { DeliveryResult, Notification, Notifier } from '../notifications.js';
import { contactsOf, hasOffer, invited } from '../offers/offer-reminders.js';
import type { PersonKey } from '../people.js';
import { acceptsOffers, acceptsWishes } from '../rounds/round-lifecycle.js';
import { awaitsWish } from './reminder-plan.js';
import { EVERYTHING, type KoppelStore } from '../store/index.js';

export type RemindWho = 'students' | 'companies' | 'both';
export type RemindGroup = Exclude<RemindWho, 'both'>;

/** Students are counted per student, companies per company (a company heard it if any contact did). */
export interface RemindCounts {
  reminded: number;
  /** Nobody to reach yet: no chat account linked, or they never talked with Koppel. */
  unreachable: number;
  alreadyRemindedToday: number;
  failed: number;
}

export type RemindNowRefusal = 'unknown-round' | 'round-not-open' | 'deadline-passed';

export interface RemindNowDone {
  ok: true;
  students: RemindCounts;
  companies: RemindCounts;
  /** Asked for, but their deadline has passed: none of them was reminded. */
  pastDeadline: RemindGroup[];
}

export type RemindNowResult = RemindNowDone | { ok: false; refusal: RemindNowRefusal };

export interface RemindNowDeps {
  store: KoppelStore;
  notifier: Notifier;
  now: () => Date;
}

type Outcome = DeliveryResult | 'already-sent' | 'unreachable';

export function remindNowKey(roundId: string, id: string, day: string): string {
  return `remind-now:${roundId}:${id}:${day}`;
}

/** The calendar day in the Netherlands, YYYY-MM-DD: "today" as the school means it. */
export function amsterdamDay(moment: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export async function remindNow(deps: RemindNowDeps, roundId: string, actorId: string, who: RemindWho): Promise<RemindNowResult> {
  const now = deps.now();
  const data = await deps.store.read(EVERYTHING);
  const round = Object.hasOwn(data.rounds, roundId) ? data.rounds[roundId] : undefined;
  if (!round) return { ok: false, refusal: 'unknown-round' };
  if (round.status !== 'open') return { ok: false, refusal: 'round-not-open' };
  const asked: RemindGroup[] = who === 'both' ? ['students', 'companies'] : [who];
  const stillOpen = { students: acceptsWishes(round, now), companies: acceptsOffers(round, now) };
  if (!asked.some((group) => stillOpen[group])) return { ok: false, refusal: 'deadline-passed' };
  const day = amsterdamDay(now);
  const remind = (group: RemindGroup) => asked.includes(group) && stillOpen[group];
  const students = remind('students') ? await remindStudents(deps, data, round, day) : emptyCounts();
  const companies = remind('companies') ? await remindCompanies(deps, data, round, day) : emptyCounts();
  // Ids and counts only: who pressed, for which round, and how many heard it.
  const detail = {
    who, day,
    studentsReminded: students.reminded, studentsUnreachable: students.unreachable, studentsAlreadyToday: students.alreadyRemindedToday,
    companiesReminded: companies.reminded, companiesUnreachable: companies.unreachable, companiesAlreadyToday: companies.alreadyRemindedToday,
    failed: students.failed + companies.failed,
  };
  await deps.store.update(EVERYTHING, (draft) => {
    appendAudit(draft, { actorId, action: 'reminders.sent-now', subjectType: 'round', subjectId: round.id, detail }, now);
  });
  return { ok: true, students, companies, pastDeadline: asked.filter((group) => !stillOpen[group]) };
}

async function remindStudents(deps: RemindNowDeps, data: Readonly<KoppelView>, round: Round, day: string): Promise<RemindCounts> {
  const counts = emptyCounts();
  const students = Object.values(data.students).filter((s) => s.roundId === round.id && awaitsWish(s)).sort((a, b) => compare(a.id, b.id));
  for (const student of students) {
    const identity = student.identities[0];
    const notification: Notification = { kind: 'wish-reminder', roundId: round.id, studentId: student.id, deadline: round.wishesDeadline };
    const outcome = identity
      ? await send(deps, remindNowKey(round.id, student.id, day), { platform: identity.platform, userId: identity.userId }, notification)
      : 'unreachable';
    count(counts, outcome);
  }
  return counts;
}

async function remindCompanies(deps: RemindNowDeps, data: Readonly<KoppelView>, round: Round, day: string): Promise<RemindCounts> {
  const counts = emptyCounts();
  const companies = Object.values(data.companies).filter((c) => invited(c) && !hasOffer(data, round.id, c.id)).sort((a, b) => compare(a.id, b.id));
  for (const company of companies) count(counts, combined(await remindContacts(deps, round, company, day)));
  return counts;
}

/** Each contact is a person of their own: one key per company and contact. */
async function remindContacts(deps: RemindNowDeps, round: Round, company: Company, day: string): Promise<Outcome[]> {
  const notification: Notification = { kind: 'offer-reminder', roundId: round.id, companyId: company.id, deadline: round.offersDeadline };
  const outcomes: Outcome[] = [];
  for (const contact of contactsOf(company)) {
    outcomes.push(await send(deps, remindNowKey(round.id, `${company.id}:${contact.userId}`, day), contact, notification));
  }
  return outcomes;
}

async function send(deps: RemindNowDeps, key: string, recipient: PersonKey, notification: Notification): Promise<Outcome> {
  return deliverOnce(deps.store, deps.notifier, key, recipient, notification, deps.now);
}

// A company heard it if any contact did; else it was reminded earlier today, else the failure.
function combined(outcomes: readonly Outcome[]): Outcome {
  for (const outcome of ['sent', 'already-sent', 'failed'] as const) if (outcomes.includes(outcome)) return outcome;
  return 'unreachable';
}

function count(counts: RemindCounts, outcome: Outcome): void {
  if (outcome === 'sent') counts.reminded += 1;
  else if (outcome === 'already-sent') counts.alreadyRemindedToday += 1;
  else if (outcome === 'failed') counts.failed += 1;
  else counts.unreachable += 1;
}

function emptyCounts(): RemindCounts {
  return { reminded: 0, unreachable: 0, alreadyRemindedToday: 0, failed: 0 };
}

// Code-unit order, not locale order: the same on every machine.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
