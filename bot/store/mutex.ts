// A promise chain: each task starts only after the previous one settled, so read-modify-write
// sequences from many users never interleave, even when the change awaits in the middle.
export class Mutex {
  #tail: Promise<unknown> = Promise.resolve();

  run<R>(task: () => Promise<R>): Promise<R> {
    const result = this.#tail.then(task);
    // A failed task must not block the ones queued after it.
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
