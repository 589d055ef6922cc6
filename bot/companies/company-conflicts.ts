// What a new company may not share with what Koppel already holds: its SBB number, and the
// accounts of its contacts (one account has one role, or the bot cannot tell who is writing).
import type { Company } from '../domain/company.js';
import type { Student } from '../domain/student.js';
import { byKeys, emailKey, identityKey, type Scope } from '../store/index.js';
import type { FieldProblem, FieldValues } from './company-fields.js';
import { companyConflictMessages } from '../import/import-messages.js';

/** What is already stored; `students` is optional so a caller without them still gets the company checks. */
export interface KnownRecords {
  existing: readonly Company[];
  students?: readonly Pick<Student, 'identities' | 'pendingEmail'>[];
}

/**
 * What `storeConflicts` reads for these values: every company, since SBB numbers have no index (a
 * coordinator's action, and a school has hundreds of companies, not thousands), and only the
 * students that hold one of the accounts or addresses.
 */
export function conflictScope(values: ReadonlyArray<Partial<FieldValues>>): Scope {
  const keys = values.flatMap((v) => [
    ...(v.teamsId !== undefined ? [identityKey('teams', v.teamsId)] : []),
    ...(v.email !== undefined ? [emailKey(v.email)] : []),
  ]);
  return { companies: 'all', students: byKeys(...new Set(keys)) };
}

export function storeConflicts(values: Partial<FieldValues>, known: KnownRecords): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const taken = values.sbbNumber === undefined ? undefined : known.existing.find((c) => c.sbbNumber === values.sbbNumber);
  if (taken && values.sbbNumber) {
    problems.push({ field: 'sbbNumber', code: 'duplicate-in-store', message: companyConflictMessages.sbbTaken(values.sbbNumber, taken.name) });
  }
  if (values.teamsId !== undefined && knownTeamsIds(known).has(values.teamsId)) {
    problems.push({ field: 'teamsId', code: 'contact-known', message: companyConflictMessages.contactKnown(values.teamsId) });
  }
  if (values.email !== undefined && knownEmails(known).has(values.email)) {
    problems.push({ field: 'email', code: 'contact-known', message: companyConflictMessages.contactKnown(values.email) });
  }
  return problems;
}

function knownTeamsIds(known: KnownRecords): Set<string> {
  const identities = [...known.existing.flatMap((c) => c.contacts), ...(known.students ?? []).flatMap((s) => s.identities)];
  return new Set(identities.filter((i) => i.platform === 'teams').map((i) => i.userId));
}

function knownEmails(known: KnownRecords): Set<string> {
  const pending = (known.students ?? []).flatMap((s) => (s.pendingEmail ? [s.pendingEmail] : []));
  return new Set([...known.existing.flatMap((c) => c.pendingContactEmails), ...pending]);
}
