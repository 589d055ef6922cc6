import { appendAudit } from '../audit-log.js';
import { checkTransition } from '../rounds/round-lifecycle.js';
import { enqueueDraft } from './outbox.js';
import { planRelease } from './plan-release.js';
import type { ReleaseLog, ReleaseTransport, RunOutboxResult } from './outbox-port.js';
import { runOutbox, type RateLimitOptions } from './release-sender.js';
import { byIds, byKeys, outboxStateKey, roundKey, userKey, type KoppelStore, type Scope } from '../store/index.js';
import { liveResultKey } from '../results/live-keys.js';
import { OUTBOX_KINDS, releaseEntriesOf } from './outbox.js';
import { placementsAtRelease } from '../follow-up/placements.js';
import { inProposalsStage, releaseMomentOf } from '../proposals/proposal-stage.js';
import { releaseProposals } from '../proposals/release-proposals.js';
import { LeaseLostError, releaseLease, takeLeaseNow, type SenderLease } from './sender-lease.js';

// Runs each scheduled release at its moment, and sends whatever else the outbox holds (welcomes,
// reminders, reports: services queue them and wake the runner). Students can already see their
// result from the moment itself (the stored moment decides, see resultsVisible); this runner marks
// the round released and pushes: result cards updated in place, then notices, companies and
// coordinators, then the notifications, through the outbox.
//
// Marking the round released and writing every planned message happen in ONE store update, so a
// crash can never leave a released round without its outbox. At start the runner also finishes
// whatever an earlier process left pending (runOutbox recovers entries it was sending when it died).

/** The actor in the audit log for what Koppel does by itself at the release moment. */
export const RELEASE_ACTOR = 'koppel:release';

export interface ReleaseRunnerOptions {
  store: KoppelStore;
  /** Every kind of the outbox: a release's and the notifications (see bot/outbox/outbox-transport.ts). */
  transport: ReleaseTransport;
  now: () => Date;
  /** Configured coordinator user ids: each gets the summary. */
  coordinators: readonly string[];
  log?: ReleaseLog;
  /** How often to look for a due release; default every second (the push may start up to this late). */
  intervalMs?: number;
  rateLimit?: RateLimitOptions;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** When several Koppel processes share the store: only the holder of this lease sends. */
  lease?: SenderLease;
}

export interface ReleaseRunner {
  /** Starts every release whose moment has come and sends whatever is pending; resolves when done. */
  runDue(): Promise<RunOutboxResult & { started: string[] }>;
  /** Stops looking; waits (a bounded time) for a send in progress, which is crash-safe if cut off. */
  stop(): Promise<void>;
}

export const DEFAULT_RELEASE_INTERVAL_MS = 1000;
const STOP_WAIT_MS = 10_000;

/** scheduled → released for every round whose moment has come, with its whole outbox; returns their ids. */
export async function startDueReleases(store: KoppelStore, now: Date, coordinators: readonly string[]): Promise<string[]> {
  const { rounds } = await store.read({ rounds: 'all' });
  const due = Object.values(rounds).filter((r) => r.status === 'scheduled' && Date.parse(releaseMomentOf(r)) <= now.getTime());
  const started: string[] = [];
  for (const { id } of due.filter((r) => !inProposalsStage(r))) {
    const scope = await releaseScope(store, id, coordinators);
    const done = await store.update(scope, (draft) => {
      const round = draft.rounds[id];
      // Re-checked inside the unit of work: another process, or a postponement, may have come first.
      if (round?.status !== 'scheduled' || checkTransition(round, 'released', { now, actorId: RELEASE_ACTOR })) return false;
      round.status = 'released';
      // From now on each placed student's place lives on in the follow-up.
      placementsAtRelease(draft, round.id, now);
      const enqueued = enqueueDraft(draft, planRelease(draft, round.id, coordinators), now);
      appendAudit(draft, { actorId: RELEASE_ACTOR, action: 'release.started', subjectType: 'round', subjectId: round.id, detail: { messages: enqueued.added } }, now);
      return true;
    });
    if (done) started.push(id);
  }
  // A proposals round's first release: every student's places to choose from, through the outbox.
  for (const { id } of due.filter((r) => inProposalsStage(r))) {
    if (await releaseProposals(store, id, now)) started.push(id);
  }
  return started;
}

/** What planning a round's release reads: the round's records, its students' cards, its companies, the coordinators' chats. */
async function releaseScope(store: KoppelStore, roundId: string, coordinators: readonly string[]): Promise<Scope> {
  const ofRound = byKeys(roundKey(roundId));
  const { students, offers } = await store.read({ students: ofRound, offers: ofRound });
  const coordinatorKeys = byKeys(...coordinators.map(userKey));
  return {
    rounds: byIds(roundId), students: ofRound, offers: ofRound, matches: ofRound, matchRuns: ofRound, outbox: releaseEntriesOf(roundId), placements: ofRound,
    companies: byIds(...Object.values(offers).map((o) => o.companyId)),
    liveMessages: byIds(...Object.keys(students).map(liveResultKey)),
    conversations: coordinatorKeys, preferences: coordinatorKeys,
  };
}

export async function hasUnsent(store: KoppelStore): Promise<boolean> {
  const keys = OUTBOX_KINDS.flatMap((kind) => [outboxStateKey('pending', kind), outboxStateKey('sending', kind)]);
  return Object.keys((await store.read({ outbox: byKeys(...keys) })).outbox).length > 0;
}

export function startReleaseRunner(options: ReleaseRunnerOptions): ReleaseRunner {
  const log = options.log ?? (() => {});
  let current: Promise<RunOutboxResult & { started: string[] }> | undefined;
  let again = false;
  let stopped = false;

  const { lease } = options;
  const pass = async (): Promise<RunOutboxResult & { started: string[] }> => {
    const empty = { sent: 0, failed: 0, retries: 0, duplicatesAvoided: 0 };
    // Another process holds the lease: it starts the releases and sends; this one waits its turn.
    if (lease && await takeLeaseNow(options.store, lease.name, lease.owner, options.now(), lease.leaseMs) === 'held-by-other') return { ...empty, started: [] };
    const started = await startDueReleases(options.store, options.now(), options.coordinators);
    for (const roundId of started) log('release.started', { roundId });
    if (!await hasUnsent(options.store)) return { ...empty, started };
    const result = await runOutbox({
      store: options.store, transport: options.transport, now: options.now, log, lease,
      rateLimit: options.rateLimit, sleep: options.sleep, random: options.random,
    });
    log('release.outbox-done', { ...result });
    return { ...result, started };
  };

  // One pass at a time; a call during a pass asks for one more pass after it (a retry, a new release).
  const runDue = (): Promise<RunOutboxResult & { started: string[] }> => {
    if (current) {
      again = true;
      return current;
    }
    current = (async () => {
      try {
        let result = await pass();
        while (again && !stopped) {
          again = false;
          const next = await pass();
          result = {
            sent: result.sent + next.sent, failed: result.failed + next.failed, retries: result.retries + next.retries,
            duplicatesAvoided: result.duplicatesAvoided + next.duplicatesAvoided, started: [...result.started, ...next.started],
          };
        }
        return result;
      } finally {
        current = undefined;
      }
    })();
    return current;
  };

  const tick = () => {
    runDue().catch((error: unknown) => {
      if (error instanceof LeaseLostError) log('release.lease-lost', {});
      else log('release.failed', { error: error instanceof Error ? error.message.slice(0, 120) : 'unknown' });
    });
  };
  const timer = setInterval(tick, options.intervalMs ?? DEFAULT_RELEASE_INTERVAL_MS);
  timer.unref();
  tick();

  return {
    runDue,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      if (current) await Promise.race([current.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())]);
      // A clean stop hands over at once instead of letting the others wait for the lease to run out.
      if (lease) await releaseLease(options.store, lease.name, lease.owner).catch(() => undefined);
    },
  };
}
