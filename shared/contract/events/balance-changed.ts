import * as v from 'valibot';
import { amount, currency, customerEventFields, id, objectOf } from '../common.ts';

/** Bank → Herald: an account balance changed. */
export const detailType = 'Balance.Changed';
export const version = 1;
export const description =
  'Bank → Herald. An account balance changed (triggers low-balance, overdraft and credit-utilisation alerts).';

export const schema = objectOf({
  ...customerEventFields,
  accountId: id,
  balance: amount,
  currency,
  creditLimit: v.optional(amount),
  overdraftLimit: v.optional(amount),
});

export type BalanceChanged = v.InferOutput<typeof schema>;
