import type { KoppelView } from './koppel-data.js';
import type { Platform, PlatformIdentity } from './domain/common.js';
import { byIds, byKeys, identityKey, type Scope } from './store/index.js';

export interface PersonKey {
  platform: Platform;
  /** The platform's user id (Teams `from.id`, Slack user id). */
  userId: string;
  /** Teams only: the Azure AD object id, which school admins know from their directory. */
  aadObjectId?: string;
}

export type PersonRole =
  | { kind: 'coordinator' }
  | { kind: 'student'; studentId: string }
  | { kind: 'company-contact'; companyId: string }
  | { kind: 'unknown' };

/**
 * Coordinators come from configuration (a school's admin decides who runs rounds); students and
 * company contacts are known from the store. Someone who holds several roles acts as coordinator,
 * unless they chose one of their other roles (stored with their preferences).
 */
export function roleOf(data: KoppelView, coordinators: readonly string[], person: PersonKey): PersonRole {
  const held = rolesHeld(data, coordinators, person);
  const chosen = data.preferences[conversationKey(person)]?.role;
  return held.find((role) => role.kind === chosen) ?? held[0] ?? { kind: 'unknown' };
}

/** Every role a person holds, coordinator first. */
export function rolesHeld(data: KoppelView, coordinators: readonly string[], person: PersonKey): Array<Exclude<PersonRole, { kind: 'unknown' }>> {
  const ids = accountIds(person);
  const knows = (identities: Array<{ platform: Platform; userId: string }>) =>
    identities.some((i) => i.platform === person.platform && ids.includes(i.userId));
  const roles: Array<Exclude<PersonRole, { kind: 'unknown' }>> = [];
  if (ids.some((id) => coordinators.includes(id))) roles.push({ kind: 'coordinator' });
  const student = Object.values(data.students).find((s) => knows(s.identities));
  if (student) roles.push({ kind: 'student', studentId: student.id });
  const company = Object.values(data.companies).find((c) => knows(c.contacts));
  if (company) roles.push({ kind: 'company-contact', companyId: company.id });
  return roles;
}

/**
 * What `roleOf` and `rolesHeld` read: the students and companies that name one of this person's
 * accounts, and the role they chose. Coordinators come from configuration and need no records.
 */
export function personScope(person: PersonKey): Scope {
  const accounts = byKeys(...accountIds(person).map((id) => identityKey(person.platform, id)));
  return { students: accounts, companies: accounts, preferences: byIds(conversationKey(person)) };
}

function accountIds(person: PersonKey): string[] {
  return [person.userId, person.aadObjectId].filter((id): id is string => Boolean(id));
}

export function conversationKey(person: Pick<PersonKey, 'platform' | 'userId'>): string {
  return `${person.platform}:${person.userId}`;
}

/**
 * Where someone configured by user id alone (a coordinator) can be reached: the platforms on which
 * they talked to Koppel or chose something, Teams when Koppel has not met them yet.
 */
export function platformsOf(data: Readonly<KoppelView>, userId: string): Platform[] {
  const known = [...Object.keys(data.conversations), ...Object.keys(data.preferences)]
    .filter((key) => key.slice(key.indexOf(':') + 1) === userId)
    .map((key) => key.slice(0, key.indexOf(':')) as Platform);
  return known.length > 0 ? [...new Set(known)].sort() : ['teams'];
}

/**
 * Whether Koppel can write to someone now, as the outbox will find out: Slack opens a DM by user id,
 * an e-mail address can always be written to, Teams needs the conversation the person started with
 * Koppel. Status, release overview and retry
 * all count with this, so "reachable" means the same everywhere.
 */
export function canWriteTo(data: Pick<KoppelView, 'conversations'>, identities: readonly PlatformIdentity[]): boolean {
  return identities.some((identity) => identity.platform !== 'teams' || Object.hasOwn(data.conversations, conversationKey(identity)));
}
