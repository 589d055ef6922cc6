import { describe, expect, it } from 'vitest';
import { errorCode, startSlackConnection } from './slack-connection.js';

const offline = Object.assign(new Error('getaddrinfo ENOTFOUND slack.com'), { code: 'slackclient_request_error', original: { code: 'ENOTFOUND' } });

describe('connecting to Slack', () => {
  it('tries again with exponential backoff and full jitter, capped, until Slack answers', async () => {
    const waits: number[] = [];
    let attempts = 0;
    const connection = startSlackConnection({
      connect: async () => {
        if (++attempts < 9) throw offline;
      },
      log: () => {}, firstDelayMs: 1000, maxDelayMs: 60_000, random: () => 0.999999,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(await connection.settled).toBe('ready');
    expect(connection.state).toBe('ready');
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
  });

  it('stops at a token Slack refuses, and when stopped', async () => {
    const refused = startSlackConnection({ connect: async () => { throw Object.assign(new Error('x'), { data: { error: 'invalid_auth' } }); }, log: () => {}, sleep: async () => {} });
    expect(await refused.settled).toBe('refused');
    const stopped = startSlackConnection({ connect: async () => { throw offline; }, log: () => {}, firstDelayMs: 10_000 });
    stopped.stop();
    expect(await stopped.settled).toBe('stopped');
    expect(errorCode(offline)).toBe('ENOTFOUND');
  });
});
