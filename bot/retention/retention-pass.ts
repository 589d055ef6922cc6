import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit-log.js';
import { auditCutoff } from './audit-cutoff.js';
import { companyErasureMoment, companyErasureScope, eraseCompanyContacts, holdsContacts } from './erase-companies.js';
import type { Report } from '../domain/report.js';
import type { LogFields } from '../logger.js';
import { updateSettled } from '../scoped-work.js';
import { PRIVACY_ROUND_ID } from '../domain/notification.js';
import { byIds, byKeys, erasureStateKey, reportKey, reportStateKey, roundKindKey, type KoppelStore } from '../store/index.js';
import { eraseRoundKind, roundErasureScope } from './erase-round.js';
import { erasureMoment, ROUND_KINDS, roundErasures, type RetentionPolicy, type RoundKind } from './retention-policy.js';

// The scheduled retention pass, run by the reminder schedule. Each round is one unit of work that
// erases the kinds whose moment has come and records them on the round, with one audit line of ids
// and counts. A kind recorded as erased is never done again, and a unit of work that finds nothing
// to do writes nothing: however often this runs, across restarts and processes, each erasure
// happens once and leaves one audit line.

export const RETENTION_ACTOR = 'koppel-retention';

export interface RetentionPassDeps {
  store: KoppelStore;
  policy: RetentionPolicy;
  internshipWeeks: number;
  now: () => Date;
  log?: (event: string, fields: LogFields) => void;
}

export interface RetentionPassResult {
  rounds: Array<{ roundId: string; kinds: RoundKind[]; records: number }>;
  reports: number;
  /** Decided erasure requests (and the messages about them) kept past the contact details' period. */
  erasureRequests: number;
  /** Companies whose contact persons were erased (the organisation and its counts stay). */
  companies: string[];
  /** Personal web links that expired or were revoked: they open nothing, and each names a person. */
  webLinks: number;
  /** Audit lines past the audit period (counted from each line's own moment). */
  auditLines: number;
}

export async function runRetentionPass(deps: RetentionPassDeps): Promise<RetentionPassResult> {
  const now = deps.now();
  const { rounds } = await deps.store.read({ rounds: 'all' });
  const done: RetentionPassResult['rounds'] = [];
  for (const round of Object.values(rounds).sort((a, b) => a.id.localeCompare(b.id))) {
    if (dueKinds(round, deps, now).length === 0) continue;
    const erased = await updateSettled(deps.store, roundErasureScope(round.id), (data) => {
      const current = data.rounds[round.id];
      if (!current) return undefined;
      // Decided again on the unit of work's own copy: another process may have done it meanwhile.
      const kinds = dueKinds(current, deps, now);
      if (kinds.length === 0) return undefined;
      const counts = Object.fromEntries(kinds.map((kind) => [kind, eraseRoundKind(data, round.id, kind)]));
      current.erased = { ...current.erased, ...Object.fromEntries(kinds.map((k) => [k, now.toISOString()])) };
      appendAudit(data, { actorId: RETENTION_ACTOR, action: 'retention.erased', subjectType: 'round', subjectId: round.id, detail: counts }, now);
      return { roundId: round.id, kinds, records: Object.values(counts).reduce((a, b) => a + b, 0) };
    });
    if (erased) {
      done.push(erased);
      deps.log?.('retention.round-erased', { roundId: erased.roundId, kinds: erased.kinds.join(','), records: erased.records });
    }
  }
  const reports = await eraseReports(deps, now);
  const erasureRequests = await eraseDecidedRequests(deps, now);
  const companies = await eraseCompanies(deps, now);
  const webLinks = await eraseSpentLinks(deps, now);
  const auditLines = await pruneAuditTrail(deps, now);
  return { rounds: done, reports, erasureRequests, companies, webLinks, auditLines };
}

/**
 * A link that expired or was revoked opens nothing (the page says whom to ask, as for an unknown
 * one), yet names a contact's e-mail address or a coordinator's account: it goes at the next pass.
 */
async function eraseSpentLinks(deps: RetentionPassDeps, now: Date): Promise<number> {
  const spent = (link: { expiresAt: string; revokedAt?: string }) => link.revokedAt !== undefined || Date.parse(link.expiresAt) <= now.getTime();
  const due = Object.entries((await deps.store.read({ webLinks: 'all' })).webLinks).filter(([, link]) => spent(link)).map(([id]) => id);
  if (due.length === 0) return 0;
  const erased = await deps.store.update({ webLinks: byIds(...due) }, (data) => {
    let count = 0;
    for (const [id, link] of Object.entries(data.webLinks)) {
      if (!spent(link)) continue;
      delete data.webLinks[id];
      count += 1;
    }
    if (count > 0) appendAudit(data, { actorId: RETENTION_ACTOR, action: 'retention.erased', subjectType: 'retention', subjectId: 'web-links', detail: { webLinks: count } }, now);
    return count;
  });
  if (erased > 0) deps.log?.('retention.links-erased', { count: erased });
  return erased;
}

/** Each company whose contacts are due is one unit of work, decided again on its own copy, with one audit line of counts. */
async function eraseCompanies(deps: RetentionPassDeps, now: Date): Promise<string[]> {
  const seen = await deps.store.read({ companies: 'all', rounds: 'all', offers: 'all', webLinks: 'all', inviteCodes: 'all' });
  // A company from before `contactsSince` counts from the moment this pass first saw it: never earlier than promised.
  const unstamped = Object.values(seen.companies).filter((c) => c.contactsSince === undefined && holdsContacts(c, seen)).map((c) => c.id);
  if (unstamped.length > 0) {
    await deps.store.update({ companies: byIds(...unstamped) }, (data) => {
      for (const company of Object.values(data.companies)) if (company.contactsSince === undefined) company.contactsSince = now.toISOString();
    });
  }
  const isDue = (view: Readonly<typeof seen>, company: (typeof seen.companies)[string]) => {
    const moment = companyErasureMoment(company, view.rounds, Object.values(view.offers), deps.policy, deps.internshipWeeks);
    return moment !== undefined && moment.getTime() <= now.getTime() && holdsContacts(company, view);
  };
  const erased: string[] = [];
  for (const company of Object.values(seen.companies).sort((a, b) => a.id.localeCompare(b.id))) {
    if (!isDue(seen, company)) continue;
    const done = await updateSettled(deps.store, companyErasureScope(company.id), (data) => {
      const current = data.companies[company.id];
      if (!current || !isDue(data, current)) return false;
      const counts = eraseCompanyContacts(data, company.id);
      appendAudit(data, { actorId: RETENTION_ACTOR, action: 'retention.erased', subjectType: 'company', subjectId: company.id, detail: counts }, now);
      return true;
    });
    if (done) {
      erased.push(company.id);
      deps.log?.('retention.company-contacts-erased', { companyId: company.id });
    }
  }
  return erased;
}

// The cutoff moves once a year and new lines are always after it: once a store was pruned up to a
// cutoff, the trail holds nothing before it any more, so this process need not look again until it moves.
const prunedUpTo = new WeakMap<KoppelStore, string>();

/** The audit trail is kept `audit` months after each line, to the end of a school year; older lines go, leaving one line with the count. */
async function pruneAuditTrail(deps: RetentionPassDeps, now: Date): Promise<number> {
  const before = auditCutoff(now, deps.policy.audit);
  if (prunedUpTo.get(deps.store) === before) return 0;
  const pruned = await deps.store.pruneAudit(before, (count) => ({
    id: randomUUID(), at: now.toISOString(), actorId: RETENTION_ACTOR, action: 'retention.erased', subjectType: 'retention', subjectId: 'audit', detail: { audit: count, before },
  }));
  prunedUpTo.set(deps.store, before);
  if (pruned > 0) deps.log?.('retention.audit-pruned', { count: pruned });
  return pruned;
}

function dueKinds(round: { internshipStart: string; erased?: Partial<Record<RoundKind, string>> }, deps: RetentionPassDeps, now: Date): RoundKind[] {
  const moments = roundErasures(round, deps.policy, deps.internshipWeeks);
  return ROUND_KINDS.filter((kind) => round.erased?.[kind] === undefined && moments[kind].getTime() <= now.getTime());
}

/** A closed case is kept for the reports period after its aftercare moment (or its last step), then erased with its sealed link. */
export function reportErasureMoment(report: Report, policy: RetentionPolicy): Date {
  const last = report.aftercare ? `${report.aftercare.followUpOn}T00:00:00Z` : (report.history.at(-1)?.at ?? report.createdAt);
  return erasureMoment(new Date(last), policy.reports);
}

async function eraseReports(deps: RetentionPassDeps, now: Date): Promise<number> {
  const closed = Object.values((await deps.store.read({ reports: byKeys(reportStateKey('closed')) })).reports);
  const due = closed.filter((r) => reportErasureMoment(r, deps.policy).getTime() <= now.getTime()).map((r) => r.id);
  if (due.length === 0) return 0;
  const erased = await deps.store.update({ reports: byKeys(reportStateKey('closed')), reportLinks: byKeys(...due.map(reportKey)) }, (data) => {
    let count = 0;
    for (const id of due) {
      const report = data.reports[id];
      if (!report || report.state !== 'closed' || reportErasureMoment(report, deps.policy).getTime() > now.getTime()) continue;
      delete data.reports[id];
      for (const [linkId, link] of Object.entries(data.reportLinks)) if (link.reportId === id) delete data.reportLinks[linkId];
      count += 1;
    }
    if (count > 0) appendAudit(data, { actorId: RETENTION_ACTOR, action: 'retention.erased', subjectType: 'retention', subjectId: 'reports', detail: { reports: count } }, now);
    return count;
  });
  if (erased > 0) deps.log?.('retention.reports-erased', { count: erased });
  return erased;
}

/** A decided request says who asked (when refused) and why not: it goes with the contact details' period after the decision. */
async function eraseDecidedRequests(deps: RetentionPassDeps, now: Date): Promise<number> {
  const decided = byKeys(erasureStateKey('refused'), erasureStateKey('carried-out'));
  const isDue = (decidedAt: string | undefined) => decidedAt !== undefined && erasureMoment(new Date(decidedAt), deps.policy.contact).getTime() <= now.getTime();
  const due = Object.values((await deps.store.read({ erasureRequests: decided })).erasureRequests).filter((r) => isDue(r.decidedAt));
  if (due.length === 0) return 0;
  const erased = await deps.store.update({ erasureRequests: decided, outbox: byKeys(roundKindKey(PRIVACY_ROUND_ID, 'erasure')) }, (data) => {
    let count = 0;
    for (const request of Object.values(data.erasureRequests)) {
      if (!isDue(request.decidedAt)) continue;
      delete data.erasureRequests[request.id];
      for (const [key, entry] of Object.entries(data.outbox)) if (entry.subjectIds.includes(request.id)) delete data.outbox[key];
      count += 1;
    }
    if (count > 0) appendAudit(data, { actorId: RETENTION_ACTOR, action: 'retention.erased', subjectType: 'retention', subjectId: 'erasure-requests', detail: { erasureRequests: count } }, now);
    return count;
  });
  if (erased > 0) deps.log?.('retention.requests-erased', { count: erased });
  return erased;
}
