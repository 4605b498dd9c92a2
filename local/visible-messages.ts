// The messages visible in the local queues: one first-in-first-out list per queue, each message stamped
// with its arrival across all queues, so the runtime can serve the queue whose oldest message arrived
// first without scanning every message (the cost of a batch does not grow with the backlog).

interface Arrived<T> {
  arrival: number;
  message: T;
}

class Fifo<T> {
  private items: Arrived<T>[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  first(): Arrived<T> | undefined {
    return this.items[this.head];
  }

  push(item: Arrived<T>): void {
    this.items.push(item);
  }

  take(count: number): Arrived<T>[] {
    const taken = this.items.slice(this.head, this.head + count);
    this.head += taken.length;
    // Drop what was served once it is most of the array.
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return taken;
  }
}

export class VisibleMessages<T extends { queueArn: string }> {
  private readonly queues = new Map<string, Fifo<T>>();
  private arrivals = 0;

  /** Makes a message visible at the end of its queue (`message.queueArn`). */
  push(message: T): void {
    let fifo = this.queues.get(message.queueArn);
    if (!fifo) {
      fifo = new Fifo<T>();
      this.queues.set(message.queueArn, fifo);
    }
    fifo.push({ arrival: ++this.arrivals, message });
  }

  /** Of the queues `wanted` accepts, the one whose first visible message arrived earliest. */
  oldest(wanted: (queueArn: string) => boolean): string | undefined {
    let best: string | undefined;
    let bestArrival = Number.POSITIVE_INFINITY;
    for (const [arn, fifo] of this.queues) {
      const first = fifo.first();
      if (first && first.arrival < bestArrival && wanted(arn)) {
        best = arn;
        bestArrival = first.arrival;
      }
    }
    return best;
  }

  /** Takes up to `count` messages of a queue, oldest first. */
  take(queueArn: string, count: number): T[] {
    return (this.queues.get(queueArn)?.take(count) ?? []).map((a) => a.message);
  }

  /** Takes every message of the queues `wanted` accepts, in arrival order. */
  takeAll(wanted: (queueArn: string) => boolean): T[] {
    const taken: Arrived<T>[] = [];
    for (const [arn, fifo] of this.queues) {
      if (fifo.size === 0 || !wanted(arn)) continue;
      for (const item of fifo.take(fifo.size)) taken.push(item);
    }
    return taken.sort((a, b) => a.arrival - b.arrival).map((a) => a.message);
  }
}
