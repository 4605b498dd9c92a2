// The data of `transaction.large` (transactional): Transaction.Posted at or above `largeTransaction.minAmount`.
import * as v from 'valibot';

export const schema = v.object({
  /** The bank's internal account identifier: never shown to the customer. */
  accountId: v.string(),
  /** The account's last four digits as the customer knows them (optional in the event): the only account digits a message shows. */
  accountLast4: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/))),
  amount: v.string(),
  currency: v.string(),
  direction: v.picklist(['debit', 'credit']),
  channel: v.picklist(['card', 'atm', 'transfer', 'online']),
  merchant: v.optional(
    v.object({ name: v.string(), city: v.optional(v.string()), country: v.optional(v.string()) }),
  ),
  cardLast4: v.optional(v.string()),
  /** Balance after the transaction, same currency. */
  balanceAfter: v.optional(v.string()),
  /** Transaction.Posted.occurredAt. */
  occurredAt: v.string(),
  /** AlertSettings.Changed.largeTransaction.minAmount, the customer's threshold (same currency). */
  minAmount: v.string(),
  /** Signed link to report the transaction as not the customer's; the e-mail button is left out without it. */
  reportUrl: v.optional(v.string()),
});

export type TransactionLargeData = v.InferOutput<typeof schema>;
