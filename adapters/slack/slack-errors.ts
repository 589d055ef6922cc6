import type { TransportResult } from '../../bot/release/outbox-port.js';

// How a failed Web API call is reported to the release outbox, which decides about retries (the
// Web client itself never retries; see slack-client.ts):
//   - rate limited (HTTP 429 with Retry-After, or error `ratelimited`): not delivered, so retryable
//     after the time Slack asks for;
//   - no answer, a 5xx, or one of Slack's own "something broke" errors: for an update, retryable
//     (updating twice is harmless); for a NEW message unknown: it may have arrived, so it is never
//     resent automatically (`unknown-outcome:…`) and a coordinator reviews it;
//   - a refused connection never carried anything: retryable;
//   - any other Slack error (e.g. channel_not_found, invalid_blocks) is permanent.

interface SlackError {
  code?: string;
  retryAfter?: number;
  statusCode?: number;
  data?: { error?: string; response_metadata?: { retryAfter?: number } };
  original?: { code?: string; name?: string };
}

const SLACK_SIDE_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

export type CallKind = 'new-message' | 'update' | 'no-delivery-yet';

/**
 * `kind` says what was being done: a new message (may have arrived), an update (idempotent), or a
 * step before anything was delivered (opening the DM), after which a retry is always safe.
 */
export function classifySlackError(error: unknown, kind: CallKind): Extract<TransportResult, { ok: false }> {
  const e = (error ?? {}) as SlackError;
  const safeToRetry = kind !== 'new-message';
  if (e.code === 'slack_webapi_rate_limited_error') return { ok: false, retryable: true, retryAfterMs: Math.max(0, (e.retryAfter ?? 1) * 1000), error: 'ratelimited' };
  if (e.code === 'slack_webapi_platform_error') {
    const code = e.data?.error ?? 'error';
    if (code === 'ratelimited') {
      const seconds = e.data?.response_metadata?.retryAfter;
      return { ok: false, retryable: true, ...(seconds !== undefined ? { retryAfterMs: seconds * 1000 } : {}), error: 'ratelimited' };
    }
    if (SLACK_SIDE_ERRORS.has(code)) return safeToRetry ? { ok: false, retryable: true, error: `slack:${code}` } : { ok: false, retryable: false, error: `unknown-outcome:slack:${code}` };
    return { ok: false, retryable: false, error: `slack:${code}` };
  }
  if (e.code === 'slack_webapi_http_error') {
    const status = e.statusCode ?? 0;
    if (status === 429) return { ok: false, retryable: true, error: 'http-429' };
    if (status >= 500) return safeToRetry ? { ok: false, retryable: true, error: `http-${status}` } : { ok: false, retryable: false, error: `unknown-outcome:http-${status}` };
    return { ok: false, retryable: false, error: `http-${status}` };
  }
  const network = e.original?.code ?? (e.original?.name === 'AxiosError' ? 'network' : e.code === 'slack_webapi_request_error' ? 'network' : 'error');
  if (safeToRetry || network === 'ECONNREFUSED') return { ok: false, retryable: true, error: `network:${network}` };
  return { ok: false, retryable: false, error: `unknown-outcome:${network}` };
}
