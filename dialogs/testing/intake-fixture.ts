import { loadCatalogue } from '../../bot/catalogue/index.js';
import type { KoppelView } from '../../bot/koppel-data.js';
import { createKoppelServices } from '../../bot/koppel-services.js';
import type { Notification, Notifier } from '../../bot/notifications.js';
import type { PersonKey } from '../../bot/people.js';
import type { RetentionPolicy } from '../../bot/retention/retention-policy.js';
import { sendQueued } from '../../bot/outbox/testing/outbox-test-support.js';
import { EVERYTHING, type KoppelStore, openMemoryKoppelStore } from '../../bot/store/index.js';
import { handleTurn } from '../koppel-dialogs.js';
import type { Language, Reply, Turn } from '../turn.js';
import { withoutMarks } from '../user-text.js';

export { AFTER_DEADLINE, BEFORE_DEADLINE, CONTACT_USER, STUDENT_USER, companyRoundData, rankedRoundData, releasedRound, roundData } from '../../bot/testing/round-builders.js';
import { BEFORE_DEADLINE, roundData, STUDENT_USER } from '../../bot/testing/round-builders.js';

/** The real services on an in-memory store; `restart()` builds new services on the same store. */
export async function intakeHarness(data: KoppelView = roundData(), clock = { now: BEFORE_DEADLINE }, coordinators = ['coord-1', 'coord-2'], demoMode = false, staff: { meldpunt?: string[]; bpvDocenten?: string[]; careCoordinators?: string[]; coordinatorLimits?: Record<string, string[]>; retention?: RetentionPolicy } = {}) {
  const catalogue = await loadCatalogue();
  const store: KoppelStore = openMemoryKoppelStore(data);
  const sent: Array<{ recipient: PersonKey; notification: Notification }> = [];
  const notifier: Notifier = { notify: async (recipient, notification) => (sent.push({ recipient, notification }), 'sent') };
  const build = () => ({
    ...createKoppelServices({ store, catalogue, coordinators, ...staff, now: () => clock.now, demoMode }),
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
