// State of the alerts customers set: balance thresholds, price alerts, tax reminders.
import type { AccountAlertStates, AlertState, BalanceAlertKind } from '../domain/balance.ts';
import type {
  AlertChange,
  CrossedRange,
  FiredAlert,
  LastTick,
  PriceAlert,
  PriceTick,
} from '../domain/price-alerts.ts';
import type { CustomerProfile } from '../domain/profile.ts';
import type {
  TaxReminder,
  TaxReminderSet,
  SetOutcome as TaxReminderSetOutcome,
} from '../domain/tax-reminders.ts';

/** The customers' tax-date reminders (TaxReminder.Set), one item each under the customer. */
export interface TaxReminders {
  /** Applies a Set unless a later one was applied (shared/domain/tax-reminders.ts `applySet`). */
  apply(set: TaxReminderSet): Promise<TaxReminderSetOutcome>;
  get(customerId: string, reminderId: string): Promise<TaxReminder | undefined>;
}

/**
 * The balance alerts' state per account (shared/domain/balance.ts), kept on the customer's profile item so
 * that the one profile read returns it.
 */
export interface BalanceAlertStore {
  /** The profile and the account's alert states; undefined for a customer Herald does not know. */
  read(
    customerId: string,
    accountId: string,
  ): Promise<{ profile: CustomerProfile; states: AccountAlertStates } | undefined>;
  /** Stores `next` if the alert's state is still `previous` (none: never stored); false when it is not. */
  transition(
    customerId: string,
    accountId: string,
    kind: BalanceAlertKind,
    previous: AlertState | undefined,
    next: AlertState,
  ): Promise<boolean>;
}

/** A price alert as stored, with the tick that fired it while its customer is being notified. */
export type StoredPriceAlert = PriceAlert & { firedBy?: FiredAlert['firedBy'] };

/**
 * Price alerts (shared/domain/price-alerts.ts): the armed alerts of each symbol, currency and direction in
 * level order, each alert's last change under its customer, and the last tick of each symbol and currency.
 */
export interface PriceAlertStore {
  /** The last Set or Removed of an alert, with the alert as set (none once removed). */
  lastChange(
    customerId: string,
    alertId: string,
  ): Promise<(AlertChange & { alert?: PriceAlert }) | undefined>;
  /** Arms `alert`, disarming `previous` (the same alert at its earlier level) when that is stored elsewhere. */
  arm(alert: PriceAlert, change: AlertChange, previous?: PriceAlert): Promise<void>;
  /** Disarms the alert wherever `known` says it may be, and remembers the removal for a while. */
  disarm(customerId: string, alertId: string, known: PriceAlert[], change: AlertChange): Promise<void>;
  lastTick(symbol: string, currency: string): Promise<LastTick | undefined>;
  /** Records `tick` as the last one if `expected` still is (none: no tick yet); false when it is not. */
  recordTick(tick: PriceTick, expected: LastTick | undefined): Promise<boolean>;
  /** The armed alerts in `range`, in one query; `scanned` is how many items DynamoDB read for it. */
  crossed(
    symbol: string,
    currency: string,
    range: CrossedRange,
  ): Promise<{ alerts: StoredPriceAlert[]; scanned: number }>;
  /** Marks an alert fired by a tick; false when another tick fired it first or it is no longer armed. */
  markFired(alert: PriceAlert, firedBy: FiredAlert['firedBy']): Promise<boolean>;
  /** Deletes a fired alert once its customer was notified; an alert set again meanwhile stays. */
  settle(alert: FiredAlert): Promise<void>;
}
