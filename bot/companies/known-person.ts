import type { KoppelView } from '../koppel-data.js';
import { roleOf, type PersonKey } from '../people.js';

/**
 * Whether the store already knows this account as a student or a company contact. Coordinators
 * live in configuration, not in the store, so they are never "known" here.
 */
export function isKnownPerson(data: Readonly<KoppelView>, person: PersonKey): boolean {
  return roleOf(data as KoppelView, [], person).kind !== 'unknown';
}

/** The actor of a change a person makes for themselves; audit ids allow fewer characters than platform ids. */
export function auditActorOf(person: PersonKey): string {
  return /^[A-Za-z0-9_.:-]{1,80}$/.test(person.userId) ? person.userId : `${person.platform}-user`;
}
