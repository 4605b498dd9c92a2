// The bank-day suite, shared by `npm test` (test/e2e/bank-day.test.ts) and `npm run test:soak`
// (test/soak/bank-day.soak.ts): one replay of a generated day, then one test per invariant.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Faults } from '../../../local/faults.ts';
import { describeViolations, INVARIANTS } from './check.ts';
import { type BankDayRun, runBankDay } from './run.ts';

export interface BankDaySuite {
  seed: number;
  events: number;
  faults: Faults;
}

/** Generous: the replay's run time depends on the machine and its load; no test asserts on it. */
const REPLAY_TIMEOUT_MS = 60 * 60_000;

export function describeBankDay({ seed, events, faults }: BankDaySuite): void {
  describe(`a bank day of ${events} events (seed ${seed}), each delivered 3 times out of order, with ${JSON.stringify(faults)}`, () => {
    let run: BankDayRun;

    beforeAll(async () => {
      // Prepare + Act: generate the day and replay it through the local stack.
      run = await runBankDay({ seed, events, faults });
    }, REPLAY_TIMEOUT_MS);

    it('replays the whole day: every channel carries messages, and some wait for quiet hours to end', () => {
      // Assess: the invariants below are not vacuous.
      expect(run.day.events.length).toBeGreaterThanOrEqual(events);
      expect(run.day.entries).toBe(run.day.events.length * 3);
      expect(run.sentByChannel).toMatchObject({
        email: expect.any(Number),
        sms: expect.any(Number),
        push: expect.any(Number),
        whatsapp: expect.any(Number),
      });
      expect(run.deferred).toBeGreaterThan(0);
    });

    it.each(INVARIANTS)('%s', (name) => {
      // Assess
      const found = run.violations[name];
      expect(found.length, describeViolations(name, found)).toBe(0);
    });
  });
}
