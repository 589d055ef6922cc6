import type { OutboxEntry } from '../domain/outbox-entry.js';
import type { LogFields } from '../logger.js';

// The port between the outbox's sender and the platforms: what a transport does with one entry, and
// what a run reports. Its own file, so the sender and the pump that drives one phase both depend on
// it, and neither on the other's module.

export type { TransportResult } from './outbox-claims.js';
import type { TransportResult } from './outbox-claims.js';

/** Delivers one outbox entry. Returns an outcome instead of throwing; a throw counts as an unknown outcome. */
export interface ReleaseTransport {
  send(entry: OutboxEntry): Promise<TransportResult>;
}

export type ReleaseLog = (event: string, fields: LogFields) => void;

export interface RunOutboxResult {
  sent: number;
  failed: number;
  retries: number;
  /** Messages not sent again because an earlier run may have sent them (in doubt after a restart). */
  duplicatesAvoided: number;
}
