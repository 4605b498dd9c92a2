import type * as v from 'valibot';
import { amount, currency, customerEventFields, id, objectOf, oneOf, symbol } from '../common.ts';

/** Bank → Herald: A customer removed a price alert; the fields repeat the alert as it was set. */
export const detailType = 'PriceAlert.Removed';
export const version = 1;
export const description =
  'Bank → Herald. A customer removed a price alert; the fields repeat the alert as it was set.';

export const schema = objectOf({
  ...customerEventFields,
  alertId: id,
  symbol,
  direction: oneOf(['above', 'below']),
  price: amount,
  currency,
});

export type PriceAlertRemoved = v.InferOutput<typeof schema>;
