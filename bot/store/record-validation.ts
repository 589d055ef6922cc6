import { validateAsStored } from './document-codec.js';
import { auditSchema, recordSchema } from './koppel-collections.js';
import type { ViewChanges } from './scoped-view.js';
import { StoreInvalidDocumentError } from './store-errors.js';

/**
 * Validates only what a unit of work changed, each record with its own schema and as a restart will
 * read it back (JSON). Returns the records as they will be stored (defaults applied), or throws
 * StoreInvalidDocumentError naming every bad field by collection and id.
 */
export function validateChanges(changes: ViewChanges): ViewChanges {
  const problems: string[] = [];
  const records = changes.records.map((change) => {
    if (change.after === undefined) return change;
    const result = validateAsStored(recordSchema(change.collection), change.after);
    if (result.ok) return { ...change, after: result.value };
    problems.push(...result.problems.map((p) => `${change.collection}.${change.id}.${p.replace(/^\(document\)(: )?/, '')}`));
    return change;
  });
  const audit = changes.audit.map((event, i) => {
    const result = validateAsStored(auditSchema, event);
    if (result.ok) return result.value;
    problems.push(...result.problems.map((p) => `audit.${i}.${p}`));
    return event;
  });
  if (problems.length > 0) throw new StoreInvalidDocumentError(problems);
  return { records, audit };
}
