// The `herald replay --fault` values: what each means, and a clear error for each way to get one wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FAULT_SEED, FaultError, parseFaults, seededRandom } from '../../local/faults.ts';

describe('parseFaults', () => {
  it('reads the four faults of the usage line and the seed', () => {
    // Prepare
    const values = [
      'throttle-email=40',
      'reject-email=5',
      'duplicate-delivery=3',
      'timeout-after-send=email:2',
      'reject-sms=12.5',
    ];
    // Act
    const faults = parseFaults(values, '42');
    // Assess
    expect(faults).toEqual({
      seed: 42,
      throttlePercent: { email: 40 },
      rejectPercent: { email: 5, sms: 12.5 },
      duplicateDelivery: 3,
      timeoutAfterSend: { email: 2 },
    });
  });

  it('uses the default seed when none is given, so a replay without --seed is deterministic too', () => {
    // Act
    const faults = parseFaults(['throttle-push=10']);
    // Assess
    expect(faults.seed).toBe(DEFAULT_FAULT_SEED);
  });

  it.each([
    ['throttle-email', 'expected NAME=VALUE'],
    ['throttle-fax=10', 'unknown channel fax'],
    ['throttle-email=101', 'a percentage from 0 to 100'],
    ['reject-sms=-1', 'a percentage from 0 to 100'],
    ['reject-sms=ten', 'a percentage from 0 to 100'],
    ['duplicate-delivery=0', 'a whole number from 1 to 10'],
    ['duplicate-delivery=2.5', 'a whole number from 1 to 10'],
    ['duplicate-delivery=11', 'a whole number from 1 to 10'],
    ['timeout-after-send=email', 'expected timeout-after-send=<channel>:N'],
    ['timeout-after-send=fax:1', 'expected timeout-after-send=<channel>:N'],
    ['timeout-after-send=email:0', 'a whole number from 1 to 1000'],
    ['timeout-after-send=email:1:2', 'expected timeout-after-send=<channel>:N'],
    ['slow-email=10', 'unknown fault'],
  ])('rejects --fault %s (%s)', (value, message) => {
    // Act / Assess
    expect(() => parseFaults([value])).toThrow(FaultError);
    expect(() => parseFaults([value])).toThrow(message);
  });

  it('rejects a fault given twice and shares that add up to more than 100 %', () => {
    // Act / Assess
    expect(() => parseFaults(['throttle-sms=10', 'throttle-sms=20'])).toThrow('given twice');
    expect(() => parseFaults(['throttle-sms=60', 'reject-sms=50'])).toThrow('more than 100 %');
  });

  it.each(['-1', '1.5', 'x', '4294967296'])('rejects --seed %s', (seed) => {
    // Act / Assess
    expect(() => parseFaults([], seed)).toThrow(FaultError);
  });
});

describe('seededRandom', () => {
  it('draws the same numbers in [0, 1) for the same seed and stream, and others for another', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.string(), (seed, stream) => {
        // Act
        const draw = (s: number, name: string) => {
          const next = seededRandom(s, name);
          return Array.from({ length: 8 }, next);
        };
        const first = draw(seed, stream);
        // Assess
        expect(draw(seed, stream)).toEqual(first);
        expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
        expect(draw(seed, `${stream}!`)).not.toEqual(first);
      }),
    );
  });

  it('hits a share of draws close to the percentage asked for', () => {
    // Prepare
    const next = seededRandom(DEFAULT_FAULT_SEED, 'provider:email');
    // Act
    const hits = Array.from({ length: 10_000 }, next).filter((x) => x * 100 < 40).length;
    // Assess
    expect(hits / 10_000).toBeGreaterThan(0.38);
    expect(hits / 10_000).toBeLessThan(0.42);
  });
});
