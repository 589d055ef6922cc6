import { createHash } from 'node:crypto';
import { Id } from './domain/common.js';
import type { PersonKey } from './people.js';

/** Audit actors are ids; a platform user id that is not one (too long, odd characters) is hashed. */
export function actorIdOf(person: Pick<PersonKey, 'platform' | 'userId'>): string {
  return Id.safeParse(person.userId).success ? person.userId : `${person.platform}:${createHash('sha256').update(person.userId).digest('hex').slice(0, 32)}`;
}
