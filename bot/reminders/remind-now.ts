// A coordinator's "remind now" (`ronde herinner`), besides the fixed reminder moments: students who
// still owe a confirmed wish and companies without an offer get a reminder, queued in the outbox in
// the coordinator's one unit of work and sent by the outbox's sender within seconds. At most one
// per person, round and day (Amsterdam time): the key is stored in the outbox once, so pressing
// twice, or two coordinators pressing at once, never sends a second one.
import { appendAudit } from '../audit-log.js';
import type { Round } from '../domain/round.js';
import type { KoppelView } from '../koppel-data.js';
import type { QueuedSignal } from '../notifications.js';
import { contactsOf, hasOffer, invited } from '../offers/offer-reminders.js';
import { isQueued, queueDraft, queueInUnitOfWork, type QueuedNotification, type QueueOutcome } from '../outbox/queue-notifications.js';
import { acceptsOffers, acceptsWishes } from '../rounds/round-lifecycle.js';
import { awaitsWish } from './reminder-plan.js';
import { byIds, byKeys, roundKey, type KoppelStore } from '../store/index.js';

export type RemindWho = 'students' | 'companies' | 'both';
export type RemindGroup = Exclude<RemindWho, 'both'>;

/** Students are counted per student, companies per company (a company is reminded if any contact is). */
export interface RemindCounts {
  /** Reminders queued now; the outbox sends them within seconds. */
  reminded: number;
  /** Nobody to reach yet: no chat account linked, or they never talked with Koppel. */
  unreachable: number;
  alreadyRemindedToday: number;
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
  /** Told when reminders were queued, so the outbox's sender sends them at once. */
  notifier?: QueuedSignal;
  now: () => Date;
}

/** One reminder to one person, with whom it counts for (a student, or a company for each of its contacts). */
interface Reminder extends QueuedNotification {
  group: RemindGroup;
  subjectId: string;
}

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
  const ofRound = byKeys(roundKey(roundId));
  const { rounds } = await deps.store.read({ rounds: byIds(roundId) });
  const refusal = refusalFor(ownValue(rounds, roundId), who, now);
  if (refusal) return { ok: false, refusal };
  const day = amsterdamDay(now);
  const result = await queueInUnitOfWork(deps.store, {
    // Every company may be one without an offer: they are all read; the round's own records by its key.
    scope: { rounds: byIds(roundId), students: ofRound, offers: ofRound, companies: 'all' },
    plan: (view) => {
      const round = ownValue(view.rounds, roundId);
      return round && !refusalFor(round, who, now) ? planReminders(view, round, groupsToRemind(round, who, now), day) : [];
    },
    change: (draft, reminders): RemindNowResult => {
      const round = ownValue(draft.rounds, roundId);
      // Re-checked in the unit of work: the round may have closed since the first read.
      const refused = refusalFor(round, who, now);
      if (refused || !round) return { ok: false, refusal: refused ?? 'unknown-round' };
      const groups = groupsToRemind(round, who, now);
      const outcomes = new Map(reminders.map((r) => [r.key, queueDraft(draft, r, now, { retryUnreached: true })]));
      const students = groups.includes('students') ? countStudents(draft, round, reminders, outcomes) : emptyCounts();
      const companies = groups.includes('companies') ? countCompanies(draft, round, reminders, outcomes) : emptyCounts();
      // Ids and counts only: who pressed, for which round, and how many were reminded.
      const detail = {
        who, day,
        studentsReminded: students.reminded, studentsUnreachable: students.unreachable, studentsAlreadyToday: students.alreadyRemindedToday,
        companiesReminded: companies.reminded, companiesUnreachable: companies.unreachable, companiesAlreadyToday: companies.alreadyRemindedToday,
      };
      appendAudit(draft, { actorId, action: 'reminders.sent-now', subjectType: 'round', subjectId: round.id, detail }, now);
      return { ok: true, students, companies, pastDeadline: asked(who).filter((group) => !groups.includes(group)) };
    },
  });
  if (result.ok && result.students.reminded + result.companies.reminded > 0) deps.notifier?.queued?.();
  return result;
}

function asked(who: RemindWho): RemindGroup[] {
  return who === 'both' ? ['students', 'companies'] : [who];
}

/** The asked groups whose deadline has not passed. */
function groupsToRemind(round: Round, who: RemindWho, now: Date): RemindGroup[] {
  const stillOpen = { students: acceptsWishes(round, now), companies: acceptsOffers(round, now) };
  return asked(who).filter((group) => stillOpen[group]);
}

function refusalFor(round: Round | undefined, who: RemindWho, now: Date): RemindNowRefusal | undefined {
  if (!round) return 'unknown-round';
  if (round.status !== 'open') return 'round-not-open';
  return groupsToRemind(round, who, now).length === 0 ? 'deadline-passed' : undefined;
}

/** Students who still owe a wish and can be written to on some account, and every contact of a company without an offer. */
function planReminders(data: Readonly<KoppelView>, round: Round, groups: readonly RemindGroup[], day: string): Reminder[] {
  const reminders: Reminder[] = [];
  if (groups.includes('students')) {
    for (const student of studentsToRemind(data, round)) {
      const identity = student.identities[0];
      if (!identity) continue;
      reminders.push({
        group: 'students', subjectId: student.id, key: remindNowKey(round.id, student.id, day),
        recipient: { platform: identity.platform, userId: identity.userId },
        notification: { kind: 'wish-reminder', roundId: round.id, studentId: student.id, deadline: round.wishesDeadline },
      });
    }
  }
  if (groups.includes('companies')) {
    for (const company of companiesToRemind(data, round)) {
      for (const contact of contactsOf(company)) {
        reminders.push({
          group: 'companies', subjectId: company.id, key: remindNowKey(round.id, `${company.id}:${contact.userId}`, day), recipient: contact,
          notification: { kind: 'offer-reminder', roundId: round.id, companyId: company.id, deadline: round.offersDeadline },
        });
      }
    }
  }
  return reminders;
}

function studentsToRemind(data: Readonly<KoppelView>, round: Round) {
  return Object.values(data.students).filter((s) => s.roundId === round.id && awaitsWish(s)).sort((a, b) => compare(a.id, b.id));
}

function companiesToRemind(data: Readonly<KoppelView>, round: Round) {
  return Object.values(data.companies).filter((c) => invited(c) && !hasOffer(data, round.id, c.id)).sort((a, b) => compare(a.id, b.id));
}

function countStudents(data: Readonly<KoppelView>, round: Round, reminders: readonly Reminder[], outcomes: ReadonlyMap<string, QueueOutcome>): RemindCounts {
  const byStudent = outcomesBySubject(reminders, 'students', outcomes);
  const counts = emptyCounts();
  // A student without a chat account has no reminder planned: nobody to reach yet.
  for (const student of studentsToRemind(data, round)) count(counts, combined(byStudent.get(student.id) ?? []));
  return counts;
}

function countCompanies(data: Readonly<KoppelView>, round: Round, reminders: readonly Reminder[], outcomes: ReadonlyMap<string, QueueOutcome>): RemindCounts {
  const byCompany = outcomesBySubject(reminders, 'companies', outcomes);
  const counts = emptyCounts();
  for (const company of companiesToRemind(data, round)) count(counts, combined(byCompany.get(company.id) ?? []));
  return counts;
}

function outcomesBySubject(reminders: readonly Reminder[], group: RemindGroup, outcomes: ReadonlyMap<string, QueueOutcome>): Map<string, QueueOutcome[]> {
  const bySubject = new Map<string, QueueOutcome[]>();
  for (const reminder of reminders) {
    if (reminder.group !== group) continue;
    bySubject.set(reminder.subjectId, [...(bySubject.get(reminder.subjectId) ?? []), outcomes.get(reminder.key) ?? 'unreachable']);
  }
  return bySubject;
}

// A company is reminded if any contact is; else it was reminded earlier today; else nobody can be reached.
function combined(outcomes: readonly QueueOutcome[]): QueueOutcome {
  if (outcomes.some(isQueued)) return 'queued';
  return outcomes.includes('already-queued') ? 'already-queued' : 'unreachable';
}

function count(counts: RemindCounts, outcome: QueueOutcome): void {
  if (isQueued(outcome)) counts.reminded += 1;
  else if (outcome === 'already-queued') counts.alreadyRemindedToday += 1;
  else counts.unreachable += 1;
}

function emptyCounts(): RemindCounts {
  return { reminded: 0, unreachable: 0, alreadyRemindedToday: 0 };
}

function ownValue<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

// Code-unit order, not locale order: the same on every machine.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
