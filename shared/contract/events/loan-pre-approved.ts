import type * as v from 'valibot';
import { amount, currency, customerEventFields, dateTime, id, objectOf } from '../common.ts';

/** Bank → Herald: the customer is pre-approved for a loan offer (marketing). */
export const detailType = 'Loan.PreApproved';
export const version = 1;
export const description =
  'Bank → Herald. The customer is pre-approved for a loan offer (marketing); never sent after expiresAt.';

export const schema = objectOf({
  ...customerEventFields,
  offerId: id,
  amount,
  currency,
  expiresAt: dateTime,
});

export type LoanPreApproved = v.InferOutput<typeof schema>;
