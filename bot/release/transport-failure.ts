import type { OutboxKind } from './outbox.js';
import { isIdempotent } from './outbox.js';
import type { TransportResult } from './outbox-claims.js';

// How a failed platform call becomes an outbox outcome; shared by every transport so that Teams over
// botbuilder, the plain HTTP transport and Slack all decide "retry" versus "review" the same way.

// Microsoft's guidance for Bot Framework calls: retry these with backoff.
const RETRYABLE = new Set([412, 429, 502, 503, 504]);
const GATEWAY_ERRORS = new Set([502, 504]);

/** An HTTP error status, with the platform's Retry-After header when it sent one. */
export function failureFromStatus(status: number, retryAfter: string | null | undefined, kind: OutboxKind, nowMs = Date.now()): TransportResult {
  const error = `http-${status}`;
  if (!RETRYABLE.has(status)) return { ok: false, retryable: false, error };
  // A gateway error can come back after the platform already delivered a new message: resending could
  // deliver it twice, so such a message goes to the coordinator's review instead. Card updates are
  // idempotent and simply retried.
  if (GATEWAY_ERRORS.has(status) && !isIdempotent(kind)) return { ok: false, retryable: false, error: `unknown-outcome:${error}` };
  const retryAfterMs = parseRetryAfter(retryAfter ?? null, nowMs);
  return retryAfterMs === undefined ? { ok: false, retryable: true, error } : { ok: false, retryable: true, retryAfterMs, error };
}

/** No HTTP answer at all: a refused connection never carried the message; after a timeout or a reset it may have. */
export function failureFromNetwork(code: string, kind: OutboxKind): TransportResult {
  if (isIdempotent(kind) || code === 'ECONNREFUSED') return { ok: false, retryable: true, error: `network:${code}` };
  return { ok: false, retryable: false, error: `unknown-outcome:${code}` };
}

/** Retry-After as seconds or as an HTTP date. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
