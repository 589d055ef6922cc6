import { loadCatalogue } from '../../bot/catalogue/index.js';
import { Company } from '../../bot/domain/company.js';
import { Match } from '../../bot/domain/match.js';
import { MatchRun } from '../../bot/domain/match-run.js';
import { Offer } from '../../bot/domain/offer.js';
import { Round } from '../../bot/domain/round.js';
import { Student } from '../../bot/domain/student.js';
import { emptyKoppelData, KoppelView } from '../../bot/koppel-data.js';
import { createKoppelServices } from '../../bot/koppel-services.js';
import type { Notification, Notifier } from '../../bot/notifications.js';
import type { PersonKey } from '../../bot/people.js';
import { sendQueued } from '../../bot/outbox/outbox-test-support.js';
import { EVERYTHING, type KoppelStore, openMemoryKoppelStore } from '../../bot/store/index.js';
import { handleTurn } from '../koppel-dialogs.js';
import type { Language, Reply, Turn } from '../turn.js';
import { withoutMarks } from '../user-text.js';

export const STUDENT_USER = 'teams-student-1';
export const BEFORE_DEADLINE = new Date('2027-01-05T12:00:00+01:00');
export const AFTER_DEADLINE = new Date('2027-01-11T12:00:00+01:00');

export function roundData(mechanism: 'school' | 'ranked' = 'school'): KoppelView {
  const data = emptyKoppelData();
  data.rounds.r1 = Round.parse({
    id: 'r1', name: 'Zorg februari 2027', programmeCodes: ['90001'], mechanism, status: 'open',
    wishesDeadline: '2027-01-10T17:00:00+01:00', offersDeadline: '2027-01-12T17:00:00+01:00',
    releaseAt: '2027-01-20T09:00:00+01:00', internshipStart: '2027-02-15', seed: 'seed-1', createdBy: 'coord-1', createdAt: '2026-11-22T10:00:00Z',
  });
  data.students.s1 = Student.parse({ id: 's1', roundId: 'r1', studentNumber: '100234', programmeCode: '90001', identities: [{ platform: 'teams', userId: STUDENT_USER }] });
  return data;
}

/** A ranked round with three offers of named companies in nearby towns. */
export function rankedRoundData(): KoppelView {
  const data = roundData('ranked');
  const towns = ['Delft', 'Schiedam', 'Rotterdam'];
  towns.forEach((town, i) => {
    data.companies[`c${i}`] = Company.parse({ id: `c${i}`, name: `Zorggroep De Naam ${i}`, sbbNumber: `1000000${i}`, locations: [{ id: `l${i}`, label: 'Hoofdlocatie', postcodeArea: ['2611', '3111', '3011'][i], municipality: town }] });
    data.offers[`o${i}`] = Offer.parse({
      id: `o${i}`, roundId: 'r1', companyId: `c${i}`, places: 2, supervisionCapacity: 2, days: ['mon', 'tue'], programmeCodes: ['90001'],
      workProcesses: i === 1 ? ['B1-K1-W3'] : ['B1-K1-W1'], organisationType: 'verpleeghuis', learnText: `Je leert wonden verzorgen (plek ${i}).`,
      extraSupport: { available: false }, locationId: `l${i}`, updatedAt: '2027-01-01T10:00:00Z',
      agreement: { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true },
    });
  });
  return data;
}

export const CONTACT_USER = 'teams-contact-1';

/** An open round with one registered host company whose contact is CONTACT_USER. */
export function companyRoundData(): KoppelView {
  const data = roundData();
  data.companies.c1 = Company.parse({
    id: 'c1', name: 'Zorggroep De Linde', sbbNumber: '1234567', contacts: [{ platform: 'teams', userId: CONTACT_USER }],
    locations: [{ id: 'loc1', label: 'Verpleeghuis De Linde', postcodeArea: '2611', municipality: 'Delft' }],
  });
  return data;
}

/** A released round in which student s1 was placed at offer o1 (Schiedam). */
export function releasedRound(status: 'released' | 'scheduled' = 'released') {
  const data = rankedRoundData();
  data.rounds.r1.status = status;
  data.matchRuns.run_1 = MatchRun.parse({ id: 'run_1', roundId: 'r1', seed: 'seed-1', runBy: 'coord-1', runAt: '2027-01-13T10:00:00Z', pins: [], summary: { matched: 1, unmatched: 0, ownPlacement: 0, notConfirmed: 0 }, approvedBy: 'coord-2' });
  data.matches.m1 = Match.parse({ id: 'm1', roundId: 'r1', runId: 'run_1', studentId: 's1', offerId: 'o1', status: 'proposed', reasons: [{ code: 'travel', params: { minutes: 12, mode: 'bike' } }], createdAt: '2027-01-13T10:00:00Z' });
  return data;
}

/** The real services on an in-memory store; `restart()` builds new services on the same store. */
export async function intakeHarness(data: KoppelView = roundData(), clock = { now: BEFORE_DEADLINE }, coordinators = ['coord-1', 'coord-2'], demoMode = false) {
  const catalogue = await loadCatalogue();
  const store: KoppelStore = openMemoryKoppelStore(data);
  const sent: Array<{ recipient: PersonKey; notification: Notification }> = [];
  const notifier: Notifier = { notify: async (recipient, notification) => (sent.push({ recipient, notification }), 'sent') };
  const build = () => ({
    ...createKoppelServices({ store, catalogue, coordinators, notifier, now: () => clock.now, demoMode }),
    municipalities: () => ['Delft', 'Rotterdam', 'Schiedam'],
  });
  let services = build();
  const turn = (input: Turn['input'], language: Language = 'nl', userId = STUDENT_USER): Turn => ({ person: { platform: 'teams', userId }, language, input });
  return {
    store,
    clock,
    sent,
    restart: () => { services = build(); },
    /** Sends what the services queued in the outbox, as the outbox's runner does right after a turn. */
    sendQueued: () => sendQueued(store, notifier, clock.now),
    services: () => services,
    /** The replies as a person reads them: the marks around typed text (see user-text.ts) are left out. */
    say: async (text: string, language?: Language, userId?: string) => readable(await handleTurn(turn({ kind: 'text', text }, language, userId), services)),
    submit: async (verb: string, values: Record<string, unknown> = {}, language?: Language, userId?: string) =>
      readable(await handleTurn(turn({ kind: 'submit', verb, values: { verb, ...values } }, language, userId), services)),
    student: async () => (await store.read(EVERYTHING)).students.s1,
  };
}

/** Replies without the marks around typed text, as a person reads them; the renderers' own tests check the marks. */
export function readable<T>(value: T): T {
  if (typeof value === 'string') return withoutMarks(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => readable(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readable(v)])) as T;
  return value;
}

/** The form of the first card among the replies (a live card's too). */
export function formOf(replies: Reply[]) {
  const reply = replies.find((r) => r.kind === 'form' || r.kind === 'live');
  if (!reply || (reply.kind !== 'form' && reply.kind !== 'live')) throw new Error(`expected a form, got ${JSON.stringify(replies)}`);
  return reply.form;
}

export function textOf(replies: Reply[]): string {
  return replies.map((r) => (r.kind === 'text' ? r.text : r.kind === 'form' || r.kind === 'live' ? `${r.form.title}\n${r.form.intro ?? ''}\n${r.form.notice?.text ?? ''}` : r.kind === 'file' ? `${r.name}\n${r.description}` : r.title)).join('\n');
}
