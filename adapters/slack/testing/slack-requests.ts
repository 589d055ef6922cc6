import { slackSignature } from './sign-request.js';

// Requests as Slack sends them to /slack/events: slash commands and interactivity form-encoded
// (interactivity as one `payload` field of JSON), events as JSON; all signed.

export interface SlackResponse {
  status: number;
  body: string;
  json(): unknown;
  /** Time until the response arrived, measured here. */
  ms: number;
}

export function slackRequests(baseUrl: string, signingSecret: string) {
  const send = async (body: string, contentType: string, headers?: Record<string, string>): Promise<SlackResponse> => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(headers ?? slackSignature(signingSecret, body)) },
      body,
    });
    const text = await response.text();
    return { status: response.status, body: text, json: () => JSON.parse(text), ms: performance.now() - started };
  };
  let trigger = 0;
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  return {
    send,
    command: (userId: string, text: string) => send(form({
      token: 'legacy', team_id: 'T0SCHOOL', channel_id: `D${userId}`, user_id: userId, command: '/koppel', text,
      response_url: 'http://127.0.0.1:9/response', trigger_id: `trigger-${++trigger}`, api_app_id: 'A0KOPPEL',
    }), 'application/x-www-form-urlencoded'),
    interaction: (payload: Record<string, unknown>) => send(form({ payload: JSON.stringify({ team: { id: 'T0SCHOOL' }, api_app_id: 'A0KOPPEL', trigger_id: `trigger-${++trigger}`, ...payload }) }), 'application/x-www-form-urlencoded'),
    /** An Events API callback; `retryNum` marks Slack's redelivery of an event it thinks was missed. */
    event: (event: Record<string, unknown>, retryNum?: number) => {
      const body = JSON.stringify({
        token: 'legacy', team_id: 'T0SCHOOL', api_app_id: 'A0KOPPEL', type: 'event_callback', event_id: `Ev${++trigger}`, event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: 'T0SCHOOL', user_id: 'UKOPPELBOT', is_bot: true }], event,
      });
      const retry: Record<string, string> = retryNum === undefined ? {} : { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' };
      return send(body, 'application/json', { ...slackSignature(signingSecret, body), ...retry });
    },
  };
}

export type SlackRequests = ReturnType<typeof slackRequests>;
