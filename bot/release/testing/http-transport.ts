import type { PlatformIdentity } from '../../domain/common.js';
import type { OutboxEntry } from '../../domain/outbox-entry.js';
import { isIdempotent } from '../outbox.js';
import type { ReleaseTransport, TransportResult } from '../outbox-port.js';
import { failureFromNetwork, failureFromStatus } from '../transport-failure.js';

// A ReleaseTransport speaking the Bot Framework REST shape with fetch: POST a new activity, PUT an
// update of an existing one. The bench and tests drive real HTTP through it against the fake
// connector; the Teams adapter sends with botbuilder instead.

export interface ConversationAddress {
  serviceUrl: string;
  conversationId: string;
}

export interface HttpTransportOptions {
  lookup: (recipient: PlatformIdentity) => ConversationAddress | undefined | Promise<ConversationAddress | undefined>;
  /** The activity to send for an entry; the content is the caller's. */
  render: (entry: OutboxEntry) => Record<string, unknown>;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function createHttpTransport(options: HttpTransportOptions): ReleaseTransport {
  const fetchFn = options.fetch ?? fetch;
  return {
    async send(entry) {
      const address = await options.lookup(entry.recipient);
      if (!address) return { ok: false, retryable: false, error: 'no-conversation' };
      const updating = isIdempotent(entry.kind);
      // An idempotent kind is an update of a card that exists: posting a new one could duplicate it.
      if (updating && entry.activityId === undefined) return { ok: false, retryable: false, error: 'no-card-to-update' };
      const base = `${address.serviceUrl.replace(/\/$/, '')}/v3/conversations/${encodeURIComponent(address.conversationId)}/activities`;
      const url = updating ? `${base}/${encodeURIComponent(entry.activityId as string)}` : base;
      try {
        const response = await fetchFn(url, {
          method: updating ? 'PUT' : 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(options.render(entry)),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        return await toResult(response, entry);
      } catch (error) {
        return failureFromNetwork(causeCode(error), entry.kind);
      }
    },
  };
}

async function toResult(response: Response, entry: OutboxEntry): Promise<TransportResult> {
  const text = await response.text();
  if (response.ok) {
    const id = activityIdIn(text) ?? entry.activityId;
    return id === undefined ? { ok: true } : { ok: true, activityId: id };
  }
  return failureFromStatus(response.status, response.headers.get('retry-after'), entry.kind);
}

function activityIdIn(text: string): string | undefined {
  try {
    const id: unknown = (JSON.parse(text) as { id?: unknown }).id;
    return typeof id === 'string' && id.length > 0 ? id : undefined;
  } catch {
    return undefined;
  }
}

function causeCode(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : 'error';
}
