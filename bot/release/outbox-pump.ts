import type { OutboxEntry } from '../domain/outbox-entry.js';
import { applyOutcome, claimBatch, type Applied, type ClaimResult, type RetryPolicy, type SendOutcome, type TransportResult } from './outbox-claims.js';
import { isIdempotent, type OutboxKind } from './outbox.js';
import type { RateLimiter } from './rate-limiter.js';
import type { ReleaseLog, ReleaseTransport, RunOutboxResult } from './outbox-port.js';
import { byIds, byKeys, outboxStateKey, type KoppelStore, type Scope } from '../store/index.js';
import { LeaseLostError, takeLease, type SenderLease } from './sender-lease.js';

// One phase (one kind) of the release: a single loop writes outcomes and claims the next batch in
// one store update, while up to `concurrency` sends run paced by the rate limiter. Whole-document
// writes are expensive, so outcomes wait up to `flushIntervalMs` and are written together.

export interface PhaseContext {
  store: KoppelStore;
  transport: ReleaseTransport;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  log: ReleaseLog;
  totals: RunOutboxResult;
  roundId?: string;
  limiter: RateLimiter;
  concurrency: number;
  perSecond: number;
  batchSize?: number;
  flushIntervalMs: number;
  policy: RetryPolicy;
  /** When several processes share the store: renewed with every batch, and the phase stops once it is lost. */
  lease?: SenderLease;
}

interface PhaseState {
  queue: OutboxEntry[];
  inFlight: number;
  outcomes: SendOutcome[];
  wake: Wakeup;
  lastSyncMs: number;
  /** How long the last store write took, on the real clock: it sets how far ahead to claim. */
  syncDurationMs: number;
  readyLeft: number;
  waitingUntil?: number;
  idempotent: boolean;
}

const MAX_IDLE_SLEEP_MS = 60_000;
const MAX_RATE_WAITS = 10_000;
// Every pass records, claims, waits for sends or sleeps until a retry is due; this many passes doing
// none of that is a bug, and ends the phase with an error instead of spinning.
const MAX_EMPTY_PASSES = 1000;

export async function runPhase(ctx: PhaseContext, kind: OutboxKind): Promise<void> {
  const state: PhaseState = { queue: [], inFlight: 0, outcomes: [], wake: new Wakeup(), lastSyncMs: 0, syncDurationMs: 0, readyLeft: 0, idempotent: isIdempotent(kind) };
  for (let emptyPasses = 0; emptyPasses < MAX_EMPTY_PASSES; emptyPasses++) {
    const { claim, recorded } = await sync(ctx, kind, state);
    if (recorded + claim.claimed.length + claim.exhausted > 0) emptyPasses = 0;
    startSends(ctx, state);
    if (!isIdle(state)) {
      await waitForSyncReason(ctx, state);
      emptyPasses = 0;
    } else if (claim.pendingLeft === 0) {
      // Idle means nothing of ours is in flight, so any entry still 'sending' belongs to another runner.
      if (claim.sendingKeys.length > 0) throw new Error(`${claim.sendingKeys.length} ${kind} entries are being sent by another runner`);
      return;
    } else if (claim.readyLeft === 0 && claim.waitingUntil !== undefined) {
      const waitMs = claim.waitingUntil - ctx.now().getTime();
      if (waitMs > 0) await ctx.sleep(Math.min(MAX_IDLE_SLEEP_MS, waitMs));
      emptyPasses = 0;
    }
  }
  throw new Error(`the ${kind} phase made no progress in ${MAX_EMPTY_PASSES} passes`);
}

/** Writes the finished outcomes and claims the next batch, in one store update. */
async function sync(ctx: PhaseContext, kind: OutboxKind, state: PhaseState): Promise<{ claim: ClaimResult; recorded: number }> {
  const outcomes = state.outcomes.splice(0);
  const now = ctx.now();
  const started = performance.now();
  const wanted = Math.max(0, batchSize(ctx, state) - state.queue.length);
  const { applied, claim } = await ctx.store.update(phaseScope(kind, ctx.lease), (draft) => {
    if (ctx.lease && takeLease(draft, ctx.lease.name, ctx.lease.owner, now, ctx.lease.leaseMs) === 'held-by-other') throw new LeaseLostError(ctx.lease.name);
    return {
      applied: outcomes.map((outcome) => applyOutcome(draft, outcome, ctx.policy)),
      claim: claimBatch(draft, { kind, roundId: ctx.roundId }, now, wanted, ctx.policy.maxAttempts),
    };
  });
  count(ctx.totals, applied, claim.exhausted);
  state.queue.push(...claim.claimed);
  state.lastSyncMs = ctx.now().getTime();
  state.syncDurationMs = performance.now() - started;
  state.readyLeft = claim.readyLeft;
  state.waitingUntil = claim.waitingUntil;
  if (outcomes.length + claim.claimed.length > 0) {
    ctx.log('release.batch', { kind, claimed: claim.claimed.length, recorded: outcomes.length, pendingLeft: claim.pendingLeft, writeMs: Math.round(state.syncDurationMs) });
  }
  return { claim, recorded: outcomes.length };
}

/** What a sync reads: the phase's entries still to send or being sent (never the sent ones), and the lease. */
function phaseScope(kind: OutboxKind, lease: SenderLease | undefined): Scope {
  return {
    outbox: byKeys(outboxStateKey('pending', kind), outboxStateKey('sending', kind)),
    ...(lease ? { leases: byIds(lease.name) } : {}),
  };
}

/**
 * How many entries to claim per write. A write blocks the process (the whole document is validated
 * and rewritten), so a batch must carry the sending through the next write. A claimed card is
 * harmless if the process dies (it is sent again), so cards are claimed up to 3 s ahead; every other
 * claimed entry is one more in doubt after a crash, so those stay within a second. Fixed if configured.
 */
function batchSize(ctx: PhaseContext, state: PhaseState): number {
  if (ctx.batchSize !== undefined) return ctx.batchSize;
  const writeSeconds = state.syncDurationMs / 1000;
  const ahead = state.idempotent ? Math.min(3, Math.max(1, 3 * writeSeconds)) : Math.min(1, 1.5 * writeSeconds);
  return Math.max(ctx.concurrency, Math.ceil(ctx.perSecond * ahead));
}

/** Outcomes of cards wait for the next claim; others are written at least every flush interval. */
function flushDue(ctx: PhaseContext, state: PhaseState, nowMs: number): boolean {
  if (state.idempotent) return false;
  return nowMs - state.lastSyncMs >= Math.max(ctx.flushIntervalMs, 2 * state.syncDurationMs);
}

function count(totals: RunOutboxResult, applied: Applied[], exhausted: number): void {
  for (const result of applied) {
    if (result === 'sent') totals.sent += 1;
    else if (result === 'failed') totals.failed += 1;
    else if (result === 'retry') totals.retries += 1;
  }
  totals.failed += exhausted;
}

function isIdle(state: PhaseState): boolean {
  return state.queue.length === 0 && state.inFlight === 0 && state.outcomes.length === 0;
}

/** Waits for finished sends until a write is worth it: to record outcomes, or to claim more. */
async function waitForSyncReason(ctx: PhaseContext, state: PhaseState): Promise<void> {
  for (;;) {
    if (isIdle(state)) return;
    const nowMs = ctx.now().getTime();
    const running = state.queue.length === 0 && state.inFlight === 0;
    const lowQueue = state.queue.length <= batchSize(ctx, state) / 2;
    if (lowQueue && (state.readyLeft > 0 || (state.waitingUntil !== undefined && state.waitingUntil <= nowMs))) return;
    if (state.outcomes.length > 0 && (running || flushDue(ctx, state, nowMs))) return;
    await state.wake.wait();
  }
}

function startSends(ctx: PhaseContext, state: PhaseState): void {
  while (state.inFlight < ctx.concurrency && state.queue.length > 0) {
    const entry = state.queue.shift() as OutboxEntry;
    state.inFlight += 1;
    void deliver(ctx, entry).then((result) => {
      state.outcomes.push({ key: entry.key, result, at: ctx.now() });
      state.inFlight -= 1;
      startSends(ctx, state);
      state.wake.notify();
    });
  }
}

async function deliver(ctx: PhaseContext, entry: OutboxEntry): Promise<TransportResult> {
  const conversation = `${entry.recipient.platform}:${entry.recipient.userId}`;
  for (let waits = 0; waits < MAX_RATE_WAITS; waits++) {
    const waitMs = ctx.limiter.tryAcquire(ctx.now().getTime(), conversation);
    if (waitMs === 0) return sendSafely(ctx, entry);
    await ctx.sleep(waitMs);
  }
  return { ok: false, retryable: true, error: 'rate-limit-wait' };
}

async function sendSafely(ctx: PhaseContext, entry: OutboxEntry): Promise<TransportResult> {
  try {
    return await ctx.transport.send(entry);
  } catch {
    // A throw says nothing about whether the message left: only an idempotent kind may be tried again.
    return { ok: false, retryable: isIdempotent(entry.kind), error: 'transport-threw' };
  }
}

/** A wake-up that is not lost when it comes before the wait. */
class Wakeup {
  private pending = false;
  private resolve: (() => void) | undefined;

  notify(): void {
    if (this.resolve) {
      const resolve = this.resolve;
      this.resolve = undefined;
      resolve();
    } else {
      this.pending = true;
    }
  }

  wait(): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => (this.resolve = resolve));
  }
}
