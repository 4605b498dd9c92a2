// The large-transaction alert: decided by the posted transaction and the customer's setting alone, with
// no state, so a transaction below the customer's amount costs the profile read and nothing else.

import type { TransactionPosted } from '../contract/events/transaction-posted.ts';
import { compareDecimal } from './decimal.ts';
import type { Intent } from './notification.ts';
import type { CustomerProfile } from './profile.ts';

/** The message types the transaction alert raises (its function's render queues follow from their definitions). */
export const TRANSACTION_ALERT_TYPES = ['transaction.large'] as const;

/** A Transaction.Posted, as the alert judges it. */
export type PostedTransaction = TransactionPosted;

/**
 * `transaction.large` when the customer set `largeTransaction` in the transaction's currency and the amount
 * is at least its `minAmount` (exactly at it alerts). Another currency is not comparable: no alert.
 */
export function decideLargeTransaction(
  profile: CustomerProfile,
  t: PostedTransaction,
): Intent<(typeof TRANSACTION_ALERT_TYPES)[number]> | undefined {
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
      ...(t.accountLast4 ? { accountLast4: t.accountLast4 } : {}),
      ...(cardLast4 ? { cardLast4 } : {}),
      ...(balanceAfter ? { balanceAfter } : {}),
      occurredAt: t.occurredAt,
      minAmount: setting.minAmount,
    },
  };
}
