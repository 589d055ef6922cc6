import { performance } from 'node:perf_hooks';
import { textsFor } from '../../dialogs/texts/index.js';
import { cardsOf, messageActivity, submitValue, type Outgoing, type ReadCard, type TeamsUser } from './teams-activity.js';
import type { ArrivedReply, TurnConnector } from './turn-connector.js';

// One student doing the whole intake in Teams, as test/e2e/student-intake.e2e.test.ts does in a real
// client: `start`, then each card's button with its inputs filled in, to the confirmed wish. Each
// turn must answer with the card the next step is on; anything else counts as an error.

/** Learning wishes the wish coach accepts without a warning (checked by the test next to this file). */
export const WISHES = [
  'Ik wil leren hoe ik wonden verzorg en hoe ik cliënten help bij het wassen.',
  'Ik wil leren hoe je wonden goed verzorgt en verbanden verwisselt. Ook wil ik leren zien wanneer een wond niet goed geneest en dat op tijd melden.',
  'Ik wil leren hoe ik ouderen help bij wassen en aankleden, zonder dat ze zich opgejaagd voelen. Ik wil ook leren wat ik wel en niet zelf mag doen.',
  'Ik wil in de thuiszorg leren werken: bij mensen thuis komen, ze helpen met douchen en zien wat ze nog zelf kunnen. Ik wil ook leren hoe een zorgplan werkt.',
  'Ik wil leren medicijnen klaarzetten en aftekenen, en begrijpen waarom iemand welk medicijn krijgt. Ik wil ook leren hoe je veilig werkt.',
  'Ik wil in een ziekenhuis leren werken: bloeddruk en temperatuur meten, patiënten voorbereiden op een onderzoek en overdragen aan de verpleegkundige.',
  'Ik wil wondzorg en katheterzorg leren en hoe je hygiënisch en veilig werkt op een afdeling.',
  'Ik wil leren een zorgplan opstellen en evalueren samen met de cliënt en de familie.',
  'Ik wil leren hoe ik veranderingen in de gezondheid van een cliënt opmerk en dat meld aan de verpleegkundige.',
] as const;

const MODES = ['walking', 'bike', 'ebike', 'scooter', 'public_transport', 'car'] as const;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const MINUTES = ['15', '20', '30', '45', '60', '75', '90'] as const;

/** What the store must hold for this student afterwards, exactly as they submitted it. */
export interface SubmittedIntake {
  learningWish: { text: string; workProcesses: string[]; organisationTypes: string[]; organisationSizes: string[]; electives: string[] };
  travel: { municipality: string; modes: string[]; maxMinutes: number; reachableMunicipalities: string[] };
  availability: { days: string[]; early: boolean; evening: boolean; weekend: boolean };
  supportNeed: { wanted: boolean; details?: string; shareWithCompany?: boolean };
}

export type TurnOutcome = 'ok' | 'timeout' | 'http-error' | 'error-reply' | 'unexpected-reply';

export interface TurnRecord {
  studentIndex: number;
  step: string;
  outcome: TurnOutcome;
  /** performance.now() when the request went out. */
  sentAt: number;
  /** Request → last reply at the connector; only for answered turns. */
  latencyMs?: number;
  /** Request → the bot's HTTP answer. */
  httpMs?: number;
  detail?: string;
}

export interface StudentRun {
  index: number;
  submitted: Partial<SubmittedIntake>;
  /** True once the confirming turn was answered as it should be. */
  finished: boolean;
  stoppedBecause?: string;
}

export interface StudentContext {
  /** Where the next request goes: one Koppel, or the next of several as a load balancer picks it. */
  messagesUrl: () => string;
  connector: TurnConnector;
  random: () => number;
  /** Pause before each turn after the first (ms); 0 at saturation. */
  thinkMs: () => number;
  turnTimeoutMs: number;
  /** performance.now() after which no new turn starts. */
  deadline: number;
  record: (turn: TurnRecord) => void;
}

class TurnFailed extends Error {}

const ERROR_TEXTS = new Set([textsFor('nl').somethingWentWrong, textsFor('en').somethingWentWrong]);

export async function runStudent(index: number, user: TeamsUser, context: StudentContext): Promise<StudentRun> {
  const run: StudentRun = { index, submitted: {}, finished: false };
  const { random } = context;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = Math.min(items.length, min + Math.floor(random() * (max - min + 1)));
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
    return chosen;
  };
  let turns = 0;
  const turn = async (step: string, outgoing: Outgoing, expectedVerb: string): Promise<{ card: ReadCard; activityId: string }> => {
    if (turns++ > 0) {
      const pause = context.thinkMs();
      if (performance.now() + pause > context.deadline) throw new TurnFailed('the run ran out of time');
      if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    } else if (performance.now() > context.deadline) {
      throw new TurnFailed('the run ran out of time');
    }
    return send(step, outgoing, expectedVerb);
  };
  const send = async (step: string, outgoing: Outgoing, expectedVerb: string) => {
    const activity = messageActivity(user, context.connector.serviceUrl, outgoing);
    context.connector.expect(user.conversationId);
    const sentAt = performance.now();
    const fail = (outcome: TurnOutcome, detail: string, httpMs?: number): never => {
      context.record({ studentIndex: index, step, outcome, sentAt, httpMs, detail });
      throw new TurnFailed(`${step}: ${outcome} (${detail})`);
    };
    let status: number;
    try {
      const response = await fetch(context.messagesUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(context.turnTimeoutMs),
      });
      await response.arrayBuffer();
      status = response.status;
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      return fail(timedOut ? 'timeout' : 'http-error', error instanceof Error ? error.message : String(error));
    }
    const httpMs = performance.now() - sentAt;
    const replies = context.connector.take(user.conversationId);
    if (status < 200 || status >= 300) return fail('http-error', `HTTP ${status}`, httpMs);
    if (replies.some((r) => ERROR_TEXTS.has(String(r.activity.text ?? '')))) return fail('error-reply', 'the bot apologised for an error', httpMs);
    const found = withVerb(replies, expectedVerb);
    if (!found) return fail('unexpected-reply', `no card with ${expectedVerb} among ${replies.length} replies: ${describe(replies)}`, httpMs);
    const latencyMs = Math.max(...replies.map((r) => r.at)) - sentAt;
    context.record({ studentIndex: index, step, outcome: 'ok', sentAt, latencyMs, httpMs });
    return found;
  };

  try {
    let { card, activityId } = await turn('start', { kind: 'text', text: 'start' }, 'intake.start');
    ({ card, activityId } = await turn('privacy', submit(card, activityId, 'intake.start', {}), 'intake.save.wish'));

    const text = pick(WISHES);
    ({ card, activityId } = await turn('wish', submit(card, activityId, 'intake.save.wish', { text }), 'intake.save.work-processes'));

    const workProcesses = some(choicesOf(card, 'codes'), 1, 3);
    ({ card, activityId } = await turn('work-processes', submit(card, activityId, 'intake.save.work-processes', { codes: workProcesses.join(',') }), 'intake.save.organisation'));
    run.submitted.learningWish = { text, workProcesses, organisationTypes: [], organisationSizes: [], electives: [] };

    const organisationTypes = some(choicesOf(card, 'organisationTypes'), 0, 2);
    const organisationSizes = some(choicesOf(card, 'organisationSizes'), 0, 1);
    const electives = some(choicesOf(card, 'electives'), 0, 1);
    ({ card, activityId } = await turn('organisation', submit(card, activityId, 'intake.save.organisation', { organisationTypes: organisationTypes.join(','), organisationSizes: organisationSizes.join(','), electives: electives.join(',') }), 'intake.save.travel'));
    run.submitted.learningWish = { text, workProcesses, organisationTypes, organisationSizes, electives };

    const places = choicesOf(card, 'municipality');
    const municipality = pick(places);
    const modes = some(MODES, 1, 2);
    const maxMinutes = pick(MINUTES);
    const reachableMunicipalities = some(places.filter((p) => p !== municipality), 0, 2);
    ({ card, activityId } = await turn('travel', submit(card, activityId, 'intake.save.travel', {
      municipality, postcodeArea: '', modes: modes.join(','), maxMinutes, reachableMunicipalities: reachableMunicipalities.join(','),
    }), 'intake.save.days'));
    run.submitted.travel = { municipality, modes, maxMinutes: Number(maxMinutes), reachableMunicipalities };

    const days = some(DAYS.slice(0, 5), 1, 5);
    const shifts = { early: random() < 0.3, evening: random() < 0.2, weekend: random() < 0.1 };
    ({ card, activityId } = await turn('days', submit(card, activityId, 'intake.save.days', {
      days: days.join(','), early: String(shifts.early), evening: String(shifts.evening), weekend: String(shifts.weekend),
    }), 'intake.save.support'));
    run.submitted.availability = { days, ...shifts };

    const wanted = random() < 0.25;
    const share = random() < 0.5;
    const details = wanted ? 'Een vaste begeleider die rustig uitlegt helpt mij.' : '';
    ({ card, activityId } = await turn('support', submit(card, activityId, 'intake.save.support', { wanted: String(wanted), details, shareWithCompany: String(share) }), 'intake.confirm'));
    run.submitted.supportNeed = wanted ? { wanted, details, shareWithCompany: share } : { wanted };

    // Confirming answers with a text, the confirmed summary and the result card (which refreshes itself).
    await turn('confirm', submit(card, activityId, 'intake.confirm', {}), 'live.refresh');
    run.finished = true;
  } catch (error) {
    if (!(error instanceof TurnFailed)) throw error;
    run.stoppedBecause = error.message;
  }
  return run;
}

function submit(card: ReadCard, replyToId: string, verb: string, answers: Record<string, string>): Outgoing {
  return { kind: 'submit', value: submitValue(card, verb, answers), replyToId };
}

function choicesOf(card: ReadCard, inputId: string): string[] {
  return card.inputs.find((input) => input.id === inputId)?.choices ?? [];
}

function withVerb(replies: readonly ArrivedReply[], verb: string): { card: ReadCard; activityId: string } | undefined {
  for (const reply of replies) {
    for (const card of cardsOf(reply.activity)) {
      if (card.actions.some((a) => a.verb === verb)) return { card, activityId: reply.activityId };
    }
  }
  return undefined;
}

function describe(replies: readonly ArrivedReply[]): string {
  const short = (text: string) => text.replace(/\s+/g, ' ').slice(0, 80);
  return replies.map((r) => {
    const cards = cardsOf(r.activity);
    return cards.length ? `card[${cards.flatMap((c) => c.actions.map((a) => a.verb)).join(' ')}] ${short(cards[0].text)}` : `text "${short(String(r.activity.text ?? ''))}"`;
  }).join(' | ') || 'none';
}
