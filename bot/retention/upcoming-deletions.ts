import type { RetentionKind } from '../domain/retention-kind.js';
import type { KoppelView } from '../koppel-data.js';
import { reportErasureMoment } from './retention-pass.js';
import { companyErasureMoment, holdsContacts } from './erase-companies.js';
import { ROUND_KINDS, roundErasures, type RetentionPolicy } from './retention-policy.js';

/** One deletion still to come: which data of which round (or the meldpunt's closed cases, or a company's contacts), and when. */
export interface UpcomingDeletion {
  roundId?: string;
  roundName?: string;
  /** A company's contact persons: the company, an organisation, by name. */
  companyId?: string;
  companyName?: string;
  kind: RetentionKind;
  at: string;
  /** Reports only: how many closed cases go at that moment. */
  count?: number;
}

/** What the retention pass will erase and when, soonest first; what is already erased is left out. */
export function upcomingDeletions(view: Readonly<KoppelView>, policy: RetentionPolicy, internshipWeeks: number): UpcomingDeletion[] {
  const rounds = Object.values(view.rounds).flatMap((round) => {
    const moments = roundErasures(round, policy, internshipWeeks);
    return ROUND_KINDS.filter((kind) => round.erased?.[kind] === undefined)
      .map((kind): UpcomingDeletion => ({ roundId: round.id, roundName: round.name, kind, at: moments[kind].toISOString() }));
  });
  const reportsAt = new Map<string, number>();
  for (const report of Object.values(view.reports)) {
    if (report.state !== 'closed') continue;
    const at = reportErasureMoment(report, policy).toISOString();
    reportsAt.set(at, (reportsAt.get(at) ?? 0) + 1);
  }
  const reports = [...reportsAt].map(([at, count]): UpcomingDeletion => ({ kind: 'reports', at, count }));
  const offers = Object.values(view.offers);
  const companies = Object.values(view.companies).flatMap((company): UpcomingDeletion[] => {
    const at = holdsContacts(company, view) ? companyErasureMoment(company, view.rounds, offers, policy, internshipWeeks) : undefined;
    return at ? [{ kind: 'companies', companyId: company.id, companyName: company.name, at: at.toISOString() }] : [];
  });
  return [...rounds, ...reports, ...companies].sort((a, b) => a.at.localeCompare(b.at) || (a.roundName ?? a.companyName ?? '').localeCompare(b.roundName ?? b.companyName ?? ''));
}
