import { randomUUID } from 'node:crypto';
import type { AuditEvent } from './domain/audit-event.js';
import type { KoppelView } from './koppel-data.js';

export type NewAuditEvent = Omit<AuditEvent, 'id' | 'at' | 'detail'> & { detail?: AuditEvent['detail'] };

/** Appends inside a store update, so the event is written together with the change it records. */
export function appendAudit(data: KoppelView, event: NewAuditEvent, now: Date): AuditEvent {
  const entry: AuditEvent = { id: randomUUID(), at: now.toISOString(), detail: {}, ...event };
  data.audit.push(entry);
  return entry;
}
