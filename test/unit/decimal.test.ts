import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimal, toScaledInteger } from '../../shared/domain/decimal.ts';

describe('compareDecimal', () => {
  it.each([
    ['100.00', '100', 0],
    ['99.99', '100.00', -1],
    ['100.01', '100', 1],
    ['-0.01', '0', -1],
    ['0.1', '0.10', 0],
    ['1000000000000.000001', '1000000000000', 1],
  ])('compares %s with %s as %i', (a, b, expected) => {
    // Act & Assess
    expect(compareDecimal(a, b)).toBe(expected);
  });

  it('is exact where binary floating point is not (0.1 + 0.2 vs 0.3)', () => {
    // 0.1 + 0.2 !== 0.3 in floating point; as decimal strings the sum 0.30 equals 0.3.
    expect(compareDecimal('0.30', '0.3')).toBe(0);
    expect(toScaledInteger('0.1') + toScaledInteger('0.2')).toBe(toScaledInteger('0.3'));
  });

  it.each(['12,50', '1e3', '', 'abc', '1.1234567'])('refuses %j', (bad) => {
    expect(() => toScaledInteger(bad)).toThrow(RangeError);
  });

  it('orders like the integers of cents for any two amounts', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        (x, y) => {
          const asAmount = (c: bigint) =>
            `${c < 0n ? '-' : ''}${(c < 0n ? -c : c) / 100n}.${String((c < 0n ? -c : c) % 100n).padStart(2, '0')}`;
          const expected = x < y ? -1 : x > y ? 1 : 0;
          expect(compareDecimal(asAmount(x), asAmount(y))).toBe(expected);
        },
      ),
    );
  });
});
