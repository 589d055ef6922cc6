// Imports host companies from CSV: every row valid, or nothing saved.
import { z } from 'zod/v4';
import { appendAudit } from '../audit-log.js';
import { Id } from '../domain/common.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { KoppelView } from '../koppel-data.js';
import { conflictScope } from './company-conflicts.js';
import { parseCompanyCsv, validValuesIn, type CompanyCsvResult, type NewCompany } from './company-csv.js';
import type { ImportProblem } from './company-problem.js';
import { newCompanyId, toCompany } from './company-records.js';
import type { KoppelStore } from '../store/index.js';
import { abortable, type Abortable } from '../store/abort.js';


export interface ImportCompaniesInput {
  csv: string;
  /** The coordinator who imports; recorded in the audit log. */
  actorId: string;
  gazetteer: Gazetteer;
  now: Date;
  /** Opaque company ids; tests inject a predictable one. Location ids are always random. */
  newId?: () => string;
}

export type CompanyImportReport =
  | { ok: true; imported: number; companyIds: string[]; warnings: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] };

/** Carries the problems out of the store update, so the update writes nothing. */
const refusals: Abortable<ImportProblem[]> = abortable();

export async function importCompanies(store: KoppelStore, input: ImportCompaniesInput): Promise<CompanyImportReport> {
  Id.parse(input.actorId);
  z.string().parse(input.csv);
  // Every company (SBB numbers have no index), and only the students holding an account or address of the file.
  const scope = conflictScope(validValuesIn(input.csv, input.gazetteer));
  // A first pass without the write lock answers a bad file quickly.
  const first = check(await store.read(scope), input);
  if (!first.ok) return first;
  return refusals.unlessAborted(() => store.update(scope, (draft): CompanyImportReport => {
    // Checked again on the current state: another import or registration may have saved in between.
    const result = check(draft, input);
    if (!result.ok) refusals.abort(result.problems);
    const companyIds = addCompanies(draft, result.companies, input.newId ?? newCompanyId);
    for (const id of companyIds) draft.companies[id].contactsSince = input.now.toISOString();
    appendAudit(draft, {
      actorId: input.actorId, action: 'company.imported', subjectType: 'company', subjectId: companyIds[0],
      detail: { count: companyIds.length },
    }, input.now);
    return { ok: true, imported: companyIds.length, companyIds, warnings: result.warnings };
  }), (problems) => ({ ok: false as const, problems }));
}

function check(data: Readonly<KoppelView>, input: ImportCompaniesInput): CompanyCsvResult {
  return parseCompanyCsv(input.csv, { existing: Object.values(data.companies), students: Object.values(data.students), gazetteer: input.gazetteer });
}

function addCompanies(draft: KoppelView, companies: NewCompany[], newId: () => string): string[] {
  return companies.map((company) => {
    const id = newId();
    if (Object.hasOwn(draft.companies, id)) throw new Error(`company id ${id} is already in use`);
    draft.companies[id] = toCompany(company, id);
    return id;
  });
}
