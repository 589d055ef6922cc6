// Registers one host company from the coordinator's card: the same checks as a CSV row.
import { z } from 'zod/v4';
import { appendAudit } from '../audit-log.js';
import { Id } from '../domain/common.js';
import type { Company } from '../domain/company.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { KoppelView } from '../koppel-data.js';
import { conflictScope, storeConflicts } from './company-conflicts.js';
import { checkFields, completeValues, type FieldProblem, type FieldsResult, type FieldValues } from './company-fields.js';
import { companyWarningMessages } from '../import/import-messages.js';
import type { ImportProblem } from './company-problem.js';
import { newCompanyId, toCompany } from './company-records.js';
import type { KoppelStore } from '../store/index.js';
import { abortable, type Abortable } from '../store/abort.js';

const Text = z.string();

// Only the shape is checked here; what each value must look like is checked field by field, with clear texts.
export const RegisterCompanyInput = z.object({
  name: Text,
  sbbNumber: Text,
  kvkNumber: Text.optional(),
  location: z.object({ label: Text.optional(), postcode: Text, municipality: Text }),
  contactEmail: Text.optional(),
  contactTeamsId: Text.optional(),
  /** A contact reached by e-mail with a personal link, for a company outside Teams and Slack. */
  contactMail: Text.optional(),
});
export type RegisterCompanyInput = z.infer<typeof RegisterCompanyInput>;

export type RegisterCompanyResult =
  | { ok: true; company: Company; warnings: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] };


/** Carries the problems out of the store update, so the update writes nothing. */
const refusals: Abortable<ImportProblem[]> = abortable();

export async function registerCompany(
  store: KoppelStore, input: RegisterCompanyInput, actorId: string, now: Date, gazetteer: Gazetteer,
): Promise<RegisterCompanyResult> {
  Id.parse(actorId);
  const fields = fieldsOf(RegisterCompanyInput.parse(input), gazetteer);
  const scope = conflictScope([fields.valid]);
  const first = check(await store.read(scope), fields);
  if (!first.ok) return first;
  return refusals.unlessAborted(() => store.update(scope, (draft): RegisterCompanyResult => {
    // Checked again on the current state: an import may have saved the same SBB number in between.
    const result = check(draft, fields);
    if (!result.ok) refusals.abort(result.problems);
    const company = { ...toCompany(newCompanyOf(result.values), newCompanyId()), contactsSince: now.toISOString() };
    draft.companies[company.id] = company;
    appendAudit(draft, { actorId, action: 'company.registered', subjectType: 'company', subjectId: company.id, detail: { locations: 1 } }, now);
    return { ok: true, company, warnings: result.warnings };
  }), (problems) => ({ ok: false as const, problems }));
}

type Checked = { ok: true; values: FieldValues; warnings: ImportProblem[] } | { ok: false; problems: ImportProblem[] };

function fieldsOf(input: RegisterCompanyInput, gazetteer: Gazetteer): FieldsResult {
  return checkFields({
    name: input.name, sbbNumber: input.sbbNumber, kvkNumber: input.kvkNumber ?? '', label: input.location.label ?? '',
    postcode: input.location.postcode, municipality: input.location.municipality,
    teamsId: input.contactTeamsId ?? '', email: input.contactEmail ?? '', mailContact: input.contactMail ?? '',
  }, gazetteer);
}

function check(data: Readonly<KoppelView>, result: FieldsResult): Checked {
  const known = { existing: Object.values(data.companies), students: Object.values(data.students) };
  const problems = [...result.problems, ...storeConflicts(result.valid, known)].map(onCard);
  const values = completeValues(result);
  if (problems.length > 0 || values === undefined) return { ok: false, problems };
  const warnings = result.warnings.map(onCard);
  if (values.teamsId === undefined && values.email === undefined && values.mailContact === undefined) {
    warnings.push({ line: 0, code: 'no-contact', message: companyWarningMessages.noContact(values.name) });
  }
  return { ok: true, values, warnings };
}

function onCard(problem: FieldProblem): ImportProblem {
  return { line: 0, column: problem.field, code: problem.code, message: problem.message };
}

function newCompanyOf(values: FieldValues) {
  return {
    line: 0, name: values.name, sbbNumber: values.sbbNumber,
    ...(values.kvkNumber !== undefined ? { kvkNumber: values.kvkNumber } : {}),
    locations: [{ line: 0, label: values.label, postcodeArea: values.postcodeArea, municipality: values.municipality }],
    contacts: [
      ...(values.teamsId !== undefined ? [{ platform: 'teams' as const, userId: values.teamsId }] : []),
      ...(values.mailContact !== undefined ? [{ platform: 'email' as const, userId: values.mailContact }] : []),
    ],
    pendingContactEmails: values.email !== undefined ? [values.email] : [],
  };
}
