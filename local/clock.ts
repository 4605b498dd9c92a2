// The simulated clock: `Date` in this process (and so in every function the local runtime runs) reads the
// simulated time. Timers are left real, so I/O with dynalite and the local endpoints works as usual.
import FakeTimers from '@sinonjs/fake-timers';

type InstalledClock = ReturnType<ReturnType<typeof FakeTimers.withGlobal>['install']>;

export class SimulatedClock {
  private constructor(private readonly fake: InstalledClock) {}

  static install(start: Date): SimulatedClock {
    return new SimulatedClock(FakeTimers.withGlobal(globalThis).install({ now: start, toFake: ['Date'] }));
  }

  now(): Date {
    return new Date();
  }

  /** Moves the clock to `time`; never backwards. */
  setTo(time: Date): void {
    if (time.getTime() > Date.now()) this.fake.setSystemTime(time);
  }

  uninstall(): void {
    this.fake.uninstall();
  }
}
