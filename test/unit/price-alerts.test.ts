import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimal, toScaledInteger } from '../../shared/domain/decimal.ts';
import {
  alertFires,
  alertSortKey,
  changeApplies,
  crossedRange,
  decideTick,
  encodePrice,
  type FiredAlert,
  type LastTick,
  type PriceAlert,
  type PriceTick,
  priceAlertIntents,
} from '../../shared/domain/price-alerts.ts';
import { fromScaled } from '../../shared/domain/templates/render.ts';

/** A decimal string as the contract allows it: up to 15 integer digits (leading zeros too), 0-6 decimals. */
const decimal = (options: { negative?: boolean } = {}) =>
  fc
    .tuple(
      options.negative === false ? fc.constant('') : fc.constantFrom('', '-'),
      fc.stringMatching(/^\d{1,15}$/),
      fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
    )
    .map(([sign, whole, fraction]) => `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`);

const alert = (direction: 'above' | 'below', price: string, over: Partial<PriceAlert> = {}): PriceAlert => ({
  customerId: 'c-1',
  alertId: 'a-1',
  symbol: 'AAPL',
  direction,
  price,
  currency: 'USD',
  ...over,
});
const move = (from: string, to: string) => ({ symbol: 'AAPL', currency: 'USD', from, to });
const last = (price: string, occurredAt: string, over: Partial<LastTick> = {}): LastTick => ({
  symbol: 'AAPL',
  currency: 'USD',
  eventId: 't-0',
  price,
  occurredAt,
  ...over,
});
const tick = (price: string, occurredAt: string, over: Partial<PriceTick> = {}): PriceTick => ({
  eventId: 't-1',
  occurredAt,
  symbol: 'AAPL',
  price,
  currency: 'USD',
  ...over,
});

/** Whether the alert's stored key lies in the range a move reads (what the one Query returns). */
function queried(a: PriceAlert, m: ReturnType<typeof move>): boolean {
  const range = crossedRange(m);
  if (!range || a.symbol !== m.symbol || a.currency !== m.currency) return false;
  const key = alertSortKey(a);
  return a.direction === range.direction && range.from <= key && key <= range.to;
}

describe('price encoding', () => {
  it('orders encoded prices exactly as compareDecimal orders the decimals, negatives included', () => {
    fc.assert(
      fc.property(decimal(), decimal(), (a, b) => {
        const ea = encodePrice(a);
        const eb = encodePrice(b);
        const byKey = ea < eb ? -1 : ea > eb ? 1 : 0;
        expect(byKey).toBe(compareDecimal(a, b));
      }),
      { numRuns: 5000 },
    );
  });

  it('is fixed-width, and the same for equal values written differently', () => {
    fc.assert(
      fc.property(decimal(), (a) => {
        expect(encodePrice(a)).toHaveLength(22);
      }),
    );
    expect(encodePrice('1.5')).toBe(encodePrice('1.500000'));
    expect(encodePrice('007.10')).toBe(encodePrice('7.1'));
    expect(encodePrice('-0')).toBe(encodePrice('0.00'));
  });

  it.each([
    ['0.000001', '0.00001'],
    ['9.999999', '10'],
    ['99', '100'],
    ['-100', '-99'],
    ['-0.000001', '0'],
    ['999999999999999.999998', '999999999999999.999999'],
    ['-999999999999999.999999', '-999999999999999.999998'],
  ])('%s sorts below %s', (low, high) => {
    expect(encodePrice(low) < encodePrice(high)).toBe(true);
  });

  it('refuses what is not a decimal string of at most 6 decimals', () => {
    expect(() => encodePrice('1e3')).toThrow(RangeError);
    expect(() => encodePrice('1.0000001')).toThrow(RangeError);
    expect(() => encodePrice('1000000000000000')).toThrow(RangeError);
  });
});

describe('which alerts a move fires', () => {
  it.each([
    // Up from 100 to 110: above alerts with 100 < level <= 110.
    ['above', '110', '100', '110', true],
    ['above', '110.000001', '100', '110', false],
    ['above', '100', '100', '110', false],
    ['above', '100.000001', '100', '110', true],
    ['above', '105', '100', '110', true],
    // Down from 110 to 100: below alerts with 100 <= level < 110.
    ['below', '100', '110', '100', true],
    ['below', '99.999999', '110', '100', false],
    ['below', '110', '110', '100', false],
    ['below', '109.999999', '110', '100', true],
    // A move never fires alerts of the other direction.
    ['below', '105', '100', '110', false],
    ['above', '105', '110', '100', false],
    // Negative prices (the contract allows them) follow the same rule.
    ['below', '-5', '3', '-10', true],
    ['above', '-5', '-10', '3', true],
  ] as const)('%s %s on a move %s → %s fires: %s', (direction, level, from, to, fires) => {
    expect(alertFires(alert(direction, level), move(from, to))).toBe(fires);
    expect(queried(alert(direction, level), move(from, to))).toBe(fires);
  });

  it('fires nothing when the price does not move (equal prices, however written)', () => {
    expect(crossedRange(move('100', '100'))).toBeUndefined();
    expect(crossedRange(move('100', '100.000'))).toBeUndefined();
    expect(alertFires(alert('above', '100'), move('100', '100.00'))).toBe(false);
    expect(alertFires(alert('below', '100'), move('100', '100.00'))).toBe(false);
  });

  it('fires an alert only for its own symbol and currency', () => {
    expect(alertFires(alert('above', '105', { currency: 'EUR' }), move('100', '110'))).toBe(false);
    expect(alertFires(alert('above', '105', { symbol: 'MSFT' }), move('100', '110'))).toBe(false);
    expect(queried(alert('above', '105', { currency: 'EUR' }), move('100', '110'))).toBe(false);
  });

  it('reads exactly the alerts the rule fires: the stored range agrees with alertFires', () => {
    const ids = fc.stringMatching(/^[A-Za-z0-9#%$:_-]{1,12}$/);
    // Levels often at, or one smallest step from, either end of the move: where a boundary rule breaks.
    const LIMIT = 10n ** 21n; // the contract's range, scaled by 10^6
    const step = (price: string, delta: bigint) => toScaledInteger(price) + delta;
    fc.assert(
      fc.property(
        fc.constantFrom('above', 'below'),
        decimal(),
        decimal(),
        decimal(),
        fc.constantFrom('random', 'from', 'to'),
        fc.constantFrom(-1n, 0n, 1n),
        ids,
        ids,
        (direction, random, from, to, anchor, delta, customerId, alertId) => {
          const base = anchor === 'from' ? from : anchor === 'to' ? to : random;
          const scaled = step(base, delta);
          fc.pre(-LIMIT < scaled && scaled < LIMIT);
          const level = fromScaled(scaled);
          const a = alert(direction, level, { customerId, alertId });
          expect(queried(a, move(from, to))).toBe(alertFires(a, move(from, to)));
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('gives alerts of different customers with the same id and level different keys', () => {
    const one = alertSortKey(alert('above', '10', { customerId: 'a#b', alertId: 'c' }));
    const other = alertSortKey(alert('above', '10', { customerId: 'a', alertId: 'b#c' }));
    expect(one).not.toBe(other);
  });
});

describe('decideTick', () => {
  it('only records the first tick ever seen for a symbol', () => {
    expect(decideTick(undefined, tick('100', '2026-03-03T10:00:00Z'))).toEqual({ kind: 'record' });
  });

  it('records a newer tick with the move from the last price', () => {
    expect(decideTick(last('100', '2026-03-03T10:00:00Z'), tick('110', '2026-03-03T10:00:01Z'))).toEqual({
      kind: 'record',
      move: move('100', '110'),
    });
  });

  it('records a tick at the same price without a move (nothing fires)', () => {
    expect(decideTick(last('100', '2026-03-03T10:00:00Z'), tick('100.00', '2026-03-03T10:01:00Z'))).toEqual({
      kind: 'record',
    });
  });

  it('ignores a stale tick: older than the last one, or as old, whatever its price', () => {
    const previous = last('100', '2026-03-03T10:00:00Z');
    expect(decideTick(previous, tick('150', '2026-03-03T09:59:59Z'))).toEqual({ kind: 'stale' });
    expect(decideTick(previous, tick('150', '2026-03-03T10:00:00Z'))).toEqual({ kind: 'stale' });
    // The same instant written with an offset is not newer either.
    expect(decideTick(previous, tick('150', '2026-03-03T12:00:00+02:00'))).toEqual({ kind: 'stale' });
  });

  it('orders ticks by instant, not by how their offsets are written', () => {
    const previous = last('100', '2026-03-03T10:00:00+02:00'); // 08:00Z
    expect(decideTick(previous, tick('110', '2026-03-03T09:00:00Z'))).toMatchObject({ kind: 'record' });
  });

  it('replays the recorded move for a redelivered tick (and nothing for a redelivered first tick)', () => {
    const recorded = last('110', '2026-03-03T10:00:01Z', { eventId: 't-1', previousPrice: '100' });
    expect(decideTick(recorded, tick('110', '2026-03-03T10:00:01Z'))).toEqual({
      kind: 'redelivered',
      move: move('100', '110'),
    });
    const first = last('110', '2026-03-03T10:00:01Z', { eventId: 't-1' });
    expect(decideTick(first, tick('110', '2026-03-03T10:00:01Z'))).toEqual({ kind: 'redelivered' });
  });

  it('never moves one currency with another currency’s last price', () => {
    const euro = last('90', '2026-03-03T10:00:00Z', { currency: 'EUR' });
    expect(decideTick(euro, tick('110', '2026-03-03T10:00:01Z'))).toEqual({ kind: 'record' });
  });
});

describe('changeApplies (PriceAlert.Set / Removed order)', () => {
  it.each([
    [undefined, { eventId: 'e-1', changedAtMs: 10 }, true],
    [{ eventId: 'e-1', changedAtMs: 10 }, { eventId: 'e-2', changedAtMs: 11 }, true],
    [{ eventId: 'e-1', changedAtMs: 10 }, { eventId: 'e-2', changedAtMs: 10 }, true],
    [{ eventId: 'e-2', changedAtMs: 11 }, { eventId: 'e-1', changedAtMs: 10 }, false],
    [{ eventId: 'e-1', changedAtMs: 10 }, { eventId: 'e-1', changedAtMs: 10 }, false],
  ])('last %j, change %j → %s', (previous, change, applies) => {
    expect(changeApplies(previous, change)).toBe(applies);
  });
});

describe('priceAlertIntents', () => {
  const fired = (customerId: string, alertId: string, price: string, eventId = 't-1'): FiredAlert => ({
    ...alert('below', price, { customerId, alertId }),
    firedBy: { eventId, occurredAt: '2026-03-03T10:00:01Z', price: '95.5' },
  });

  it('makes one transactional intent per customer and firing tick, levels in the order crossed', () => {
    const intents = priceAlertIntents([
      fired('c-1', 'a', '98'),
      fired('c-2', 'b', '97'),
      fired('c-1', 'c', '99.5'),
      fired('c-1', 'd', '98.00'),
      fired('c-1', 'e', '96', 't-0'),
    ]);
    expect(intents).toEqual([
      {
        type: 'price.alert',
        category: 'transactional',
        customerId: 'c-1',
        eventId: 't-1',
        occurredAt: '2026-03-03T10:00:01Z',
        data: {
          symbol: 'AAPL',
          price: '95.5',
          currency: 'USD',
          direction: 'below',
          alertPrices: ['99.5', '98.00'],
          occurredAt: '2026-03-03T10:00:01Z',
        },
      },
      expect.objectContaining({ customerId: 'c-2', eventId: 't-1' }),
      expect.objectContaining({ customerId: 'c-1', eventId: 't-0' }),
    ]);
  });

  it('lists levels crossed upwards from the lowest', () => {
    const [intent] = priceAlertIntents(
      ['120', '101', '110'].map((price, i) => ({
        ...alert('above', price, { alertId: `a-${i}` }),
        firedBy: { eventId: 't-1', occurredAt: '2026-03-03T10:00:01Z', price: '120' },
      })),
    );
    expect(intent?.data.alertPrices).toEqual(['101', '110', '120']);
  });
});
