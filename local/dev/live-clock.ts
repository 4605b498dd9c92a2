// `herald dev`'s clock: the simulated clock of the local stack, moved forward in real time (or `speed`
// times faster), and jumped to the next scheduled work on request. All work on the stack (events put,
// replies, clock moves) goes through one Serial, so that the functions never run two things at once, as
// the replay never does.

/** Runs jobs one after the other, in the order they were given. */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when everything given so far has run. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}

/** Where the clock's moves run: a Serial, or one that also does something after each job. */
export interface Jobs {
  run<T>(job: () => Promise<T>): Promise<T>;
}

/** What the clock needs of the local stack (LocalHerald). */
export interface ClockedStack {
  readonly clock: { now(): Date };
  advanceTo(time: number): Promise<void>;
  planned(): { at: number; what: string }[];
}

export class LiveClock {
  /** The simulated time at `anchorReal` (real milliseconds, monotonic). */
  private anchorSim: number;
  private anchorReal: number;
  private ticking = false;

  constructor(
    private readonly stack: ClockedStack,
    private readonly work: Jobs,
    readonly speed: number,
    /** Real milliseconds, monotonic (performance.now: the simulated clock does not move it). */
    private readonly realNow: () => number = () => performance.now(),
  ) {
    this.anchorSim = stack.clock.now().getTime();
    this.anchorReal = realNow();
  }

  /** Where the simulated clock should be now: the anchor plus the real time since, times the speed. */
  target(): number {
    return this.anchorSim + (this.realNow() - this.anchorReal) * this.speed;
  }

  /** Moves the simulated clock to target(), running what was planned before it; one tick at a time. */
  async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      await this.work.run(() => this.stack.advanceTo(Math.floor(this.target())));
    } finally {
      this.ticking = false;
    }
  }

  /**
   * Jumps to the next scheduled work and runs it (everything planned at that time); the clock then goes on
   * from there. Returns what ran, or undefined when nothing is planned.
   */
  runToNext(): Promise<{ at: number; what: string } | undefined> {
    return this.work.run(async () => {
      const next = this.stack.planned()[0];
      if (next) await this.stack.advanceTo(Math.max(next.at, this.stack.clock.now().getTime()));
      this.anchorSim = this.stack.clock.now().getTime();
      this.anchorReal = this.realNow();
      return next;
    });
  }
}
