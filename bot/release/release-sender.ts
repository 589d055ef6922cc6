import { recoverDraft, type Recovery } from './outbox-claims.js';
import type { ReleaseLog, ReleaseTransport, RunOutboxResult } from './outbox-port.js';
import { runPhase, type PhaseContext } from './outbox-pump.js';
import { OUTBOX_KINDS, OUTBOX_PHASES, type OutboxKind } from './outbox.js';
import { createRateLimiter } from './rate-limiter.js';
import { byKeys, outboxStateKey, type KoppelStore } from '../store/index.js';
import type { SenderLease } from './sender-lease.js';

// Sends the outbox: nothing lost, nothing sent twice, in strict phases: a release's kinds first,
// then the notifications (welcomes, offer requests, reminders, reports to coordinators).
//
// Crash semantics. An entry is claimed ('sending', attempts + 1) in a store write BEFORE it is sent,
// and its outcome ('sent' with activityId and sentAt, back to 'pending' with notBefore, or 'failed'
// with a short code) is written after, a batch per write. A runner that dies leaves claimed entries in
// 'sending': they may or may not have reached the platform. On restart `recoverAfterRestart` (also run
// at the start of `runOutbox`) decides per kind:
//   - idempotent kinds ('student-result-card' updates a card that already exists; doing it twice is
//     harmless) go back to 'pending' and are sent again, so no card is ever left behind;
//   - every other kind (notices, company and coordinator messages, every notification: each is a new
//     message) becomes 'failed' with lastError 'unknown-after-restart': it is never sent twice
//     automatically; for a release a coordinator sees it in `releaseProgress` and may resend it with
//     `retryFailed`.
// At most one batch plus the sends in flight and their unwritten outcomes are in doubt after a crash.
// One runner per store at a time: in one process a second runOutbox on the same store is refused;
// across processes the sender lease (sender-lease.ts) lets one of them send, and recovery runs when a
// process takes the lease over, so what it recovers was claimed by a holder that is gone.


export interface RateLimitOptions {
  /** Default 40, under Teams' 50 per app per tenant. */
  perSecond: number;
  /** Default 3: Teams allows a few per second in one conversation. */
  perConversationPerSecond?: number;
  /** Sends in flight at once; default 8. */
  concurrency?: number;
}

export interface RunOutboxDeps {
  store: KoppelStore;
  transport: ReleaseTransport;
  now: () => Date;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Receives ids and counts only. */
  log?: ReleaseLog;
  rateLimit?: RateLimitOptions;
  /** Phases in order, one kind each; default students' cards, students' notices, companies, coordinators, then the notification kinds. */
  kinds?: OutboxKind[];
  /** Default 8. */
  maxAttempts?: number;
  /** Only this round's entries; default all. */
  roundId?: string;
  /** Entries claimed per store write; default adapts to how long a write takes (at least `concurrency`, at most a second of sending). */
  batchSize?: number;
  /** How long finished outcomes may wait before they are written; default 200 ms. */
  flushIntervalMs?: number;
  /** Set when several processes share the store: the phase stops when the lease is lost. */
  lease?: SenderLease;
  /** Whether to recover entries left 'sending' first; default true (a single process just started). */
  recover?: boolean;
}

export const RELEASE_DEFAULTS = {
  perSecond: 40, perConversationPerSecond: 3, concurrency: 8, maxAttempts: 8,
  flushIntervalMs: 200, baseDelayMs: 500, maxDelayMs: 30_000,
} as const;

const running = new WeakSet<object>();

/** Only entries being sent are read: a whole release's sent entries stay where they are. */
export async function recoverAfterRestart(store: KoppelStore, now: Date): Promise<Recovery> {
  return store.update({ outbox: byKeys(...OUTBOX_KINDS.map((kind) => outboxStateKey('sending', kind))) }, (draft) => recoverDraft(draft, now));
}

export async function runOutbox(deps: RunOutboxDeps): Promise<RunOutboxResult> {
  if (running.has(deps.store)) throw new Error('runOutbox is already running on this store');
  running.add(deps.store);
  try {
    const log = deps.log ?? (() => {});
    const recovery = deps.recover === false ? { requeued: 0, markedForReview: 0 } : await recoverAfterRestart(deps.store, deps.now());
    if (recovery.requeued + recovery.markedForReview > 0) log('release.recovered', { ...recovery });
    const totals: RunOutboxResult = { sent: 0, failed: 0, retries: 0, duplicatesAvoided: recovery.markedForReview };
    const context = phaseContext(deps, log, totals);
    const withWork = await kindsWithWork(deps.store);
    for (const kind of deps.kinds ?? OUTBOX_PHASES) {
      // A kind with nothing pending or in flight costs no unit of work (what is queued meanwhile waits for the next pass).
      if (!withWork.has(kind)) continue;
      const before = { ...totals };
      await runPhase(context, kind);
      log('release.phase-done', { kind, sent: totals.sent - before.sent, failed: totals.failed - before.failed, retries: totals.retries - before.retries });
    }
    return totals;
  } finally {
    running.delete(deps.store);
  }
}

/** The kinds with something to send or in flight, read once per pass. */
async function kindsWithWork(store: KoppelStore): Promise<Set<OutboxKind>> {
  const keys = OUTBOX_KINDS.flatMap((kind) => [outboxStateKey('pending', kind), outboxStateKey('sending', kind)]);
  const { outbox } = await store.read({ outbox: byKeys(...keys) });
  return new Set(Object.values(outbox).map((entry) => entry.kind));
}

function phaseContext(deps: RunOutboxDeps, log: ReleaseLog, totals: RunOutboxResult): PhaseContext {
  const perSecond = deps.rateLimit?.perSecond ?? RELEASE_DEFAULTS.perSecond;
  const maxAttempts = deps.maxAttempts ?? RELEASE_DEFAULTS.maxAttempts;
  return {
    store: deps.store,
    transport: deps.transport,
    now: deps.now,
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    log,
    totals,
    roundId: deps.roundId,
    limiter: createRateLimiter(perSecond, deps.rateLimit?.perConversationPerSecond ?? RELEASE_DEFAULTS.perConversationPerSecond),
    concurrency: deps.rateLimit?.concurrency ?? RELEASE_DEFAULTS.concurrency,
    perSecond,
    batchSize: deps.batchSize,
    flushIntervalMs: deps.flushIntervalMs ?? RELEASE_DEFAULTS.flushIntervalMs,
    lease: deps.lease,
    policy: { maxAttempts, baseDelayMs: RELEASE_DEFAULTS.baseDelayMs, maxDelayMs: RELEASE_DEFAULTS.maxDelayMs, random: deps.random ?? Math.random },
  };
}
