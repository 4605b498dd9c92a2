// The messages visible in the local queues: one first-in-first-out list per queue, each message stamped
// with its arrival across all queues, so the runtime can serve the queue whose oldest message arrived
// first without scanning every message (the cost of a batch does not grow with the backlog).

interface Arrived<T> {
  arrival: number;
  message: T;
}

class Fifo<T> {
  /** The queue's messages from `head` on; the served ones before it are cleared (they keep no body). */
  private items: (Arrived<T> | undefined)[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  /** How many entries the list holds, served ones included: at most twice the visible ones (`size`). */
  get held(): number {
    return this.items.length;
  }

  first(): Arrived<T> | undefined {
    return this.items[this.head];
  }

  push(item: Arrived<T>): void {
    this.items.push(item);
  }

  take(count: number): Arrived<T>[] {
    const end = Math.min(this.head + count, this.items.length);
    const taken: Arrived<T>[] = [];
    for (let i = this.head; i < end; i++) {
      taken.push(this.items[i] as Arrived<T>);
      this.items[i] = undefined;
    }
    this.head = end;
    // Drop the served slots once they are most of the list: amortised, each slot is moved at most once.
    if (this.head * 2 >= this.items.length) {
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

  /** Entries the queues' lists hold, served ones included (at most twice the visible messages). */
  get held(): number {
    let held = 0;
    for (const fifo of this.queues.values()) held += fifo.held;
    return held;
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
