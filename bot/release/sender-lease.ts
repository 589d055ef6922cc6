import type { KoppelView } from '../koppel-data.js';
import { byIds, type KoppelStore } from '../store/index.js';

// One sender at a time across every Koppel process on one store: the platforms' rate limits are
// per app, so two instances sending at once would each think they had the whole budget. The lease
// is renewed in the same unit of work that claims a batch, so a sender that lost it (paused past its
// lease, or cut off from the database) can never claim again: its claims are in doubt and the next
// holder recovers them under the usual rules (cards repeated, other messages to review).

export const SENDER_LEASE = 'outbox-sender';
export const DEFAULT_LEASE_MS = 15_000;

export type LeaseTake = 'acquired' | 'renewed' | 'held-by-other';

export class LeaseLostError extends Error {
  readonly code = 'lease_lost';

  constructor(name: string) {
    super(`the ${name} lease is held by another Koppel process`);
    this.name = 'LeaseLostError';
  }
}

/** Pure: takes or renews the lease on a draft that holds it in scope. */
export function takeLease(draft: KoppelView, name: string, owner: string, now: Date, leaseMs: number): LeaseTake {
  const current = draft.leases[name];
  const free = !current || Date.parse(current.until) <= now.getTime();
  if (!free && current.owner !== owner) return 'held-by-other';
  draft.leases[name] = { owner, until: new Date(now.getTime() + leaseMs).toISOString() };
  return current?.owner === owner && !free ? 'renewed' : 'acquired';
}

export function takeLeaseNow(store: KoppelStore, name: string, owner: string, now: Date, leaseMs: number): Promise<LeaseTake> {
  return store.update({ leases: byIds(name) }, (draft) => takeLease(draft, name, owner, now, leaseMs));
}

/** Gives the lease up (a clean stop), so another process need not wait for it to run out. */
export function releaseLease(store: KoppelStore, name: string, owner: string): Promise<void> {
  return store.update({ leases: byIds(name) }, (draft) => {
    if (draft.leases[name]?.owner === owner) delete draft.leases[name];
  });
}

/** The lease a sender holds while it sends; absent where one process owns the store (tests, tools). */
export interface SenderLease {
  name: string;
  owner: string;
  leaseMs: number;
}
