import type { OutboxEntry } from '../domain/outbox-entry.js';
import type { KoppelView } from '../koppel-data.js';
import { isIdempotent, type OutboxKind } from './outbox.js';

// Pure changes to a draft of KoppelView, applied inside one store update per batch: the outcomes
// of finished sends are recorded and the next batch is claimed in the same write.

export type TransportResult =
  | { ok: true; activityId?: string }
  | { ok: false; retryable: boolean; retryAfterMs?: number; error: string };

export interface SendOutcome {
  key: string;
  result: TransportResult;
  at: Date;
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
}

export type Applied = 'sent' | 'retry' | 'failed' | 'ignored';

export const UNKNOWN_AFTER_RESTART = 'unknown-after-restart';
const MAX_ERROR_CHARS = 120;

/** Records one send's outcome on an entry this runner claimed; anything else is left alone. */
export function applyOutcome(draft: KoppelView, outcome: SendOutcome, policy: RetryPolicy): Applied {
  const entry = draft.outbox[outcome.key];
  if (!entry || entry.status !== 'sending') return 'ignored';
  const { result } = outcome;
  if (result.ok) {
    entry.status = 'sent';
    entry.sentAt = outcome.at.toISOString();
    if (result.activityId !== undefined) entry.activityId = result.activityId.slice(0, 300);
    delete entry.notBefore;
    delete entry.lastError;
    return 'sent';
  }
  const error = shortError(result.error);
  if (!result.retryable || entry.attempts >= policy.maxAttempts) {
    entry.status = 'failed';
    entry.lastError = result.retryable ? `too-many-attempts:${error}` : error;
    return 'failed';
  }
  entry.status = 'pending';
  entry.lastError = error;
  entry.notBefore = new Date(outcome.at.getTime() + retryDelayMs(entry.attempts, result.retryAfterMs, policy)).toISOString();
  return 'retry';
}

/** Exponential backoff with full jitter, never sooner than the platform's Retry-After. */
export function retryDelayMs(attempts: number, retryAfterMs: number | undefined, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  const jittered = Math.floor(policy.random() * ceiling);
  return Math.max(retryAfterMs ?? 0, jittered);
}

export function shortError(error: string): string {
  // The leading code only: any text after it could come from a response and name a person.
  return /^[A-Za-z0-9_.:-]+/.exec(error)?.[0].slice(0, MAX_ERROR_CHARS) ?? 'error';
}

export interface ClaimScope {
  kind: OutboxKind;
  roundId?: string;
}

export interface ClaimResult {
  claimed: OutboxEntry[];
  /** Entries exhausted before a new attempt (e.g. a card interrupted by crash after crash). */
  exhausted: number;
  /** Ready now but not claimed because the batch was full. */
  readyLeft: number;
  /** Pending entries of the phase after this claim, ready or waiting. */
  pendingLeft: number;
  /** The earliest moment a waiting entry may be tried again. */
  waitingUntil?: number;
  /** Keys in 'sending' of the phase: claimed by this runner or, if not, by someone else. */
  sendingKeys: string[];
}

/** Marks up to `limit` ready entries of the phase 'sending' with one more attempt, before any is sent. */
export function claimBatch(draft: KoppelView, scope: ClaimScope, now: Date, limit: number, maxAttempts: number): ClaimResult {
  const result: ClaimResult = { claimed: [], exhausted: 0, readyLeft: 0, pendingLeft: 0, sendingKeys: [] };
  const nowMs = now.getTime();
  for (const entry of Object.values(draft.outbox)) {
    if (entry.kind !== scope.kind || (scope.roundId !== undefined && entry.roundId !== scope.roundId)) continue;
    if (entry.status === 'sending') result.sendingKeys.push(entry.key);
    if (entry.status !== 'pending') continue;
    const readyAt = entry.notBefore ? Date.parse(entry.notBefore) : nowMs;
    if (readyAt > nowMs) {
      result.pendingLeft += 1;
      result.waitingUntil = Math.min(result.waitingUntil ?? readyAt, readyAt);
    } else if (entry.attempts >= maxAttempts) {
      entry.status = 'failed';
      entry.lastError = shortError(`too-many-attempts:${entry.lastError ?? 'unknown'}`);
      result.exhausted += 1;
    } else if (result.claimed.length >= limit) {
      result.pendingLeft += 1;
      result.readyLeft += 1;
    } else {
      entry.status = 'sending';
      entry.attempts += 1;
      result.claimed.push(structuredClone(entry));
    }
  }
  return result;
}

export interface Recovery {
  requeued: number;
  markedForReview: number;
}

/** After a restart nothing is in flight: 'sending' means the outcome is unknown. */
export function recoverDraft(draft: KoppelView, now: Date): Recovery {
  const recovery: Recovery = { requeued: 0, markedForReview: 0 };
  for (const entry of Object.values(draft.outbox)) {
    if (entry.status !== 'sending') continue;
    if (isIdempotent(entry.kind)) {
      entry.status = 'pending';
      entry.lastError = 'interrupted';
      entry.notBefore = now.toISOString();
      recovery.requeued += 1;
    } else {
      entry.status = 'failed';
      entry.lastError = UNKNOWN_AFTER_RESTART;
      recovery.markedForReview += 1;
    }
  }
  return recovery;
}
