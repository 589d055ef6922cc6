import { LogLevel, webApi, type Logger } from '@slack/bolt';

export type SlackClient = InstanceType<typeof webApi.WebClient>;

/**
 * The Web API client options for every call Koppel makes. No automatic retries and no waiting on
 * rate limits inside the client: a retried chat.postMessage after a timeout could post twice, so
 * the caller decides (the release outbox with its own backoff; replies with `withRateLimitRetry`).
 */
export function slackClientOptions(slackApiUrl: string | undefined, logger: Logger) {
  return {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
    logger,
    logLevel: LogLevel.ERROR,
  };
}

/** Bolt's and the Web client's log lines → Koppel's log, as a level and a short code only (no payloads). */
export function quietLogger(log: (event: string, fields: Record<string, string | number | boolean>) => void): Logger {
  let level = LogLevel.ERROR;
  const write = (lvl: string) => (...messages: unknown[]) => {
    const first = typeof messages[0] === 'string' ? messages[0] : messages[0] instanceof Error ? messages[0].name : 'message';
    log('slack.library', { level: lvl, message: /^[A-Za-z0-9 _.:()'-]*/.exec(first)?.[0].slice(0, 100) ?? '' });
  };
  return {
    debug: () => {},
    info: () => {},
    warn: write('warn'),
    error: write('error'),
    setLevel: (l: LogLevel) => { level = l; },
    getLevel: () => level,
    setName: () => {},
  };
}

const MAX_RATE_LIMIT_WAIT_MS = 30_000;

/**
 * For replies to what someone just did: a call refused for the rate limit was not delivered, so
 * it is safe to wait as long as Slack asks and try again (a few times).
 */
export async function withRateLimitRetry<T>(call: () => Promise<T>, attempts = 3, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const e = error as { code?: string; retryAfter?: number };
      if (e.code !== 'slack_webapi_rate_limited_error' || attempt >= attempts) throw error;
      await sleep(Math.min(MAX_RATE_LIMIT_WAIT_MS, (e.retryAfter ?? 1) * 1000));
    }
  }
}
