import * as v from 'valibot';
import { amount, currency, customerEventFields, id, objectOf, text } from '../common.ts';

/** Bank → Herald: a payment made by the customer completed. */
export const detailType = 'Payment.Completed';
export const version = 1;
export const description = 'Bank → Herald. A payment made by the customer completed (payment confirmation).';

export const schema = objectOf({
  ...customerEventFields,
  paymentId: id,
  amount,
  currency,
  payee: text(200),
  reference: v.optional(text(140)),
});

export type PaymentCompleted = v.InferOutput<typeof schema>;
