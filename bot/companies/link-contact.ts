// Links a company contact the school registered by e-mail or UPN to their chat account, the first
// time they write (or install the app), as people-service does for students.
import { appendAudit } from '../audit-log.js';
import type { KoppelView } from '../koppel-data.js';
import { personScope, type PersonKey } from '../people.js';
import { mergeScopes } from '../scoped-work.js';
import { auditActorOf, isKnownPerson } from './known-person.js';
import { byKeys, emailKey, type KoppelStore } from '../store/index.js';

/** The company's id when a link was made; never for someone already known as contact or student. */
export async function linkContactByEmail(store: KoppelStore, person: PersonKey, emails: readonly string[], now: Date = new Date()): Promise<string | undefined> {
  const wanted = emails.map((e) => e.trim().toLowerCase()).filter(Boolean);
  if (wanted.length === 0) return undefined;
  const found = (data: Readonly<KoppelView>) => Object.values(data.companies).find((c) => c.pendingContactEmails.some((e) => wanted.includes(e)));
  // The person's own records (to know whether they hold a role) and the companies waiting for one of their addresses.
  const scope = mergeScopes(personScope(person), { companies: byKeys(...wanted.map(emailKey)) });
  // Most turns come from people who are known already: answer those without taking the write lock.
  const seen = await store.read(scope);
  if (isKnownPerson(seen, person) || found(seen) === undefined) return undefined;
  return store.update(scope, (data) => {
    if (isKnownPerson(data, person)) return undefined;
    const company = found(data);
    if (company === undefined) return undefined;
    company.contacts.push({ platform: person.platform, userId: person.userId });
    company.pendingContactEmails = company.pendingContactEmails.filter((e) => !wanted.includes(e));
    company.contactsSince = now.toISOString();
    appendAudit(data, { actorId: auditActorOf(person), action: 'company.contact-linked', subjectType: 'company', subjectId: company.id, detail: { via: 'email' } }, now);
    return company.id;
  });
}
