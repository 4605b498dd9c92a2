// What happens later on the simulated clock, in time order: a binary min-heap on (time, insertion order),
// so planning and taking the next item cost O(log n) however much is planned (a bank day plans tens of
// thousands of retries, deferred messages and journey waits).

export interface Planned {
  at: number;
  seq: number;
  what: string;
  run: () => void | Promise<void>;
}

const before = (a: Planned, b: Planned) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

export class Timeline {
  private readonly heap: Planned[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  /** The next item (earliest time; among equal times, the first planned), without taking it. */
  peek(): Planned | undefined {
    return this.heap[0];
  }

  /** Everything planned, in the order it will run. */
  list(): Planned[] {
    return [...this.heap].sort((a, b) => (before(a, b) ? -1 : 1));
  }

  add(at: number, what: string, run: () => void | Promise<void>): void {
    const heap = this.heap;
    const item: Planned = { at, seq: ++this.seq, what, run };
    let i = heap.length;
    heap.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = heap[parent] as Planned;
      if (!before(item, above)) break;
      heap[i] = above;
      i = parent;
    }
    heap[i] = item;
  }

  /** Takes the next item. */
  take(): Planned | undefined {
    const heap = this.heap;
    const first = heap[0];
    const last = heap.pop();
    if (first === undefined || last === undefined || heap.length === 0) return first;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child =
        right < heap.length && before(heap[right] as Planned, heap[left] as Planned) ? right : left;
      const below = heap[child] as Planned;
      if (!before(below, last)) break;
      heap[i] = below;
      i = child;
    }
    heap[i] = last;
    return first;
  }
}
