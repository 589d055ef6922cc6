// Units of work whose scope follows from what they find: a student's round is known only once the
// student is read, an offer's company only once the offer is. The caller describes, as a pure
// function of a view, which records its work reads; reading repeats until the records read point
// nowhere outside the scope, and the unit of work checks that again on its own copy, since the
// records may have changed between the reads and the update.
import { emptyKoppelData, type KoppelView } from './koppel-data.js';
import type { KoppelStore, Scope, Selection } from './store/index.js';

/** The records a piece of work reads, given the records read so far (an empty view at first). */
export type ScopeOf = (view: Readonly<KoppelView>) => Scope;

// Each pass follows one more link (student → round → match → offer → company); more passes than
// that mean the records keep changing under the reads.
const MAX_PASSES = 8;

export class ScopeUnsettledError extends Error {
  constructor() {
    super(`the records a unit of work reads kept changing over ${MAX_PASSES} reads`);
    this.name = 'ScopeUnsettledError';
  }
}

/**
 * The last settled scope per piece of work (e.g. `intake:s1`): only a first guess, so a student's
 * next turn reads their record and round in one go instead of one link at a time. It is checked
 * like any other guess (a stale one costs one more read, or one more pass of the unit of work), so
 * it may be out of date, and each process keeps its own. Bounded: the oldest guesses are dropped.
 */
const settledScopes = new Map<string, Scope>();
const MAX_REMEMBERED = 20_000;

function remembered(memoKey: string | undefined): Scope | undefined {
  return memoKey === undefined ? undefined : settledScopes.get(memoKey);
}

function remember(memoKey: string | undefined, scope: Scope): void {
  if (memoKey === undefined) return;
  settledScopes.delete(memoKey);
  settledScopes.set(memoKey, scope);
  if (settledScopes.size > MAX_REMEMBERED) settledScopes.delete(settledScopes.keys().next().value as string);
}

/**
 * Reads the records `scopeOf` names, following what they point to until nothing is missing.
 * `memoKey` names the piece of work, so the next read starts from the scope this one settled on.
 */
export async function readSettled(store: KoppelStore, scopeOf: ScopeOf, memoKey?: string): Promise<Readonly<KoppelView>> {
  const { scope, view } = await settle(store, scopeOf, remembered(memoKey) ?? scopeOf(emptyKoppelData()));
  remember(memoKey, scope);
  return view;
}

/**
 * Runs `change` in one unit of work over the records `scopeOf` names. When the records changed
 * after the reads that built the scope so that it no longer covers them (a student moved to another
 * round), nothing is written and the scope is built again.
 */
export async function updateSettled<R>(
  store: KoppelStore, scopeOf: ScopeOf, change: (draft: KoppelView) => R | Promise<R>, memoKey?: string,
): Promise<R> {
  // A remembered scope goes straight into the unit of work, which checks it on its own copy anyway.
  let scope = remembered(memoKey) ?? (await settle(store, scopeOf, scopeOf(emptyKoppelData()))).scope;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const current = scope;
    const outcome = await store.update(current, async (draft) => {
      const needed = scopeOf(draft);
      return covers(current, needed) ? { done: true as const, result: await change(draft) } : { done: false as const, needed };
    });
    if (outcome.done) {
      remember(memoKey, current);
      return outcome.result;
    }
    ({ scope } = await settle(store, scopeOf, outcome.needed));
  }
  throw new ScopeUnsettledError();
}

async function settle(store: KoppelStore, scopeOf: ScopeOf, start: Scope): Promise<{ scope: Scope; view: Readonly<KoppelView> }> {
  let scope = start;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const view = await store.read(scope);
    const needed = scopeOf(view);
    if (covers(scope, needed)) return { scope, view };
    scope = needed;
  }
  throw new ScopeUnsettledError();
}

/**
 * Whether `scope` selects at least what `needed` does. Compared by name (ids with ids, keys with
 * keys), not by the records they select: a scope built by the same function from the same records
 * names them the same way.
 */
export function covers(scope: Scope, needed: Scope): boolean {
  if (needed.audit === 'all' && scope.audit !== 'all') return false;
  return (Object.keys(needed) as Array<keyof Scope>).every((collection) => {
    if (collection === 'audit') return true;
    const want = needed[collection];
    const have = scope[collection];
    if (want === undefined || have === 'all') return true;
    if (want === 'all') return false;
    const ids = new Set(have?.ids ?? []);
    const keys = new Set(have?.keys ?? []);
    return (want.ids ?? []).every((id) => ids.has(id)) && (want.keys ?? []).every((key) => keys.has(key));
  });
}

/** Both selections together. */
export function union(a: Selection | undefined, b: Selection | undefined): Selection | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a === 'all' || b === 'all') return 'all';
  return { ids: unique([...(a.ids ?? []), ...(b.ids ?? [])]), keys: unique([...(a.keys ?? []), ...(b.keys ?? [])]) };
}

/** What all the scopes select together. */
export function mergeScopes(...scopes: Scope[]): Scope {
  const merged: { -readonly [C in keyof Scope]: Scope[C] } = {};
  for (const scope of scopes) {
    for (const collection of Object.keys(scope) as Array<keyof Scope>) {
      if (collection === 'audit') merged.audit = scope.audit ?? merged.audit;
      else merged[collection] = union(merged[collection], scope[collection]);
    }
  }
  return merged;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
