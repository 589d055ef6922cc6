// Binary min-heap over the integers 0..size-1 keyed by an external Float64Array, with
// decrease-key. Ties go to the smaller index so the search order, and thus the chosen optimum,
// never depends on insertion history.

export class IndexHeap {
  private readonly heap: Int32Array;
  /** position of each index in heap, or -1 when absent */
  private readonly where: Int32Array;
  private length = 0;

  constructor(size: number, private readonly key: Float64Array) {
    this.heap = new Int32Array(size);
    this.where = new Int32Array(size).fill(-1);
  }

  get size(): number {
    return this.length;
  }

  top(): number {
    return this.heap[0];
  }

  /** Inserts x, or moves it up after its key decreased. */
  push(x: number): void {
    let at = this.where[x];
    if (at < 0) {
      at = this.length++;
      this.heap[at] = x;
      this.where[x] = at;
    }
    this.siftUp(at);
  }

  pop(): number {
    const top = this.heap[0];
    this.where[top] = -1;
    const last = this.heap[--this.length];
    if (this.length > 0) {
      this.heap[0] = last;
      this.where[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  clear(): void {
    for (let k = 0; k < this.length; k++) this.where[this.heap[k]] = -1;
    this.length = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a], kb = this.key[b];
    return ka < kb || (ka === kb && a < b);
  }

  private siftUp(at: number): void {
    const { heap, where } = this;
    const x = heap[at];
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.less(x, heap[parent])) break;
      heap[at] = heap[parent];
      where[heap[at]] = at;
      at = parent;
    }
    heap[at] = x;
    where[x] = at;
  }

  private siftDown(at: number): void {
    const { heap, where } = this;
    const x = heap[at];
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.length) break;
      if (child + 1 < this.length && this.less(heap[child + 1], heap[child])) child++;
      if (!this.less(heap[child], x)) break;
      heap[at] = heap[child];
      where[heap[at]] = at;
      at = child;
    }
    heap[at] = x;
    where[x] = at;
  }
}
