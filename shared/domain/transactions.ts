// The large-transaction alert: decided by the posted transaction and the customer's setting alone, with
// no state, so a transaction below the customer's amount costs the profile read and nothing else.

import type { TransactionPosted } from '../contract/events/transaction-posted.ts';
import { compareDecimal } from './decimal.ts';
import type { Intent } from './notification.ts';
import type { CustomerProfile } from './profile.ts';
import type { TransactionLargeData } from './templates/data.ts';

/** A Transaction.Posted, as the alert judges it. */
export type PostedTransaction = TransactionPosted;

/**
 * `transaction.large` when the customer set `largeTransaction` in the transaction's currency and the amount
 * is at least its `minAmount` (exactly at it alerts). Another currency is not comparable: no alert.
 */
export function decideLargeTransaction(profile: CustomerProfile, t: PostedTransaction): Intent | undefined {
  const setting = profile.alerts.largeTransaction;
  if (!setting || setting.currency !== t.currency) return undefined;
  if (compareDecimal(t.amount, setting.minAmount) < 0) return undefined;
  const { accountId, amount, currency, direction, channel, merchant, cardLast4, balanceAfter } = t;
  return {
    type: 'transaction.large',
    category: 'transactional',
    customerId: t.customerId,
    eventId: t.eventId,
    occurredAt: t.occurredAt,
    data: {
      accountId,
      amount,
      currency,
      direction,
      channel,
      ...(merchant ? { merchant } : {}),
      ...(cardLast4 ? { cardLast4 } : {}),
      ...(balanceAfter ? { balanceAfter } : {}),
      occurredAt: t.occurredAt,
      minAmount: setting.minAmount,
    },
  };
}

const DIRECTIONS = ['debit', 'credit'] as const;
const CHANNELS = ['card', 'atm', 'transfer', 'online'] as const;

/** The data of a planned `transaction.large` message (JSON from the trigger), checked field by field. */
export function transactionLargeData(data: Readonly<Record<string, unknown>>): TransactionLargeData {
  const text = (name: string, from: Readonly<Record<string, unknown>> | null = data, path = name) => {
    const value = from?.[name];
    if (typeof value !== 'string') throw new TypeError(`transaction.large data has no ${path}`);
    return value;
  };
  const optional = (name: string, from: Readonly<Record<string, unknown>> = data) =>
    typeof from[name] === 'string' ? { [name]: from[name] as string } : {};
  const oneOf = <T extends string>(name: string, values: readonly T[]): T => {
    const value = text(name);
    if (!values.includes(value as T)) throw new TypeError(`transaction.large data has no valid ${name}`);
    return value as T;
  };
  const merchant = data.merchant as Record<string, unknown> | null | undefined;
  return {
    accountId: text('accountId'),
    amount: text('amount'),
    currency: text('currency'),
    direction: oneOf('direction', DIRECTIONS),
    channel: oneOf('channel', CHANNELS),
    ...(merchant === undefined
      ? {}
      : {
          merchant: {
            name: text('name', merchant, 'merchant.name'),
            ...optional('city', merchant ?? {}),
            ...optional('country', merchant ?? {}),
          },
        }),
    ...optional('cardLast4'),
    ...optional('balanceAfter'),
    occurredAt: text('occurredAt'),
    minAmount: text('minAmount'),
  };
}
