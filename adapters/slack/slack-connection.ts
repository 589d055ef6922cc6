// Koppel serves Teams and Slack from one process. Slack's API being unreachable at start (a DNS
// failure, an outage, a firewall not yet opened) must not keep Teams down: the Slack side connects in
// the background, retrying with exponential backoff and full jitter, and says how far it got. A token
// Slack refuses is no network trouble: retrying cannot help, so it stops and says so.

export type SlackState = 'connecting' | 'ready' | 'refused' | 'stopped';

// Answers of auth.test after which another try cannot succeed: the configuration must change.
const REFUSED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'no_permission', 'missing_scope']);

export interface ConnectionOptions {
  /** One attempt: Bolt's init (auth.test), and in Socket Mode also the WebSocket. */
  connect: () => Promise<void>;
  log: (event: string, fields: Record<string, string | number | boolean>) => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface SlackConnection {
  readonly state: SlackState;
  /** Resolves once connected, or when refused or stopped (see `state`); never rejects. */
  readonly settled: Promise<SlackState>;
  stop(): void;
}

/** The error code Slack gave (`invalid_auth`), or the network error's (`ENOTFOUND`), for the log. */
export function errorCode(error: unknown): string {
  const e = error as { data?: { error?: unknown }; code?: unknown; cause?: { code?: unknown }; original?: { code?: unknown } } | undefined;
  const code = e?.data?.error ?? e?.original?.code ?? e?.cause?.code ?? e?.code;
  return typeof code === 'string' ? code.slice(0, 60) : error instanceof Error ? error.name : 'unknown';
}

export function startSlackConnection(options: ConnectionOptions): SlackConnection {
  const first = options.firstDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 60_000;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? abortableSleep;
  const stopping = new AbortController();
  let state: SlackState = 'connecting';
  const settled = (async (): Promise<SlackState> => {
    for (let attempt = 1; !stopping.signal.aborted; attempt++) {
      try {
        await options.connect();
        if (stopping.signal.aborted) break;
        state = 'ready';
        options.log('slack.ready', { attempt });
        return state;
      } catch (error) {
        const code = errorCode(error);
        if (REFUSED.has(code)) {
          state = 'refused';
          options.log('slack.refused', { error: code });
          return state;
        }
        const delay = Math.round(random() * Math.min(max, first * 2 ** (attempt - 1)));
        options.log('slack.unreachable', { attempt, error: code, retryInMs: delay });
        await sleep(delay, stopping.signal);
      }
    }
    state = 'stopped';
    return state;
  })();
  return {
    get state() { return state; },
    settled,
    stop: () => stopping.abort(),
  };
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
