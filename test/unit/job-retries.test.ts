import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requeueDelaySeconds } from '../../shared/domain/job-retries.ts';

const ids = fc.string({ minLength: 1, maxLength: 30 });

describe('requeueDelaySeconds', () => {
  it('is a whole number of seconds SQS accepts as DelaySeconds (1–900), whatever the attempt', () => {
    fc.assert(
      fc.property(ids, fc.oneof(fc.integer(), fc.double()), (id, attempt) => {
        const delay = requeueDelaySeconds(id, attempt);
        expect(Number.isInteger(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(1);
        expect(delay).toBeLessThanOrEqual(900);
      }),
    );
  });

  it.each([
    [1, 15, 30],
    [2, 30, 60],
    [3, 60, 120],
    [4, 120, 240],
    [5, 240, 480],
    [6, 450, 900],
    [50, 450, 900],
    [10_000, 450, 900],
  ])('attempt %i waits between %i and %i s', (attempt, low, high) => {
    fc.assert(
      fc.property(ids, (id) => {
        const delay = requeueDelaySeconds(id, attempt);
        expect(delay).toBeGreaterThanOrEqual(low);
        expect(delay).toBeLessThanOrEqual(high);
      }),
    );
  });

  it('grows with each attempt while its ceiling doubles', () => {
    fc.assert(
      fc.property(ids, fc.integer({ min: 1, max: 4 }), (id, attempt) => {
        expect(requeueDelaySeconds(id, attempt + 1)).toBeGreaterThanOrEqual(requeueDelaySeconds(id, attempt));
      }),
    );
  });

  it('is the same for the same job and attempt (a replay waits the same)', () => {
    fc.assert(
      fc.property(ids, fc.integer({ min: 1, max: 100 }), (id, attempt) => {
        expect(requeueDelaySeconds(id, attempt)).toBe(requeueDelaySeconds(id, attempt));
      }),
    );
  });

  it('spreads jobs throttled together over the window, rather than bringing them back in the same second', () => {
    const delays = new Set(Array.from({ length: 200 }, (_, i) => requeueDelaySeconds(`n-${i}`, 3)));
    // 61 possible values (60–120 s); 200 jobs land on most of them.
    expect(delays.size).toBeGreaterThan(40);
  });

  it('keeps a job waiting for hours, never giving it up: 24 attempts span more than 2 hours', () => {
    const total = Array.from({ length: 24 }, (_, i) => requeueDelaySeconds('n-hours', i + 1)).reduce(
      (sum, delay) => sum + delay,
      0,
    );
    expect(total).toBeGreaterThan(2 * 3600);
  });
});
