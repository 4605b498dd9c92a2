import {
  type AlertChange,
  changeApplies,
  crossedRange,
  decideTick,
  type FiredAlert,
  type PriceAlert,
  type PriceTick,
  priceAlertIntents,
  type TickDecision,
} from '../domain/price-alerts.ts';
import { definitionOf } from '../notifications/catalogue.ts';
import type { PriceAlertStore } from '../ports/alerts.ts';
import type { ProfileReader } from '../ports/customers.ts';
import type { BusEvent } from './accept-event.ts';
import { admitKnownCustomer, type CustomerGateDeps } from './erasure-gate.ts';
import { type NotifyDeps, notify } from './notify.ts';

export interface PriceAlertDeps extends NotifyDeps, CustomerGateDeps {
  profiles: ProfileReader;
  alerts: PriceAlertStore;
}

type AlertEvent = PriceAlert & { eventId: string; occurredAt: string };

const changeOf = (event: AlertEvent): AlertChange => ({
  eventId: event.eventId,
  changedAtMs: Date.parse(event.occurredAt),
});
const alertOf = ({ customerId, alertId, symbol, direction, price, currency }: AlertEvent): PriceAlert => ({
  customerId,
  alertId,
  symbol,
  direction,
  price,
  currency,
});

/**
 * PriceAlert.Set:
 * 1. the customer is admitted by `admitKnownCustomer` (shared/application/erasure-gate.ts);
 * 2. a Set older than the alert's last change, or one already applied (a redelivery), changes nothing;
 * 3. the alert is armed at its level; a Set for an alert id already armed moves it to the new level.
 */
export async function setPriceAlert(
  event: BusEvent,
  set: AlertEvent,
  deps: PriceAlertDeps,
): Promise<'armed' | 'stale' | 'rejected'> {
  if (!(await admitKnownCustomer(event, set, deps))) return 'rejected';
  const last = await deps.alerts.lastChange(set.customerId, set.alertId);
  if (!changeApplies(last, changeOf(set))) return 'stale';
  await deps.alerts.arm(alertOf(set), changeOf(set), last?.alert);
  return 'armed';
}

/**
 * PriceAlert.Removed:
 * 1. a Removed older than the alert's last change, or already applied, changes nothing;
 * 2. the alert is disarmed, at the level Herald stored and at the one the event repeats. Removing an alert
 *    Herald does not know (never set, already fired, already removed) is not an error.
 */
export async function removePriceAlert(
  removed: AlertEvent,
  deps: Pick<PriceAlertDeps, 'alerts'>,
): Promise<'removed' | 'stale'> {
  const last = await deps.alerts.lastChange(removed.customerId, removed.alertId);
  if (!changeApplies(last, changeOf(removed))) return 'stale';
  const known = last?.alert ? [last.alert, alertOf(removed)] : [alertOf(removed)];
  await deps.alerts.disarm(removed.customerId, removed.alertId, known, changeOf(removed));
  return 'removed';
}

export interface TickOutcome {
  decision: TickDecision['kind'];
  /** Items the alert query read (the crossed alerts, plus any fired but not yet settled). */
  scanned: number;
  /** Alerts whose customer this invocation notified (or whose profile is gone). */
  fired: number;
}

/** `fn` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const PARALLEL = 16;
const RECORD_ATTEMPTS = 5;

/** Decides the tick against the last one and records it; again, while concurrent ticks get there first. */
async function recordTick(tick: PriceTick, alerts: PriceAlertStore): Promise<TickDecision> {
  for (let attempt = 1; attempt <= RECORD_ATTEMPTS; attempt++) {
    const last = await alerts.lastTick(tick.symbol, tick.currency);
    const decision = decideTick(last, tick);
    if (decision.kind !== 'record' || (await alerts.recordTick(tick, last))) return decision;
  }
  throw new Error(`price tick for ${tick.symbol}: the last tick kept changing (${RECORD_ATTEMPTS} attempts)`);
}

/**
 * Market.PriceTick:
 * 1. records the tick as the symbol's last price, with a write that succeeds only while the last tick is
 *    the one this decision read (concurrent ticks re-read and decide again); a stale tick stops here, the
 *    first tick of a symbol only records its price;
 * 2. reads the crossed alerts: one Query over the range of levels between the previous price and this one,
 *    so the reads are proportional to the alerts crossed, not to all the alerts of the symbol;
 * 3. marks each one fired by this tick, with a conditional write: of two ticks, one wins each alert;
 * 4. notifies each customer once per tick (`price.alert`), reading the profile of fired alerts' customers
 *    only;
 * 5. deletes the fired alerts (spent). A crash before that leaves them marked: the redelivered tick (found
 *    as the last one, with its previous price) reads the same range, finds its marks and finishes; a later
 *    tick crossing a mark left behind finishes it too, under the firing tick's event id, so the message
 *    ledger still sends it once.
 */
export async function applyPriceTick(tick: PriceTick, deps: PriceAlertDeps): Promise<TickOutcome> {
  const decision = await recordTick(tick, deps.alerts);
  const range = decision.kind !== 'stale' && decision.move ? crossedRange(decision.move) : undefined;
  if (!range) return { decision: decision.kind, scanned: 0, fired: 0 };

  const { alerts, scanned } = await deps.alerts.crossed(tick.symbol, tick.currency, range);
  const firedBy = { eventId: tick.eventId, occurredAt: tick.occurredAt, price: tick.price };
  const fired: FiredAlert[] = [];
  await eachLimited(alerts, PARALLEL, async (alert) => {
    if (alert.firedBy) fired.push({ ...alert, firedBy: alert.firedBy });
    else if (await deps.alerts.markFired(alert, firedBy)) fired.push({ ...alert, firedBy });
  });

  const spec = definitionOf('price.alert');
  if (!spec) throw new Error('price.alert is not a registered message type');
  await eachLimited(priceAlertIntents(fired), PARALLEL, async (intent) => {
    const profile = await deps.profiles.get(intent.customerId);
    // Erased since the alert was set (erasure disarms alerts, but a tick may have read it just before).
    if (profile) await notify(profile, intent, spec, deps);
  });
  await eachLimited(fired, PARALLEL, (alert) => deps.alerts.settle(alert));
  return { decision: decision.kind, scanned, fired: fired.length };
}
