// The data of `balance.overdraft` (transactional): Balance.Changed to below zero.
import * as v from 'valibot';

export const schema = v.object({
  /** The bank's internal account identifier: never shown to the customer. */
  accountId: v.string(),
  /** The account's last four digits as the customer knows them (optional in the event): the only account digits a message shows. */
  accountLast4: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/))),
  /** Balance.Changed.balance: negative. */
  balance: v.string(),
  currency: v.string(),
  /** Balance.Changed.overdraftLimit, when the account has an arranged overdraft (a positive amount). */
  overdraftLimit: v.optional(v.string()),
});

export type BalanceOverdraftData = v.InferOutput<typeof schema>;
