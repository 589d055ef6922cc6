import { randomBytes } from 'node:crypto';
import type { Report } from '../domain/report.js';
import { activePlacement } from '../follow-up/placements.js';
import { changeWithMessages } from '../follow-up/with-messages.js';
import type { KoppelView } from '../koppel-data.js';
import { personScope, rolesHeld, type PersonKey } from '../people.js';
import { byIds, byKeys, identityKey, reportKey, reportStateKey, studentKey, userKey, type KoppelStore, type Scope } from '../store/index.js';
import { actorIdOf } from '../actor-id.js';
import { appendAudit } from '../audit-log.js';
import { newCaseNumber } from './case-number.js';
import { fileReport, moveCase, setConsent, type CaseRefusal, type Reporter } from './report-desk.js';
import type { CaseStep, ReportInput } from './report-input.js';

// The meldpunt as a service. Every call checks who asks: staff (configured in MELDPUNT) read and
// move cases; a reporter reads and changes only the cases their own chat account reported, found
// through the sealed links; nobody else sees anything of a case, coordinators included.

export interface StaffCase {
  report: Report;
  /** For a named report only: who reported, as staff may see it (a student number and name, a company). */
  reporter?: { role: 'student' | 'company-contact' | 'staff' | 'other'; label: string };
  /** The name of the company Koppel knows, when the reporter chose their own internship company. */
  companyName?: string;
}

export type StaffOnly<T> = { ok: true; value: T } | { ok: false; reason: 'not-staff' | CaseRefusal };

export interface MeldpuntService {
  isStaff(person: PersonKey): boolean;
  file(person: PersonKey, input: ReportInput, source: Report['source']): Promise<{ ok: true; report: Report } | { ok: false; reason: 'no-own-company' | 'too-many' }>;
  /** The cases this chat account reported, newest first. */
  ownCases(person: PersonKey): Promise<Report[]>;
  setConsent(person: PersonKey, caseNumber: string, give: boolean): Promise<{ ok: true; report: Report } | { ok: false; reason: 'unknown-case' | 'forwarded' | 'already' }>;
  openCases(person: PersonKey): Promise<StaffOnly<Report[]>>;
  staffCase(person: PersonKey, caseNumber: string): Promise<StaffOnly<StaffCase>>;
  move(person: PersonKey, caseNumber: string, step: CaseStep): Promise<StaffOnly<Report>>;
  /** A case for a message already addressed by the outbox (to staff, or to its reporter through the sealed link). */
  forMessage(caseNumber: string): Promise<StaffCase | undefined>;
}

export interface MeldpuntServiceOptions {
  store: KoppelStore;
  staff: readonly string[];
  /** Told that a case exists only when its reporter agreed. */
  coordinators?: readonly string[];
  now: () => Date;
  queued?: () => void;
  random?: (max: number) => number;
}

const MAX_NUMBER_TRIES = 5;
/** More than this from one chat account in a day is a flood, not a person asking for help: the staff's list stays readable. */
export const MAX_REPORTS_PER_DAY = 10;

export function createMeldpuntService(options: MeldpuntServiceOptions): MeldpuntService {
  const { store, staff, now } = options;
  const coordinators = options.coordinators ?? [];
  const staffPeople = byKeys(...[...staff, ...coordinators].map(userKey));
  const withStaff: Scope = { conversations: staffPeople, preferences: staffPeople };
  const isStaff = (person: PersonKey) => [person.userId, person.aadObjectId].some((id) => id !== undefined && staff.includes(id));
  const signalled = <T extends { ok: boolean }>(result: T): T => {
    if (result.ok) options.queued?.();
    return result;
  };
  const ownLinks = async (person: PersonKey) => Object.values((await store.read({ reportLinks: byKeys(identityKey(person.platform, person.userId)) })).reportLinks);
  const staffCase = async (caseNumber: string): Promise<StaffCase | undefined> => {
    const { reports } = await store.read({ reports: byIds(caseNumber) });
    const report = Object.hasOwn(reports, caseNumber) ? reports[caseNumber] : undefined;
    if (!report) return undefined;
    const recordId = report.named?.recordId;
    const view = await store.read({ students: byIds(report.named?.role === 'student' ? recordId : undefined), companies: byIds(report.companyId, report.named?.role === 'company-contact' ? recordId : undefined) });
    return { report, ...reporterOf(view, report), ...(report.companyId && view.companies[report.companyId] ? { companyName: view.companies[report.companyId].name } : {}) };
  };

  return {
    isStaff,
    async file(person, input, source) {
      const dayAgo = now().getTime() - 86_400_000;
      if ((await ownLinks(person)).filter((l) => Date.parse(l.createdAt) > dayAgo).length >= MAX_REPORTS_PER_DAY) return { ok: false, reason: 'too-many' };
      const known = await store.read(personScope(person));
      const roles = rolesHeld(known, [], person);
      const student = roles.find((r) => r.kind === 'student');
      const company = roles.find((r) => r.kind === 'company-contact');
      const ownCompanyId = student ? activePlacement(await store.read({ placements: byKeys(studentKey(student.studentId)) }), student.studentId)?.companyId : undefined;
      if (input.company === 'own' && !ownCompanyId) return { ok: false, reason: 'no-own-company' };
      const reporter: Reporter = {
        platform: person.platform, userId: person.userId, ownCompanyId,
        named: student ? { role: 'student', recordId: student.studentId } : company ? { role: 'company-contact', recordId: company.companyId } : { role: isStaff(person) ? 'staff' : 'other' },
      };
      for (let attempt = 0; attempt < MAX_NUMBER_TRIES; attempt++) {
        const caseNumber = newCaseNumber(options.random);
        const linkId = `rl_${randomBytes(12).toString('hex')}`;
        const scope: Scope = { ...withStaff, reports: byIds(caseNumber), reportLinks: byIds(linkId) };
        const { outcome } = await changeWithMessages(store, scope, (draft) => fileReport(draft, { caseNumber, linkId, input, reporter, source, staff, coordinators, now: now() }), now());
        if (outcome.ok) return signalled({ ok: true, report: outcome.value });
      }
      throw new Error('no free case number found');
    },
    async ownCases(person) {
      const ids = (await ownLinks(person)).map((l) => l.reportId);
      const { reports } = await store.read({ reports: byIds(...ids) });
      return Object.values(reports).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    async setConsent(person, caseNumber, give) {
      // Only the chat account that reported the case may give or withdraw its consent.
      if (!(await ownLinks(person)).some((l) => l.reportId === caseNumber)) return { ok: false, reason: 'unknown-case' };
      const { outcome } = await changeWithMessages(store, { ...withStaff, reports: byIds(caseNumber) }, (draft) => setConsent(draft, caseNumber, give, staff, now()), now());
      return signalled(outcome.ok ? { ok: true, report: outcome.value } : outcome);
    },
    async openCases(person) {
      if (!isStaff(person)) return { ok: false, reason: 'not-staff' };
      const { reports } = await store.read({ reports: byKeys(reportStateKey('received'), reportStateKey('in-conversation')) });
      return { ok: true, value: Object.values(reports).sort((a, b) => a.createdAt.localeCompare(b.createdAt)) };
    },
    async staffCase(person, caseNumber) {
      if (!isStaff(person)) return { ok: false, reason: 'not-staff' };
      const found = await staffCase(caseNumber);
      if (!found) return { ok: false, reason: 'unknown-case' };
      // Reading a case is itself recorded: which staff member opened which case, when; never its contents.
      await store.update({}, (data) => {
        appendAudit(data, { actorId: actorIdOf(person), action: 'report.read', subjectType: 'report', subjectId: caseNumber }, now());
      });
      return { ok: true, value: found };
    },
    async move(person, caseNumber, step) {
      if (!isStaff(person)) return { ok: false, reason: 'not-staff' };
      const scope: Scope = { reports: byIds(caseNumber), reportLinks: byKeys(reportKey(caseNumber)) };
      const { outcome } = await changeWithMessages(store, scope, (draft) => moveCase(draft, caseNumber, step, actorIdOf(person), now()), now());
      return signalled(outcome.ok ? { ok: true, value: outcome.value } : outcome);
    },
    forMessage: staffCase,
  };
}

/** Who reported a named case, as staff may see it; nothing for an anonymous one. */
function reporterOf(view: Readonly<KoppelView>, report: Report): Pick<StaffCase, 'reporter'> {
  const named = report.named;
  if (!named) return {};
  const id = named.recordId;
  if (named.role === 'student' && id && Object.hasOwn(view.students, id)) {
    const student = view.students[id];
    return { reporter: { role: 'student', label: [student.studentNumber, student.displayName].filter(Boolean).join(' ') } };
  }
  if (named.role === 'company-contact' && id && Object.hasOwn(view.companies, id)) return { reporter: { role: 'company-contact', label: view.companies[id].name } };
  return { reporter: { role: named.role, label: '' } };
}
