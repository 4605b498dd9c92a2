import * as v from 'valibot';
import {
  accountLast4,
  amount,
  cardLast4,
  country,
  currency,
  customerEventFields,
  id,
  objectOf,
  oneOf,
  text,
} from '../common.ts';

/** Bank → Herald: a transaction was posted to one of the customer's accounts. */
export const detailType = 'Transaction.Posted';
export const version = 1;
export const description =
  "Bank → Herald. A transaction was posted to one of the customer's accounts (triggers the transaction alert).";

export const schema = objectOf({
  ...customerEventFields,
  accountId: id,
  /** Optional: the account's last four digits as the customer knows them; messages quote no account digits without it. */
  accountLast4: v.optional(accountLast4),
  amount,
  currency,
  direction: oneOf(['debit', 'credit']),
  channel: oneOf(['card', 'atm', 'transfer', 'online']),
  merchant: v.optional(
    objectOf({
      name: text(200),
      city: v.optional(text(100)),
      country: v.optional(country),
    }),
  ),
  cardLast4: v.optional(cardLast4),
  balanceAfter: v.optional(amount),
});

export type TransactionPosted = v.InferOutput<typeof schema>;
