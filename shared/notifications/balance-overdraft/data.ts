// The data of `balance.overdraft` (transactional): Balance.Changed to below zero.
import * as v from 'valibot';

export const schema = v.object({
  accountId: v.string(),
  /** Balance.Changed.balance: negative. */
  balance: v.string(),
  currency: v.string(),
  /** Balance.Changed.overdraftLimit, when the account has an arranged overdraft (a positive amount). */
  overdraftLimit: v.optional(v.string()),
});

export type BalanceOverdraftData = v.InferOutput<typeof schema>;
