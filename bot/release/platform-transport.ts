import type { Platform } from '../domain/common.js';
import type { ReleaseTransport } from './outbox-port.js';

/** One outbox for every platform: each entry goes out through its recipient's platform. */
export function transportByPlatform(transports: Partial<Record<Platform, ReleaseTransport>>): ReleaseTransport {
  return {
    send: async (entry) => {
      const transport = transports[entry.recipient.platform];
      // Not sent, and it never will be by itself: the coordinator sees it in the overview.
      return transport ? transport.send(entry) : { ok: false, retryable: false, error: `platform-not-configured:${entry.recipient.platform}` };
    },
  };
}
