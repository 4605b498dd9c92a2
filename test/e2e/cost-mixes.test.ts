// Each bench cost mix (bench/cost-mixes.ts) is what it is named, on the local stack with the cost meter:
// replayed at a tenth of its size, the no-alert mix sends at most one message per twenty bank events, the
// alert mix sends a message for most of its bank events, the journey mix starts journeys (and Step
// Functions transitions), and each mix's claim tells it apart from the others. Not timed: `npm run
// bench:cost` runs the mixes at full size and records what they cost.
import { beforeAll, describe, expect, it } from 'vitest';
import { MIX_NAMES, type MixName, mixEntries, mixOf } from '../../bench/cost-mixes.ts';
import { type CostRun, measureCost } from '../../bench/cost-run.ts';

const outcomes = new Map<MixName, CostRun>();
const outcome = (name: MixName) => {
  const run = outcomes.get(name);
  if (!run) throw new Error(`${name} did not run`);
  return run;
};
const quantity = (run: CostRun, service: string) =>
  run.infrastructure.find((line) => line.service === service)?.quantity ?? 0;

beforeAll(async () => {
  for (const name of MIX_NAMES) {
    const mix = mixOf(name);
    outcomes.set(
      name,
      await measureCost(mixEntries(name, { events: mix.events / 10 }), {
        name,
        title: mix.title,
        summary: mix.summary,
      }),
    );
  }
}, 180_000);

describe('the bench cost mixes on the local stack', () => {
  it.each(MIX_NAMES)('%s: every line is accepted and every line is a bank event', (name) => {
    // Act
    const run = outcome(name);
    // Assess
    expect(run.rejected).toBe(0);
    expect(run.bankEvents).toBe(run.lines);
  });

  it('no-alert heavy: at most one message per twenty bank events, no journey, no Herald event', () => {
    // Act
    const run = outcome('no-alert-heavy');
    // Assess
    expect(run.messagesSent * 20).toBeLessThanOrEqual(run.bankEvents);
    expect(run.journeys).toBe(0);
    expect(run.heraldEvents).toBe(0);
    expect(quantity(run, 'Step Functions')).toBe(0);
  });

  it('alert heavy: most bank events send a message, on one or two channels', () => {
    // Act
    const run = outcome('alert-heavy');
    // Assess
    expect(run.alertingBankEvents * 2).toBeGreaterThanOrEqual(run.bankEvents);
    expect(run.messagesSent).toBeGreaterThanOrEqual(run.alertingBankEvents);
    // Each alerting event, and each fraud case's reply workflow, reaches its customer on at most two channels.
    expect(run.messagesSent).toBeLessThanOrEqual(2 * (run.alertingBankEvents + run.journeys));
  });

  it('journey heavy: journeys under way for the customers, run to their end', () => {
    // Act
    const run = outcome('journey-heavy');
    // Assess
    expect(run.journeys).toBeGreaterThanOrEqual(run.customers);
    expect(quantity(run, 'Step Functions')).toBeGreaterThan(run.journeys);
    // The sequences sent more than the bank events that started them.
    expect(run.messagesSent).toBeGreaterThan(run.alertingBankEvents);
  });

  it("each mix's claim holds for its own run and for no other mix's", () => {
    // Act
    const holding = MIX_NAMES.map((name) =>
      MIX_NAMES.filter((other) => mixOf(name).claim.holds(outcome(other))),
    );
    // Assess
    expect(holding).toEqual(MIX_NAMES.map((name) => [name]));
  });
});
