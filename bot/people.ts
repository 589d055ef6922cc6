import type { KoppelData } from './koppel-data.js';
import type { Platform } from './domain/common.js';

export interface PersonKey {
  platform: Platform;
  userId: string;
  aadObjectId?: string;
}

export type PersonRole =
  | { kind: 'coordinator' }
  | { kind: 'student'; studentId: string }
  | { kind: 'company-contact'; companyId: string }
  | { kind: 'unknown' };

/**
 * Coordinators come from configuration (a school's admin decides who runs rounds); students and
 * company contacts are known from the store. A coordinator who is also in the store stays coordinator.
 */
export function roleOf(data: KoppelData, coordinators: readonly string[], person: PersonKey): PersonRole {
  const ids = [person.userId, person.aadObjectId].filter((id): id is string => Boolean(id));
  if (ids.some((id) => coordinators.includes(id))) return { kind: 'coordinator' };
  const knows = (identities: Array<{ platform: Platform; userId: string }>) =>
    identities.some((i) => i.platform === person.platform && ids.includes(i.userId));
  const student = Object.values(data.students).find((s) => knows(s.identities));
  if (student) return { kind: 'student', studentId: student.id };
  const company = Object.values(data.companies).find((c) => knows(c.contacts));
  if (company) return { kind: 'company-contact', companyId: company.id };
  return { kind: 'unknown' };
}

export function conversationKey(person: Pick<PersonKey, 'platform' | 'userId'>): string {
  return `${person.platform}:${person.userId}`;
}
