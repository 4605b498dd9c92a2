import * as v from 'valibot';
import { accountLast4, amount, currency, customerEventFields, id, objectOf } from '../common.ts';

/** Bank → Herald: an account balance changed. */
export const detailType = 'Balance.Changed';
export const version = 1;
export const description =
  'Bank → Herald. An account balance changed (triggers low-balance, overdraft and credit-utilisation alerts).';

export const schema = objectOf({
  ...customerEventFields,
  accountId: id,
  /** Optional: the account's last four digits as the customer knows them; messages quote no account digits without it. */
  accountLast4: v.optional(accountLast4),
  balance: amount,
  currency,
  creditLimit: v.optional(amount),
  overdraftLimit: v.optional(amount),
});

export type BalanceChanged = v.InferOutput<typeof schema>;
