/** A service's own way to abort its units of work with its own refusal (see `abortable`). */
export interface Abortable<Refusal> {
  /** Stops the unit of work: the store writes nothing of it, audit lines included. */
  abort(refusal: Refusal): never;
  /** Runs the work; when it was aborted, the result is `onAbort(refusal)`. Any other failure passes. */
  unlessAborted<T, A>(work: () => Promise<T>, onAbort: (refusal: Refusal) => A): Promise<T | A>;
  /** Runs synchronous work (a change made on a copy); its refusal when it aborted, else undefined. */
  refusalOf(work: () => void): Refusal | undefined;
}

/**
 * The one way to stop a unit of work with a coded refusal: `abort` throws out of the change, so the
 * store writes nothing, and `unlessAborted` turns the refusal into the caller's result. Each service
 * makes its own pair, typed with its own refusal, so a refusal is only caught where it was meant to
 * be. Declare it with its type (`const refusals: Abortable<R> = abortable()`): then TypeScript knows
 * that nothing after a `refusals.abort(…)` runs.
 */
export function abortable<Refusal>(): Abortable<Refusal> {
  class Aborted extends Error {
    constructor(readonly refusal: Refusal) {
      super('unit of work aborted');
    }
  }
  return {
    abort(refusal) {
      throw new Aborted(refusal);
    },
    async unlessAborted(work, onAbort) {
      try {
        return await work();
      } catch (error) {
        if (error instanceof Aborted) return onAbort(error.refusal);
        throw error;
      }
    },
    refusalOf(work) {
      try {
        work();
        return undefined;
      } catch (error) {
        if (error instanceof Aborted) return error.refusal;
        throw error;
      }
    },
  };
}
