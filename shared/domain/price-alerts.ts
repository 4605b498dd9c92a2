// Price alerts: a customer asks to hear when a market symbol's price crosses a level, upwards (`above`) or
// downwards (`below`). Market.PriceTick moves the price; a tick fires exactly the alerts whose level lies
// between the previous price of that symbol and currency and the new one, in the direction of the move.
// Each alert fires once.
//
// Boundary rule (the level counts as reached, the starting price as already known):
// - moving up from p0 to p1 fires `above` alerts with p0 < level <= p1;
// - moving down from p0 to p1 fires `below` alerts with p1 <= level < p0;
// - a tick at the previous price (p1 = p0) fires nothing, and neither does the first tick of a symbol.
// An alert set at a level the price has already passed waits for the price to come back and cross it.
//
// Active alerts are stored so that the alerts one move crosses are one contiguous range of sort keys:
// `encodePrice` maps a decimal string to a fixed-width string whose lexicographic order is the numeric
// order, and `crossedRange` gives the inclusive bounds of that range.
import { toScaledInteger } from './decimal.ts';
import type { Intent } from './notification.ts';

export type PriceDirection = 'above' | 'below';

export interface PriceAlert {
  customerId: string;
  alertId: string;
  symbol: string;
  direction: PriceDirection;
  /** The level, a decimal string in `currency`. */
  price: string;
  currency: string;
}

export interface PriceTick {
  eventId: string;
  occurredAt: string;
  symbol: string;
  price: string;
  currency: string;
}

/** The last tick applied for one symbol and currency. */
export interface LastTick {
  symbol: string;
  currency: string;
  eventId: string;
  price: string;
  occurredAt: string;
  /** The price before that tick; absent after the first tick of the symbol. */
  previousPrice?: string;
}

/** A price move of one symbol in one currency. */
export interface PriceMove {
  symbol: string;
  currency: string;
  from: string;
  to: string;
}

// The contract allows 15 integer digits and 6 decimals (shared/contract/common.ts AMOUNT_REGEX): scaled by
// 10^6 (decimal.ts) every amount lies strictly between -10^21 and 10^21. Adding 10^21 makes it positive,
// and 22 digits with leading zeros hold it, so digit strings compare as the numbers do, negatives included.
const OFFSET = 10n ** 21n;
const WIDTH = 22;
/** The smallest step between two prices (10^-6, the contract's finest decimal). */
const UNIT = 1n;

function encodeScaled(scaled: bigint): string {
  const shifted = scaled + OFFSET;
  if (shifted <= 0n || shifted >= 2n * OFFSET) throw new RangeError('price out of range');
  return shifted.toString().padStart(WIDTH, '0');
}

/**
 * A decimal string as a fixed-width, order-preserving key: `encodePrice(a) < encodePrice(b)` exactly when
 * a < b, and equal values ("1.5", "1.50") encode alike.
 */
export function encodePrice(price: string): string {
  return encodeScaled(toScaledInteger(price));
}

/**
 * The sort key of an active alert: its level, then whose alert it is (several alerts share a level; alert
 * ids are the bank's, unique per customer). The ids are URI-escaped so no `#` inside them can make two
 * keys alike. `#` sorts below `$`, so `<level>$` bounds every alert at that level from above.
 */
export function alertSortKey(alert: Pick<PriceAlert, 'price' | 'customerId' | 'alertId'>): string {
  return `${encodePrice(alert.price)}#${encodeURIComponent(alert.customerId)}#${encodeURIComponent(alert.alertId)}`;
}

/** The alerts a move crosses: their direction and the inclusive sort-key bounds (for a BETWEEN query). */
export interface CrossedRange {
  direction: PriceDirection;
  from: string;
  to: string;
}

/** The range of alert sort keys a move crosses; undefined when the price did not move. */
export function crossedRange(move: Pick<PriceMove, 'from' | 'to'>): CrossedRange | undefined {
  const from = toScaledInteger(move.from);
  const to = toScaledInteger(move.to);
  if (from === to) return undefined;
  // Up: from < level <= to. Down: to <= level < from. Levels are whole multiples of UNIT, so "strictly
  // beyond the starting price" is "at least one unit beyond it".
  const [direction, low, high]: [PriceDirection, bigint, bigint] =
    to > from ? ['above', from + UNIT, to] : ['below', to, from - UNIT];
  return { direction, from: encodeScaled(low), to: `${encodeScaled(high)}$` };
}

/** Whether `move` fires `alert` (the rule above, written out; the stored range must agree with it). */
export function alertFires(alert: Omit<PriceAlert, 'customerId' | 'alertId'>, move: PriceMove): boolean {
  if (alert.symbol !== move.symbol || alert.currency !== move.currency) return false;
  const level = toScaledInteger(alert.price);
  const from = toScaledInteger(move.from);
  const to = toScaledInteger(move.to);
  return alert.direction === 'above' ? from < level && level <= to : to <= level && level < from;
}

/** What one tick does, given the last tick applied for its symbol and currency. */
export type TickDecision =
  /** Record the tick as the latest price; fire the alerts `move` crosses (none without a move). */
  | { kind: 'record'; move?: PriceMove }
  /** The tick was recorded already (a redelivery): fire what its move crosses that is not yet settled. */
  | { kind: 'redelivered'; move?: PriceMove }
  /** Older than (or as old as) the last tick: changes nothing, fires nothing. */
  | { kind: 'stale' };

export function decideTick(last: LastTick | undefined, tick: PriceTick): TickDecision {
  const sameSeries = last && last.symbol === tick.symbol && last.currency === tick.currency;
  if (!last || !sameSeries) return { kind: 'record' };
  const { symbol, currency } = tick;
  if (last.eventId === tick.eventId) {
    const { previousPrice } = last;
    return previousPrice !== undefined && crossedRange({ from: previousPrice, to: last.price })
      ? { kind: 'redelivered', move: { symbol, currency, from: previousPrice, to: last.price } }
      : { kind: 'redelivered' };
  }
  // Ticks are ordered by the time the bank stamped them; one as old as the last is not newer.
  if (Date.parse(tick.occurredAt) <= Date.parse(last.occurredAt)) return { kind: 'stale' };
  return crossedRange({ from: last.price, to: tick.price })
    ? { kind: 'record', move: { symbol, currency, from: last.price, to: tick.price } }
    : { kind: 'record' };
}

/** When a PriceAlert.Set or .Removed last changed an alert. */
export interface AlertChange {
  eventId: string;
  /** Epoch milliseconds of the event's occurredAt. */
  changedAtMs: number;
}

/**
 * Whether an alert change applies over the last one: not when it is that same event (a redelivery: a Set
 * redelivered after its alert fired must not arm it again), nor when it is older. Two changes stamped at the
 * same time apply in the order they arrive.
 */
export function changeApplies(last: AlertChange | undefined, change: AlertChange): boolean {
  if (!last) return true;
  if (last.eventId === change.eventId) return false;
  return change.changedAtMs >= last.changedAtMs;
}

/** An alert a tick fired: the alert, and the tick that fired it. */
export interface FiredAlert extends PriceAlert {
  firedBy: { eventId: string; occurredAt: string; price: string };
}

/** The message types the price alerts raises (its function's render queues follow from their definitions). */
export const PRICE_ALERT_TYPES = ['price.alert'] as const;

/**
 * One `price.alert` intent per customer and firing tick. A tick moves in one direction, so the alerts of
 * one customer it fires share symbol, currency and direction; they go in one message, because a bank event
 * yields at most one message per customer, type and channel.
 */
export function priceAlertIntents(
  fired: readonly FiredAlert[],
): Intent<(typeof PRICE_ALERT_TYPES)[number]>[] {
  const groups = new Map<string, FiredAlert[]>();
  for (const alert of fired) {
    const key = `${alert.firedBy.eventId}\u0000${alert.customerId}`;
    const group = groups.get(key);
    if (group) group.push(alert);
    else groups.set(key, [alert]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group as [FiredAlert, ...FiredAlert[]];
    // Each level once, in the order the price crossed them.
    const byLevel = new Map(group.map((a) => [encodePrice(a.price), a.price]));
    const levels = [...byLevel.keys()].sort().map((key) => byLevel.get(key) as string);
    return {
      type: 'price.alert' as const,
      category: 'transactional',
      customerId: first.customerId,
      eventId: first.firedBy.eventId,
      occurredAt: first.firedBy.occurredAt,
      data: {
        symbol: first.symbol,
        price: first.firedBy.price,
        currency: first.currency,
        direction: first.direction,
        alertPrices: first.direction === 'below' ? levels.reverse() : levels,
        occurredAt: first.firedBy.occurredAt,
      },
    };
  });
}
