// Balance alerts with hysteresis: `balance.low`, `balance.overdraft` and `balance.credit_utilization`.
//
// Each alert has, per account, a state: ARMED (the default: nothing stored, or `fired: false`) or FIRED.
// Every Balance.Changed is judged against each alert that applies to the account:
//
//   state   balance        step
//   ARMED   not breached   nothing (the common case: no write)
//   ARMED   breached       FIRE: write FIRED (conditionally, see below), then alert
//   FIRED   breached       nothing: never repeats while still breached (RESUME for the event that fired it)
//   FIRED   not breached   RE-ARM: write ARMED (conditionally), no alert
//
// - Which alerts apply: low, when the customer's `lowBalance` names this account and currency; overdraft,
//   on every account without a credit limit; credit utilisation, on an account with a positive credit limit
//   when the customer set `creditUtilization`.
// - "breached": low: balance < threshold (strictly; at the threshold is not low); overdraft: balance < 0;
//   credit utilisation: used ≥ percent of the credit limit, where used = -balance when the balance is
//   negative (the bank reports what is owed on a credit account as a negative balance), else 0.
// - The state is written only when it changes, with the occurredAt and eventId of the event that changed
//   it. An event older than that (occurredAt < stored) is stale: it neither alerts nor changes the state.
//   The common case, an armed alert that is not breached, therefore costs no write at all. A write is a
//   compare-and-set on the state the event was judged against: of two events racing, one changes it; the
//   other's step is dropped, the state it was judged on being gone (so an alert cannot fire twice).
// - The event that fired an alert, delivered again, alerts again (RESUME): if the first delivery stopped
//   between the state write and the messages, nothing is lost; the message claims keep it to one message
//   per channel.
// - Knowing only the time of the last change, not of every event, is the price of the write-free common
//   case: an event that arrives late, but is newer than the last change, is judged on its own balance.

import type { BalanceChanged } from '../contract/events/balance-changed.ts';
import type { MessageData } from '../notifications/catalogue.ts';
import { compareDecimal, isAtLeastPercent, negateDecimal } from './decimal.ts';
import type { Intent, OneOfIntents } from './notification.ts';
import type { CustomerProfile } from './profile.ts';

/** A Balance.Changed, as the alerts judge it. */
export type BalanceObservation = BalanceChanged;

export type BalanceAlertKind = 'low' | 'overdraft' | 'credit';

/** The message types the balance alerts raises (its function's render queues follow from their definitions). */
export const BALANCE_ALERT_TYPES = [
  'balance.low',
  'balance.overdraft',
  'balance.credit_utilization',
] as const;

export type BalanceAlertType = (typeof BALANCE_ALERT_TYPES)[number];

/** The intent of one of the balance alerts. */
export type BalanceIntent = OneOfIntents<BalanceAlertType>;

/** One alert's state for one account, as last changed by the bank event `eventId` at `atMs`. */
export interface AlertState {
  fired: boolean;
  atMs: number;
  eventId: string;
}

/** An account's alert states; an alert without one is armed. */
export type AccountAlertStates = Partial<Record<BalanceAlertKind, AlertState>>;

/** One alert that applies to the account: whether the balance breaches it, and the alert if it fires. */
export interface AlertCondition {
  kind: BalanceAlertKind;
  breached: boolean;
  intent: BalanceIntent;
}

/** What to do for one alert: FIRE and RE-ARM write `next` (if the state is still `previous`). */
export type AlertStep =
  | {
      kind: BalanceAlertKind;
      action: 'fire' | 'rearm';
      previous?: AlertState;
      next: AlertState;
      intent: BalanceIntent;
    }
  | { kind: BalanceAlertKind; action: 'resume'; intent: BalanceIntent };

const intentOf = <T extends BalanceAlertType>(
  type: T,
  o: BalanceObservation,
  data: MessageData[T],
): Intent<T> => ({
  type,
  category: 'transactional',
  customerId: o.customerId,
  eventId: o.eventId,
  occurredAt: o.occurredAt,
  data,
});

/** The percent setting (a JSON number from 1 to 100) as a decimal string of at most 6 places. */
const percentText = (percent: number): string => /^\d+(\.\d{1,6})?/.exec(String(percent))?.[0] ?? '100';

/** The alerts that apply to this account, each with whether the balance breaches it. */
export function balanceConditions(profile: CustomerProfile, o: BalanceObservation): AlertCondition[] {
  const conditions: AlertCondition[] = [];
  const { accountId, accountLast4, balance, currency, creditLimit } = o;
  const low = profile.alerts.lowBalance;
  if (low && low.accountId === accountId && low.currency === currency) {
    conditions.push({
      kind: 'low',
      breached: compareDecimal(balance, low.threshold) < 0,
      intent: intentOf('balance.low', o, {
        accountId,
        accountLast4,
        balance,
        threshold: low.threshold,
        currency,
      }),
    });
  }
  const negative = compareDecimal(balance, '0') < 0;
  if (creditLimit === undefined) {
    conditions.push({
      kind: 'overdraft',
      breached: negative,
      intent: intentOf('balance.overdraft', o, {
        accountId,
        accountLast4,
        balance,
        currency,
        ...(o.overdraftLimit !== undefined ? { overdraftLimit: o.overdraftLimit } : {}),
      }),
    });
    return conditions;
  }
  const credit = profile.alerts.creditUtilization;
  if (credit && compareDecimal(creditLimit, '0') > 0) {
    const used = negative ? negateDecimal(balance) : '0';
    const thresholdPercent = percentText(credit.percent);
    conditions.push({
      kind: 'credit',
      breached: isAtLeastPercent(used, creditLimit, thresholdPercent),
      intent: intentOf('balance.credit_utilization', o, {
        accountId,
        accountLast4,
        used,
        creditLimit,
        currency,
        thresholdPercent,
      }),
    });
  }
  return conditions;
}

/** The state machine above, for one event: the steps to take, none in the common case. */
export function decideBalanceAlerts(
  profile: CustomerProfile,
  o: BalanceObservation,
  states: AccountAlertStates,
): AlertStep[] {
  const atMs = Date.parse(o.occurredAt);
  const steps: AlertStep[] = [];
  for (const { kind, breached, intent } of balanceConditions(profile, o)) {
    const previous = states[kind];
    if (previous && atMs < previous.atMs) continue; // stale
    const fired = previous?.fired === true;
    if (breached === fired) {
      if (fired && previous?.eventId === o.eventId) steps.push({ kind, action: 'resume', intent });
      continue;
    }
    const next = { fired: breached, atMs, eventId: o.eventId };
    steps.push({
      kind,
      action: breached ? 'fire' : 'rearm',
      ...(previous ? { previous } : {}),
      next,
      intent,
    });
  }
  return steps;
}
