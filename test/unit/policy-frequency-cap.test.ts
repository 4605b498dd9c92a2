import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKETING_CAP, decideCap, localDay } from '../../shared/domain/policy/frequency-cap.ts';
import type { Category } from '../../shared/domain/profile.ts';

const HOUR = 3_600_000;

const zones = [
  'Europe/Bucharest',
  'America/New_York',
  'America/Los_Angeles',
  'America/Santiago',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Asia/Jakarta',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Africa/Casablanca',
  'UTC',
] as const;

/** The local calendar date, read independently of the module (en-CA prints YYYY-MM-DD). */
const localDate = (instant: number, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );

/** The first instant after `instant` (to the second) on another local date. */
const nextLocalMidnight = (instant: number, timeZone: string): number => {
  const today = localDate(instant, timeZone);
  let lo = Math.floor(instant / 1000) * 1000;
  let hi = lo + 48 * HOUR;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (localDate(mid, timeZone) === today) lo = mid;
    else hi = mid;
  }
  return hi;
};

const zonedInstant = fc.record({
  timeZone: fc.constantFrom(...zones),
  at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2032, 0, 1) }),
});

/** A store of marketing counters keyed as the module says: customer and local day. */
const counterStore = () => {
  const counts = new Map<string, number>();
  return (customerId: string, now: Date, timeZone: string) => {
    const key = `${customerId}#${localDay(now, timeZone)}`;
    const sentToday = counts.get(key) ?? 0;
    const decision = decideCap({ category: 'marketing', sentToday, cap: 1 });
    if (decision.allowed) counts.set(key, sentToday + 1);
    return decision;
  };
};

describe('localDay', () => {
  it('is the local calendar date in the zone', () => {
    fc.assert(
      fc.property(zonedInstant, ({ timeZone, at }) => {
        // Act
        const day = localDay(new Date(at), timeZone);
        // Assess
        expect(day).toBe(localDate(at, timeZone));
      }),
    );
  });

  it('puts two sends either side of local midnight on different days, each within its own cap', () => {
    let sameUtcDay = 0;
    fc.assert(
      fc.property(
        zonedInstant,
        fc.integer({ min: 1, max: 3 * HOUR }),
        fc.integer({ min: 0, max: 3 * HOUR }),
        ({ timeZone, at }, before, after) => {
          // Prepare: one send just before local midnight, one just after
          const midnight = nextLocalMidnight(at, timeZone);
          const late = new Date(midnight - before);
          const early = new Date(midnight + after);
          const send = counterStore();
          // Act
          const first = send('c-1', late, timeZone);
          const second = send('c-1', early, timeZone);
          const third = send('c-1', early, timeZone);
          // Assess
          expect(localDay(late, timeZone)).not.toBe(localDay(early, timeZone));
          expect(first).toEqual({ allowed: true });
          expect(second).toEqual({ allowed: true });
          expect(third).toEqual({ allowed: false, reason: 'frequency_cap' });
          if (late.toISOString().slice(0, 10) === early.toISOString().slice(0, 10)) sameUtcDay += 1;
        },
      ),
      { numRuns: 200 },
    );
    // Assess: the runs included pairs that UTC puts on one day
    expect(sameUtcDay).toBeGreaterThan(0);
  });

  it.each([
    // Same UTC day, different local days
    ['Europe/Bucharest', '2026-06-01T20:59:00Z', '2026-06-01T21:01:00Z', '2026-06-01', '2026-06-02'],
    ['Asia/Kathmandu', '2026-06-01T18:14:00Z', '2026-06-01T18:16:00Z', '2026-06-01', '2026-06-02'],
    ['America/New_York', '2026-06-02T03:59:00Z', '2026-06-02T04:01:00Z', '2026-06-01', '2026-06-02'],
    // Different UTC days, same local day
    ['America/New_York', '2026-06-01T23:59:00Z', '2026-06-02T00:01:00Z', '2026-06-01', '2026-06-01'],
    // The ends of Bucharest's 23-hour (29 March) and 25-hour (25 October) days of 2026
    ['Europe/Bucharest', '2026-03-29T20:59:59Z', '2026-03-29T21:00:00Z', '2026-03-29', '2026-03-30'],
    ['Europe/Bucharest', '2026-10-25T21:59:59Z', '2026-10-25T22:00:00Z', '2026-10-25', '2026-10-26'],
  ])('%s: %s is %s, %s is %s', (timeZone, a, b, dayA, dayB) => {
    // Act
    const days = [localDay(new Date(a), timeZone), localDay(new Date(b), timeZone)];
    // Assess
    expect(days).toEqual([dayA, dayB]);
  });
});

describe('decideCap', () => {
  it.each<[Category, number, number | undefined, boolean]>([
    ['marketing', 0, undefined, true],
    ['marketing', 1, undefined, true],
    ['marketing', 2, undefined, false],
    ['marketing', 7, undefined, false],
    ['marketing', 2, 3, true],
    ['marketing', 3, 3, false],
    ['marketing', 0, 0, false],
    ['transactional', 100, undefined, true],
    ['security', 100, 0, true],
  ])('%s with %i sent today and cap %s → allowed %s', (category, sentToday, cap, allowed) => {
    // Act
    const decision = decideCap({ category, sentToday, cap });
    // Assess
    expect(decision).toEqual(allowed ? { allowed: true } : { allowed: false, reason: 'frequency_cap' });
  });

  it('defaults to 2 marketing messages a day', () => {
    expect(DEFAULT_MARKETING_CAP).toBe(2);
  });
});
