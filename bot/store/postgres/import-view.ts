import { COLLECTIONS, type CollectionName, type KoppelView } from '../koppel-collections.js';
import { EVERYTHING, type KoppelStore } from '../koppel-store.js';

export type ImportCounts = { [C in CollectionName | 'audit']: number };

/** The target already holds data: an import never merges into or overwrites a running school. */
export class ImportTargetNotEmptyError extends Error {
  public readonly code = 'import_target_not_empty';

  constructor(public readonly counts: ImportCounts) {
    const held = Object.entries(counts).filter(([, n]) => n > 0).map(([name, n]) => `${name}: ${n}`).join(', ');
    super(`The database already holds Koppel data (${held}): the import only fills an empty database; nothing was imported`);
    this.name = 'ImportTargetNotEmptyError';
  }
}

export function countView(view: Readonly<KoppelView>): ImportCounts {
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, Object.keys(view[c]).length])) as ImportCounts;
  counts.audit = view.audit.length;
  return counts;
}

/**
 * Copies a whole document into an empty store as one unit of work: every record is validated like
 * any change, and either all of it is stored or nothing. The emptiness check runs inside the same
 * unit of work, so a process writing at the same time makes one of the two fail, never a mix.
 */
export async function importView(store: KoppelStore, view: Readonly<KoppelView>): Promise<ImportCounts> {
  return store.update(EVERYTHING, (draft) => {
    const present = countView(draft);
    if (Object.values(present).some((n) => n > 0)) throw new ImportTargetNotEmptyError(present);
    for (const collection of COLLECTIONS) Object.assign(draft[collection], structuredClone(view[collection]));
    draft.audit.push(...structuredClone(view.audit));
    return countView(draft);
  });
}
